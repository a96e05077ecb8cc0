// createPaymentSession against a real sandbox (Prism + state layer) through the typed client: Payment Element and
// EasySafePay sessions completed through the control API, idempotency (byte for byte, concurrent), expiry on the
// sandbox clock, refund and cancel of a session payment. Every answer and notification is checked against the spec.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningMock } from '../../../sandbox/server.ts';
import { signedPost } from '../../contract/helpers/signed-post.ts';
import { expectValidResponse } from '../helpers/contract.ts';
import { startMerchant } from '../helpers/merchant.ts';
import type { Merchant } from '../helpers/merchant.ts';
import { advanceClock, checkedClient, complete, startTestSandbox } from '../helpers/sandbox.ts';
import { paymentsByRequestId, sessionBody, sessionPayment } from '../helpers/sessions.ts';
import type { Scene } from '../helpers/sessions.ts';

const PATH = '/ams/api/v1/payments/createPaymentSession';
const AT_ONCE = 20;
const MINUTE = 60_000;
let sandbox: RunningMock;
let merchant: Merchant;
let client: ReturnType<typeof checkedClient>;

beforeAll(async () => {
  [sandbox, merchant] = await Promise.all([startTestSandbox(), startMerchant()]);
  client = checkedClient(sandbox.url);
});
afterAll(async () => {
  await sandbox?.close();
  await merchant?.close();
});

const received = (paymentRequestId: string) => merchant.received.filter((item) => item.body.paymentRequestId === paymentRequestId);
const raw = (body: unknown) => signedPost(sandbox.url, JSON.stringify(body), PATH);

async function openSession(scene: Scene, overrides: Record<string, unknown> = {}) {
  const body = sessionBody(scene, merchant.url, overrides);
  const { data } = await client.createPaymentSession(body);
  expect(data.result).toMatchObject({ resultCode: 'SUCCESS', resultStatus: 'S' });
  return { body, data, payment: await sessionPayment(sandbox.url, body.paymentRequestId) };
}

describe('Payment Element and EasySafePay sessions', () => {
  it.each([
    ['ELEMENT_PAYMENT', 'CARD'],
    ['EASY_PAY', 'GCASH'],
  ] as const)('when a %s session is paid through the control API, then notifyPayment and inquiryPayment say SUCCESS with %s', async (scene, method) => {
    const { body, data, payment } = await openSession(scene);
    expect(data).toEqual({ result: expect.any(Object), paymentSessionData: expect.any(String), paymentSessionExpiryTime: expect.any(String), paymentSessionId: expect.any(String) });
    expect(payment).toMatchObject({ paymentStatus: 'PROCESSING', productScene: scene, paymentSessionId: data.paymentSessionId, paymentSessionExpiryTime: data.paymentSessionExpiryTime, paymentMethodType: method });
    expect((await complete(sandbox.url, payment.paymentId, 'SUCCESS')).data.paymentStatus).toBe('SUCCESS');
    expect(received(body.paymentRequestId)).toEqual([
      expect.objectContaining({ verified: true, body: expect.objectContaining({ notifyType: 'PAYMENT_RESULT', result: expect.objectContaining({ resultCode: 'SUCCESS' }), paymentMethodType: method }) }),
    ]);
    const { data: inquiry } = await client.inquiryPayment({ paymentRequestId: body.paymentRequestId });
    expect(inquiry).toMatchObject({ paymentStatus: 'SUCCESS', paymentId: payment.paymentId, paymentMethodType: method });
    // Only Checkout Page sessions have a page.
    expect((await fetch(`${sandbox.url}/__sandbox/checkout/${data.paymentSessionId}`)).status).toBe(404);
  });

  it('when the control API is asked for an unknown paymentRequestId, then the list is empty; without the query it lists every payment', async () => {
    const { body } = await openSession('ELEMENT_PAYMENT');
    expect(await paymentsByRequestId(sandbox.url, 'no-such-request')).toEqual([]);
    const all = (await (await fetch(`${sandbox.url}/__sandbox/payments`)).json()) as { payments: Array<{ paymentRequestId: string }> };
    expect(all.payments.length).toBeGreaterThan(1);
    expect(all.payments.map((payment) => payment.paymentRequestId)).toContain(body.paymentRequestId);
  });
});

describe('idempotency on paymentRequestId', () => {
  it('when the same request is sent again, then the answer is the same bytes; another amount gets REPEAT_REQ_INCONSISTENT', async () => {
    const body = sessionBody('CHECKOUT_PAYMENT', merchant.url);
    const first = await raw(body);
    const again = await raw(body);
    expect(again.signatureValid).toBe(true);
    expect(again.text).toBe(first.text);
    expectValidResponse('createPaymentSession', JSON.parse(first.text));
    const { data: changed } = await client.createPaymentSession({ ...body, paymentAmount: { currency: 'USD', value: '2000' } });
    expect(changed.result).toMatchObject({ resultCode: 'REPEAT_REQ_INCONSISTENT', resultStatus: 'F' });
    expect(await paymentsByRequestId(sandbox.url, body.paymentRequestId)).toHaveLength(1);
  });

  it(`when ${AT_ONCE} identical requests arrive at once, then one payment exists and every answer is the same`, async () => {
    const body = sessionBody('ELEMENT_PAYMENT', merchant.url);
    const answers = await Promise.all(Array.from({ length: AT_ONCE }, () => raw(body)));
    expect(answers.every((answer) => answer.status === 200 && answer.signatureValid)).toBe(true);
    expect(new Set(answers.map((answer) => answer.text)).size).toBe(1);
    const parsed = JSON.parse(answers[0]!.text) as unknown;
    expectValidResponse('createPaymentSession', parsed);
    expect(parsed).toMatchObject({ result: { resultCode: 'SUCCESS' } });
    expect(await paymentsByRequestId(sandbox.url, body.paymentRequestId)).toHaveLength(1);
  });

  it('when the paymentRequestId belongs to a declined session, then a repeat gets ORDER_IS_CLOSED', async () => {
    const { body, payment } = await openSession('ELEMENT_PAYMENT');
    await complete(sandbox.url, payment.paymentId, 'FAIL', 'USER_BALANCE_NOT_ENOUGH');
    expect((await client.createPaymentSession(body)).data.result).toMatchObject({ resultCode: 'ORDER_IS_CLOSED', resultStatus: 'F' });
  });
});

