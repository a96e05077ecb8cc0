// `npm run example -- --checkout-page` and `-- --element`: a payment session against the local sandbox, one printed
// line per step.
//   --checkout-page: createPaymentSession (CHECKOUT_PAYMENT) → interpretPaymentSession → the buyer opens normalUrl
//     (plain HTTP, as a browser would), picks a method the page lists and pays with the page's form → notifyPayment
//     reaches a small local merchant endpoint and passes client.verifyNotification → inquiryPayment by
//     paymentRequestId says SUCCESS with the method picked.
//   --element: createPaymentSession (ELEMENT_PAYMENT) → paymentSessionData for the Payment Element; the buyer's part
//     (in Antom's front-end SDK) is done through the sandbox's control API, as a test would → the same checks.
// Loopback only; TEST keys.
import { randomUUID } from 'node:crypto';
import { interpretInquiryPayment, interpretPaymentSession } from '../src/index.ts';
import type { AntomClient, CreatePaymentSessionBody, PaymentSessionCreated } from '../src/index.ts';
import { readCheckoutPage } from './checkout-page-form.ts';
import { startExampleMerchant } from './example-merchant.ts';
import type { ExampleMerchant } from './example-merchant.ts';
import { stepRecorder } from './example-flow.ts';
import type { FlowStep } from './example-flow.ts';

type Recorder = ReturnType<typeof stepRecorder>['record'];
type Scene = 'CHECKOUT_PAYMENT' | 'ELEMENT_PAYMENT';

/** A USD 24.00 order of a web shop in Singapore; the Payment Element renders cards only. */
function sessionBody(scene: Scene, shop: string): CreatePaymentSessionBody {
  const orderId = `ORD-${randomUUID().slice(0, 8)}`;
  const amount = { currency: 'USD', value: '2400' };
  return {
    productCode: 'CASHIER_PAYMENT',
    productScene: scene,
    paymentRequestId: `session-${randomUUID()}`,
    order: { referenceOrderId: orderId, orderDescription: 'Linen tea towels, set of three', orderAmount: amount },
    paymentAmount: amount,
    settlementStrategy: { settlementCurrency: 'USD' },
    ...(scene === 'ELEMENT_PAYMENT' ? { paymentMethod: { paymentMethodType: 'CARD' }, paymentFactor: { isAuthorization: 'true' } } : {}),
    paymentRedirectUrl: `${shop}/orders/${orderId}/return`,
    paymentNotifyUrl: `${shop}/antom/notify`,
    userRegion: 'SG',
    env: { terminalType: 'WEB', clientIp: '192.0.2.10' },
  } as CreatePaymentSessionBody;
}

async function createSession(client: AntomClient, body: CreatePaymentSessionBody, record: Recorder): Promise<PaymentSessionCreated> {
  const outcome = interpretPaymentSession((await client.createPaymentSession(body)).data);
  if (outcome.kind !== 'created') throw new Error(`createPaymentSession: ${outcome.kind} ${outcome.code}: ${outcome.action}`);
  const handOver = outcome.normalUrl !== undefined ? `normalUrl ${outcome.normalUrl}` : `paymentSessionData ${outcome.paymentSessionData?.slice(0, 24)}… for Antom's SDK`;
  record('createPaymentSession', `${outcome.code} → ${outcome.kind}`, `${handOver}; expires ${outcome.expiresAt?.toISOString()}; not a payment result`);
  return outcome;
}

