// One line per official Antom SDK on how to point it at the sandbox (printed by `npm run mock`): the gateway URL,
// the client, and the key files whose contents each SDK takes.
import { relative } from 'node:path';
import {
  ANTOM_TEST_PUBLIC_KEY_B64_PATH,
  MERCHANT_TEST_PRIVATE_KEY_PKCS1_B64_PATH,
  MERCHANT_TEST_PRIVATE_KEY_PKCS8_B64_PATH,
  TEST_CLIENT_ID,
} from './test-keys.ts';

const show = (path: string): string => relative(process.cwd(), path) || path;

/**
 * Java: gateway `https://127.0.0.1:<port>` (it trusts any chain; the certificate's SAN covers the host name).
 * Python: its transport always dials port 443 over HTTPS, whatever the gateway URL says, so it needs `--https-port 443`.
 * PHP and Go: the plain HTTP origin (PHP keeps an http:// gateway as it is; Go checks certificates, so not HTTPS).
 */
export function sdkHints(httpUrl: string, httpsPort: number | undefined): string[] {
  const antomKey = show(ANTOM_TEST_PUBLIC_KEY_B64_PATH);
  const pkcs8 = show(MERCHANT_TEST_PRIVATE_KEY_PKCS8_B64_PATH);
  const pkcs1 = show(MERCHANT_TEST_PRIVATE_KEY_PKCS1_B64_PATH);
  const https = httpsPort === undefined
    ? ['Java, Python SDKs: they call over HTTPS only: start without --no-https']
    : [
        `Java SDK:   new DefaultAlipayClient("https://127.0.0.1:${httpsPort}", <${pkcs8}>, <${antomKey}>, "${TEST_CLIENT_ID}")`,
        `Python SDK: DefaultAlipayClient("https://127.0.0.1", "${TEST_CLIENT_ID}", <${pkcs1}>, <${antomKey}>)${httpsPort === 443 ? '' : ' (it always dials port 443: restart with --https-port 443, as root or with low ports allowed)'}`,
      ];
  return [
    ...https,
    `PHP SDK:    new \\Client\\DefaultAlipayClient("${httpUrl}", <${pkcs1}>, <${antomKey}>, "${TEST_CLIENT_ID}")`,
    `Go SDK:     defaultAlipayClient.NewDefaultAlipayClient("${httpUrl}", "${TEST_CLIENT_ID}", <${pkcs8}>, <${antomKey}>)`,
    `            (<file> = the file's text; every SDK verifies the sandbox's signed replies with the test Antom key)`,
  ];
}
