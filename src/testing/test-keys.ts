// TEST ONLY. The sandbox's published test key pairs (sandbox/test-keys/*-test-{private,public}.pem), embedded as
// text, byte for byte, so `antom-pay/testing` signs and `antom-pay/sandbox` hands them out on any runtime without
// reading a file (no node:fs, nothing for a bundler to copy). The files stay the source Antom's Java, Python, PHP and
// Go SDKs are given; test/sandbox/test-keys.test.ts fails if this text and the files differ. Anyone can read these
// keys: a client configured with ANTOM_TEST_PUBLIC_KEY accepts notifications anyone can forge, so use them in tests
// only.

/** PKCS#8 PEM of the sandbox's test Antom key: what the test helpers sign with by default, as Antom would. TEST ONLY. */
export const ANTOM_TEST_PRIVATE_KEY: string = [
  'TEST ONLY - published in the antom-pay repository, never use in production. Key for the local mock and tests.',
  '-----BEGIN PRIVATE KEY-----',
  'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC1LJGdhNVPB49g',
  'Gkad/2aRUwVjN5mbY2Dzc0MWbRhJYEGl1/wNsiMrB5CmyxUTbATYGksGxobv8CWx',
  'ZNJzmasypBadRZx9UrNfl4o3K2UPXby9Ri2X2nuGF6gebNcPhc1aIvlHxqYGrJth',
  'jUc/Fe2W/14bDvn15qCGTV+nhDzxwoWhqmDcM6Rbi1cyX4srEUzICm7YMedmVXHn',
  'zyBnAmwQCkTA7fRID6JmnK/V/AXK7F9LO+aoB+R3RAL3uW/g5cKa249ZzjCqF4NI',
  '2AaD+apO64UsMhDLn6cLsajStxLZTz+C9n2S3ILrwYhU35MuHGoTZTjJt0YjEoqK',
  'n1wBk/+hAgMBAAECggEAALHiK1bYWq0DDz2cju6yb/0Ki/pOrP2/JYHiubawhsKv',
  'RRrrEF+iIprXt/8MMTVQlFuvSoWXMbCDvtPd2i6xF+uGO236MHFxXGI5t/X9yswQ',
  '4oTe/Vpg+hyT6E13L/EzE90HBG/6FdPtGuKShFGR23qrtl965OcQpKvjbE0IWY5E',
  'IQZCKlh5kYeKhKhL0jfPgaunHMzNyUU3lBx9JImdVpmdZedSXxs5X24cbGUmut1S',
  'P7H1BUn3GrQRajj6yrt0XUl84+8cT6vqaK+CZnhNkKNvsxDsL10dYTJ4mWTvgD9c',
  'z8PVbWRqjj4UFYFzk/TRS66R9mJv1EITCyIVUboQMQKBgQDvekufweKzV16OaE7w',
  's1e77J5ysgs/m8Ybb3JYPN/uMSSF+XEuVusqTV4LCdFmfwYjP7pKqbq9+C2Asy7W',
  'JrNj5XvFX1fLkgH/1k7u7yHLsmg4U8/f0M3Zw6rKz3363YIp80c6FUccwT4GYT+H',
  'Bwt4mcHWzESZIbcMCCFpXj2FkQKBgQDBrIC+aH2LkRSyAsIuSCV3VFTt6shAd4do',
  'THThxQAYhnF4ZncVEy97RddPjpQJAvuyvsMEoBW1l2CRYFa6W4uJjpbBQJab+X1L',
  'qs4XfxQNREOj7E+Em170EbYQE5xVLpakKuXVHZ+jEiq8nqbbuFPipN6VZ+sbJHdN',
  'KBQd0eeREQKBgBBQw7A5tGlFjZKkNqSdg1+xSkZELRIDWebqm965HwSKYpOiH/zp',
  'PRJfvQWBgLu78b4bDGUj1S42J1t6WbmLX3Nx4hHbYg7jfrFgd3Y94o6PNByKUUJN',
  'ZojslMlGg63Aw6p6AaNKadLis4gZvgtEBpsL1rH8rrvEGUV/lE8qdYSRAoGAZu6W',
  'khwYtWeLFzzOFSj0+KHSbYw9l72vMqiH6kH4VhCGGBZlLcc/kgXBdB/z34I9YXdv',
  'UHMAdr2YbktEbNEgrSAiUV1Rbl4/0EpcNDKu5ookZOfAL1sgMRmEqLCzgrY7C89c',
  'zVJsOI/8NLkhN1+U/bzgK4nKc2eDHHezkVGw//ECgYEA3LPTC6LYgs9FcIBPy9Gw',
  'NOXlvJouvldAfjxAdrJVQ/e3HNZYZVprN2Rfx48id3hgkZxXfNaEjnNnA9iY7TNy',
  'D1+/tWo0j3WfyG4UBT1iyCuQzyocwvNPkGdrnAU2TgMribcfOWz2o86s1bVnStyK',
  '4ZpGhxJNGo8KroUFOCeRDIw=',
  '-----END PRIVATE KEY-----',
  '',
].join('\n');

