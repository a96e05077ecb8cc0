// One line per official Antom SDK on how to point it at the mock's HTTPS listener (printed by `npm run mock`).
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
 */
export function sdkHints(httpsPort: number): string[] {
  const antomKey = show(ANTOM_TEST_PUBLIC_KEY_B64_PATH);
  const python443 = httpsPort === 443 ? '' : ' (it always dials port 443: restart with --https-port 443, as root or with low ports allowed)';
  return [
    `Java SDK:   new DefaultAlipayClient("https://127.0.0.1:${httpsPort}", <${show(MERCHANT_TEST_PRIVATE_KEY_PKCS8_B64_PATH)}>, <${antomKey}>, "${TEST_CLIENT_ID}")`,
    `Python SDK: DefaultAlipayClient("https://127.0.0.1", "${TEST_CLIENT_ID}", <${show(MERCHANT_TEST_PRIVATE_KEY_PKCS1_B64_PATH)}>, <${antomKey}>)${python443}`,
    `            (<file> = the file's text; both SDKs verify the mock's signed replies with the test Antom key)`,
  ];
}