describe('session expiry', () => {
  it('when an hour of sandbox time passes unpaid, then the payment closes (FAIL, ORDER_IS_CLOSED), is notified, and a repeat gets ORDER_IS_CLOSED', async () => {
    const { body, payment } = await openSession('CHECKOUT_PAYMENT');
    await advanceClock(sandbox.url, 59 * MINUTE);
    expect((await client.inquiryPayment({ paymentId: payment.paymentId })).data.paymentStatus).toBe('PROCESSING');
    await advanceClock(sandbox.url, MINUTE);
    expect((await client.inquiryPayment({ paymentId: payment.paymentId })).data).toMatchObject({ paymentStatus: 'FAIL', paymentResultCode: 'ORDER_IS_CLOSED' });
    const [notice] = received(body.paymentRequestId);
    expect(notice).toMatchObject({ verified: true, body: { notifyType: 'PAYMENT_RESULT', result: { resultCode: 'ORDER_IS_CLOSED', resultStatus: 'F' } } });
    expect(notice?.body).not.toHaveProperty('paymentMethodType');
    expect((await client.createPaymentSession(body)).data.result.resultCode).toBe('ORDER_IS_CLOSED');
  });

  it('when a session asks for 10 minutes, then it closes after 10 minutes; more than an hour is refused with PARAM_ILLEGAL', async () => {
    const { now } = (await advanceClock(sandbox.url, 0)).data;
    const tenMinutes = new Date(Date.parse(now) + 10 * MINUTE + 5_000).toISOString();
    const { data, payment } = await openSession('ELEMENT_PAYMENT', { paymentSessionExpiryTime: tenMinutes });
    expect(data.paymentSessionExpiryTime).toBe(tenMinutes);
    await advanceClock(sandbox.url, 11 * MINUTE);
    expect((await client.inquiryPayment({ paymentId: payment.paymentId })).data.paymentStatus).toBe('FAIL');
    const later = new Date(Date.parse(now) + 11 * MINUTE + 61 * MINUTE).toISOString();
    const refused = sessionBody('ELEMENT_PAYMENT', merchant.url, { paymentSessionExpiryTime: later });
    expect((await client.createPaymentSession(refused)).data.result).toMatchObject({ resultCode: 'PARAM_ILLEGAL', resultStatus: 'F' });
    expect(await paymentsByRequestId(sandbox.url, refused.paymentRequestId)).toEqual([]);
  });
});

describe('capture, refund and cancel of a session payment', () => {
  it('when a manual-capture card Element session is paid, then capture takes the authorised amount and notifyCapture arrives', async () => {
    const { body, payment } = await openSession('ELEMENT_PAYMENT', { paymentFactor: { isAuthorization: 'true', captureMode: 'MANUAL' } });
    await complete(sandbox.url, payment.paymentId, 'SUCCESS');
    const captureRequestId = `${body.paymentRequestId}-c1`;
    const { data } = await client.capture({ captureRequestId, paymentId: payment.paymentId, captureAmount: body.paymentAmount });
    expect(data.result).toMatchObject({ resultCode: 'SUCCESS', resultStatus: 'S' });
    await advanceClock(sandbox.url, 0);
    expect(merchant.received.find((item) => item.body.captureRequestId === captureRequestId)).toMatchObject({ kind: 'notifyCapture', verified: true });
  });

  it('when a paid session payment is refunded in part, then notifyRefund arrives and inquiryPayment lists the refund', async () => {
    const { body, payment } = await openSession('EASY_PAY');
    await complete(sandbox.url, payment.paymentId, 'SUCCESS');
    const refundRequestId = `${body.paymentRequestId}-r1`;
    const { data } = await client.refund({ refundRequestId, paymentId: payment.paymentId, refundAmount: { currency: 'PHP', value: '9900' }, refundNotifyUrl: `${merchant.url}/refund` });
    expect(data.result).toMatchObject({ resultCode: 'SUCCESS', resultStatus: 'S' });
    await advanceClock(sandbox.url, 0); // runs the due delivery to its end
    expect(merchant.received.find((item) => item.body.refundRequestId === refundRequestId)).toMatchObject({ verified: true, body: { refundStatus: 'SUCCESS' } });
    const { data: inquiry } = await client.inquiryPayment({ paymentRequestId: body.paymentRequestId });
    expect(inquiry.transactions).toEqual([expect.objectContaining({ transactionType: 'REFUND', transactionStatus: 'SUCCESS', transactionRequestId: refundRequestId })]);
  });

  it('when an open session payment is cancelled, then it is CANCELLED and a repeat of the session gets ORDER_IS_CLOSED', async () => {
    const { body } = await openSession('CHECKOUT_PAYMENT');
    expect((await client.cancel({ paymentRequestId: body.paymentRequestId })).data.result).toMatchObject({ resultCode: 'SUCCESS' });
    expect((await client.inquiryPayment({ paymentRequestId: body.paymentRequestId })).data.paymentStatus).toBe('CANCELLED');
    expect((await client.createPaymentSession(body)).data.result.resultCode).toBe('ORDER_IS_CLOSED');
  });
});
