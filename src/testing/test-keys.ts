// TEST ONLY. The sandbox's published Antom test key pair (sandbox/test-keys/antom-test-*.pem), embedded as text so
// `antom-pay/testing` signs on any runtime without reading a file (no node:fs, nothing for a bundler to copy). Anyone
// can read these keys: a client configured with ANTOM_TEST_PUBLIC_KEY accepts notifications anyone can forge, so use
// it in tests only. test/testing/test-keys.test.ts keeps this text equal to the files.

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