/** SPKI PEM of the sandbox's test Antom key: give it to the client under test as `antomPublicKey`. TEST ONLY. */
export const ANTOM_TEST_PUBLIC_KEY: string = [
  'TEST ONLY - published in the antom-pay repository, never use in production. Key for the local mock and tests.',
  '-----BEGIN PUBLIC KEY-----',
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtSyRnYTVTwePYBpGnf9m',
  'kVMFYzeZm2Ng83NDFm0YSWBBpdf8DbIjKweQpssVE2wE2BpLBsaG7/AlsWTSc5mr',
  'MqQWnUWcfVKzX5eKNytlD128vUYtl9p7hheoHmzXD4XNWiL5R8amBqybYY1HPxXt',
  'lv9eGw759eaghk1fp4Q88cKFoapg3DOkW4tXMl+LKxFMyApu2DHnZlVx588gZwJs',
  'EApEwO30SA+iZpyv1fwFyuxfSzvmqAfkd0QC97lv4OXCmtuPWc4wqheDSNgGg/mq',
  'TuuFLDIQy5+nC7Go0rcS2U8/gvZ9ktyC68GIVN+TLhxqE2U4ybdGIxKKip9cAZP/',
  'oQIDAQAB',
  '-----END PUBLIC KEY-----',
  '',
].join('\n');