/** The buyer on the hosted Checkout Page: open it, pick the first enabled method it lists, press Pay, follow the redirect. */
async function payOnCheckoutPage(normalUrl: string, record: Recorder): Promise<string> {
  const page = await fetch(normalUrl, { headers: { accept: 'text/html' } });
  if (page.status !== 200) throw new Error(`Checkout Page: HTTP ${page.status}`);
  const form = readCheckoutPage(await page.text(), normalUrl);
  const listed = form.methods.map((method) => (method.enabled ? method.paymentMethodType : `(${method.paymentMethodType})`)).join(', ');
  const picked = form.methods.find((method) => method.enabled)?.paymentMethodType;
  if (picked === undefined) throw new Error(`Checkout Page: no method can be picked (${listed})`);
  record('Checkout Page', `HTTP ${page.status}`, `lists ${listed}`);
  const fields = new URLSearchParams({ paymentMethodType: picked, [form.pay.name]: form.pay.value });
  const paid = await fetch(form.action, { method: 'POST', body: fields, redirect: 'manual' });
  const back = paid.headers.get('location');
  if (paid.status !== 303 || back === null) throw new Error(`Checkout Page: expected a 303 redirect after Pay, got ${paid.status}`);
  const shop = await fetch(new URL(back, form.action));
  await shop.arrayBuffer();
  record('buyer: Pay', `HTTP ${paid.status}`, `picked ${picked}; back at the shop (${back}, HTTP ${shop.status})`);
  return picked;
}

/** The buyer pays in the Payment Element: done through the sandbox's control API, as a test would. */
async function payInElement(sandboxOrigin: string, paymentRequestId: string, record: Recorder): Promise<string> {
  const found = await fetch(`${sandboxOrigin}/__sandbox/payments?paymentRequestId=${encodeURIComponent(paymentRequestId)}`);
  const [payment] = ((await found.json()) as { payments: Array<{ paymentId: string; paymentMethodType: string }> }).payments;
  if (payment === undefined) throw new Error(`control API: no payment for ${paymentRequestId}`);
  const done = await fetch(`${sandboxOrigin}/__sandbox/payments/${encodeURIComponent(payment.paymentId)}/complete`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ outcome: 'SUCCESS' }),
  });
  await done.arrayBuffer();
  if (done.status !== 200) throw new Error(`control API: complete answered ${done.status}`);
  record('buyer: Element', `HTTP ${done.status}`, `paid with ${payment.paymentMethodType} (POST /__sandbox/payments/${payment.paymentId}/complete)`);
  return payment.paymentMethodType;
}

async function confirmPayment(client: AntomClient, merchant: ExampleMerchant, paymentRequestId: string, method: string, record: Recorder): Promise<void> {
  const notice = await merchant.arrival((item) => item.kind === 'payment' && item.body.paymentRequestId === paymentRequestId);
  if (notice?.kind !== 'payment') throw new Error('notifyPayment: nothing reached the merchant endpoint');
  const { body } = notice;
  if (body.paymentMethodType !== method) throw new Error(`notifyPayment: paid with ${body.paymentMethodType}, not ${method}`);
  record('notifyPayment', `${notice.notifyType} ${body.result.resultCode}`, `${body.paymentMethodType}; verified by client.verifyNotification at ${merchant.url}/antom/notify`);

  const { data } = await client.inquiryPayment({ paymentRequestId });
  const payment = interpretInquiryPayment(data);
  if (payment.kind !== 'success' || data.paymentMethodType !== method) {
    throw new Error(`inquiryPayment: expected SUCCESS with ${method}, got ${payment.kind} with ${data.paymentMethodType}`);
  }
  record('inquiryPayment', `paymentStatus ${payment.paymentStatus}`, `${data.paymentMethodType}, paid at ${payment.paymentTime}: ${payment.action}`);
}

/** Runs one session with `client` against the sandbox at `sandboxOrigin`; throws when a step goes wrong. */
export async function runSession(client: AntomClient, sandboxOrigin: string, scene: Scene, print: (line: string) => void = console.log): Promise<FlowStep[]> {
  const { steps, record } = stepRecorder(print);
  const merchant = await startExampleMerchant(client);
  try {
    const body = sessionBody(scene, merchant.url);
    const session = await createSession(client, body, record);
    let method: string;
    if (scene === 'CHECKOUT_PAYMENT') {
      if (session.normalUrl === undefined) throw new Error('createPaymentSession: a Checkout Page session came without normalUrl');
      method = await payOnCheckoutPage(session.normalUrl, record);
    } else {
      method = await payInElement(sandboxOrigin, body.paymentRequestId, record);
    }
    await confirmPayment(client, merchant, body.paymentRequestId, method, record);
    return steps;
  } finally {
    await merchant.close();
  }
}
