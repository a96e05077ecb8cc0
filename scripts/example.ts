// `npm run example [-- --base-url http://127.0.0.1:4010] [--prefer PAYMENT_IN_PROCESS] [--flow | --checkout-page | --element]`
// Creates a pay request with the TEST keys against the local sandbox (started in-process when nothing answers at
// the base URL) and prints what the merchant should do next; `--flow` runs the whole payment life instead
// (scripts/example-flow.ts), `--checkout-page` a session paid on the hosted Checkout Page and `--element` one paid in
// the Payment Element (scripts/example-checkout.ts). Loopback only: the test keys are public.
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { createAntomClient, interpretPayResult, isAntomError } from '../src/index.ts';
import type { PayBody, PayOutcome } from '../src/index.ts';
import { startMock } from '../sandbox/server.ts';
import type { RunningMock } from '../sandbox/server.ts';
import { runSession } from './example-checkout.ts';
import { runFlow } from './example-flow.ts';
import { ANTOM_TEST_PUBLIC_KEY_PATH, MERCHANT_TEST_PRIVATE_KEY_PATH, TEST_CLIENT_ID, readTestKey } from '../sandbox/test-keys.ts';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

function describeOutcome(outcome: PayOutcome): string {
  switch (outcome.kind) {
    case 'redirect':
      return `redirect → ${outcome.url}  (paymentId ${outcome.paymentId ?? '?'})`;
    case 'success':
      return `success → paymentId ${outcome.paymentId ?? '?'}`;
    case 'failed':
      return `failed → ${outcome.code}: ${outcome.message} Next: ${outcome.action}`;
    case 'retry-with-new-id':
      return `retry with a new paymentRequestId → ${outcome.code || '(no result)'}: ${outcome.action}`;
    case 'unknown':
      return `unknown outcome (no result status) → query the payment before anything else: ${outcome.action}`;
  }
}

/** A checkout of a web shop in Singapore paying with a wallet (amount in minor units: 19.99 SGD). */
function exampleBody(): PayBody {
  const orderId = `ORD-${Date.now()}`;
  return {
    productCode: 'CASHIER_PAYMENT',
    paymentRequestId: `example-${randomUUID()}`,
    paymentAmount: { currency: 'SGD', value: '1999' },
    order: {
      referenceOrderId: orderId,
      orderDescription: 'Ceramic pour-over coffee set',
      orderAmount: { currency: 'SGD', value: '1999' },
      buyer: { referenceBuyerId: 'buyer-000042' },
    },
    env: {
      terminalType: 'WEB',
      clientIp: '192.0.2.10',
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36',
    },
    paymentMethod: { paymentMethodType: 'GRABPAY_SG' },
    settlementStrategy: { settlementCurrency: 'SGD' },
    paymentRedirectUrl: `https://shop.example/orders/${orderId}/return`,
    paymentNotifyUrl: 'https://shop.example/antom/notify',
  } as PayBody;
}

async function answers(origin: string): Promise<boolean> {
  try {
    await (await fetch(origin, { signal: AbortSignal.timeout(1_000) })).arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'base-url': { type: 'string', default: 'http://127.0.0.1:4010' },
      prefer: { type: 'string' },
      flow: { type: 'boolean', default: false },
      'checkout-page': { type: 'boolean', default: false },
      element: { type: 'boolean', default: false },
    },
  });
  if ([values.flow, values['checkout-page'], values.element].filter(Boolean).length > 1) throw new Error('--flow, --checkout-page and --element run one at a time');
  const baseUrl = new URL(values['base-url']);
  if (!LOOPBACK.has(baseUrl.hostname)) throw new Error(`--base-url must be a loopback address: the example signs with published TEST keys`);

  let mock: RunningMock | undefined;
  if (!(await answers(baseUrl.origin))) {
    console.log(`Nothing answers at ${baseUrl.origin}; starting the sandbox in-process…`);
    mock = await startMock({ port: Number(baseUrl.port || 80), verifyRequests: true, log: () => undefined });
  }
  try {
    const client = createAntomClient({
      clientId: TEST_CLIENT_ID,
      privateKey: readTestKey(MERCHANT_TEST_PRIVATE_KEY_PATH),
      antomPublicKey: readTestKey(ANTOM_TEST_PUBLIC_KEY_PATH),
      baseUrl: baseUrl.origin,
    });
    if (values.flow) {
      console.log(`Whole flow against the sandbox at ${baseUrl.origin}:`);
      await runFlow(client);
      return;
    }
    if (values['checkout-page'] || values.element) {
      const scene = values.element ? 'ELEMENT_PAYMENT' : 'CHECKOUT_PAYMENT';
      console.log(`${values.element ? 'A Payment Element' : 'A hosted Checkout Page'} session against the sandbox at ${baseUrl.origin}:`);
      await runSession(client, baseUrl.origin, scene);
      return;
    }
    const headers = values.prefer ? { Prefer: `example=${values.prefer}` } : undefined;
    const { data } = await client.pay(exampleBody(), headers ? { headers } : {});
    if (data === undefined) throw new Error('pay returned no data');
    console.log(`POST ${client.baseUrl}/v1/payments/pay (signature verified)`);
    console.log(describeOutcome(interpretPayResult(data)));
  } finally {
    await mock?.close();
  }
}

main().catch((error: unknown) => {
  console.error(isAntomError(error) || error instanceof Error ? `${error.name}: ${error.message}` : error);
  process.exit(1);
});