/** PKCS#8 PEM of the sandbox's test merchant key: sign requests to the sandbox with it (its default `--merchant-public-key` is the public half). TEST ONLY. */
export const MERCHANT_TEST_PRIVATE_KEY: string = [
  'TEST ONLY - published in the antom-pay repository, never use in production. Key for the local mock and tests.',
  '-----BEGIN PRIVATE KEY-----',
  'MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQCksJ5FlARsFF72',
  'hQtnv44X4D8MrVqVql33td9BH0mz7BUVVnPTFvxCZHLs8uPuwNbLzkQiAdOpSFjh',
  '8dRgVRdELX/yFlVHm7W4sqriITrfQMWF21bGRKuqUzQbRijgw6C+/mMGN0d/zxpZ',
  'lc7KQ+oCrgGGwA9W2SFPsnxb0wNWo0tLjU1MKeyeuFvRRKujVrBPL9AsnCPpQhfT',
  '1TtUfq7lepSWhgl7SHAWZ8O2JCNWFNB+9YzvUFCJgZOnfDmUCP/2snYP5aQOT5YQ',
  'y4cbkvFV3kJq23K2ymoIoQwdl5+vZx2d9ovrFN5HvVYYGNd5ORWtcxXM8c77+qCi',
  'rFi1Ez+xAgMBAAECggEAKsLjLYy7wzZc2+R6rCMMKX3j0Q5X5WF5iZ5zC+0sTWfA',
  'p6wtYcNnl3OOdaCxdyYh/4Qco7nWs+8hiPUqICMn6d9oh7qtxOyUuBLIFPPs3dfr',
  'EZD8jHl7GzwEXQqQBaA15jGWE6CZ04E6RcWEjnco1S5KHitTMEkrgY6GBK+a/8z2',
  '1kJa2xS0fdo3b5teyra6AWvcVCCp6iAtCChw7+0ResZKKsq5tnWrAMlQRVYhafkj',
  'T0c8wB3dhO6KZSXPRL3MbdDXuMayURzMtsKQSS1Ewq715a7yOE7Msq6974dAaOPD',
  'a3oCVUPpD7lstxPsGGgpnQ4PNQzKSriTyhtac6eW2wKBgQDP/tvjobrV9f3pSuzl',
  'Xfa0FwDhrcRe3RPNAHdkV3w0XisB5rP0aFtAQNdxfjUtgI8N3TA/EyUZTVJFAFg9',
  'Nllpqua/28RS835hCbNx4tnrnYF5+ETNAL0XQUiC9owOll20M+7cqCbwXYG9LGqT',
  'RgB2AOyA0jtNZYlzpQ2TDaqFywKBgQDKsxqKQKRd1RsKvq+3jnWhbOSMmlgDeB8r',
  'pDfnhDJtDSH1tOZRFSHdYKZ861RqLU/xXjixYTfZ0jCYm4IgVBJVtaKiBw0mDRKT',
  'r1/jZiXgMW1vjJRoPJPCKKr2FWsF93pfyi+szht8YbjEJIQG8zoJnp1euIDadhOQ',
  'G1aBm9rA8wKBgQCKTqNzM2kku4WS6vKp9piE2kMIzl6k4gc3q1a4z3/U5sVcZ0dE',
  'f1wmVresTUsZLcJyaqGZX6ass4DAR2Flms1L+YulCoL60dU4u5WqZjmYdkzRiShe',
  '1V3np86K31z0mkJHAL2V1u7FqLgLzgw0UDkgPq8FXkZ2yczjrF5haZX5jwKBgQDF',
  'dD05SgkTgsGJ8QE5HORHsMzejoeIMZ6jo5/1vlhk1LMtJ+BoQd6wSTNFYvTjTWqf',
  'pHoziJGgdVlzf6D+HweRSJO5pIbRd1COXvtYiCwDPgLt9BKpi8EgFP+dInYT5OTn',
  'pQxWGJy7yHH1V+Do6Ey0DDgeijqzFOyvp4HYVdt9swKBgBN48jQ3sOeceLL3WVve',
  'DCgrlCl95OIE4WF0ULhmvgdxNN9NuLcF4etmqsbmmAHqYVFonqbsTszb/vvG/By9',
  'BfAy5OIYAQARdkHw6/sygshU5WVWGr3M5lPFhExd5jbAq+q+9S7SXoglQs2VX7V6',
  'cM/+VQimnrGZRS/F14Z999ML',
  '-----END PRIVATE KEY-----',
  '',
].join('\n');

/** SPKI PEM of the sandbox's test merchant key: what the sandbox verifies request signatures with by default. TEST ONLY. */
export const MERCHANT_TEST_PUBLIC_KEY: string = [
  'TEST ONLY - published in the antom-pay repository, never use in production. Key for the local mock and tests.',
  '-----BEGIN PUBLIC KEY-----',
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEApLCeRZQEbBRe9oULZ7+O',
  'F+A/DK1alapd97XfQR9Js+wVFVZz0xb8QmRy7PLj7sDWy85EIgHTqUhY4fHUYFUX',
  'RC1/8hZVR5u1uLKq4iE630DFhdtWxkSrqlM0G0Yo4MOgvv5jBjdHf88aWZXOykPq',
  'Aq4BhsAPVtkhT7J8W9MDVqNLS41NTCnsnrhb0USro1awTy/QLJwj6UIX09U7VH6u',
  '5XqUloYJe0hwFmfDtiQjVhTQfvWM71BQiYGTp3w5lAj/9rJ2D+WkDk+WEMuHG5Lx',
  'Vd5CattytspqCKEMHZefr2cdnfaL6xTeR71WGBjXeTkVrXMVzPHO+/qgoqxYtRM/',
  'sQIDAQAB',
  '-----END PUBLIC KEY-----',
  '',
].join('\n');
