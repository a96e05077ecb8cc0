// Payment lifecycle against a real sandbox (Prism + state layer) through the typed client: open, repeat, finish
// (control API), expire, cancel. Every answer and notification is checked against the spec (helpers/contract.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningMock } from '../../../sandbox/server.ts';
import { TEST_SANDBOX_CLIENT_ID } from '../../../sandbox/test-keys.ts';
import { startMerchant } from '../helpers/merchant.ts';
import type { Merchant } from '../helpers/merchant.ts';
import { advanceClock, checkedClient, complete, getPayment, payBody, startTestSandbox } from '../helpers/sandbox.ts';

let sandbox: RunningMock;
let merchant: Merchant;
let client: ReturnType<typeof checkedClient>;
const MINUTE = 60_000;

beforeAll(async () => {
  [sandbox, merchant] = await Promise.all([startTestSandbox(), startMerchant()]);
  client = checkedClient(sandbox.url);
});
afterAll(async () => {
  await sandbox?.close();
  await merchant?.close();
});

async function open(overrides: Record<string, unknown> = {}) {
  const body = payBody({ paymentNotifyUrl: `${merchant.url}/notify`, ...overrides });
  const { data, response } = await client.pay(body);
  expect(response.status).toBe(200);
  return { body, data: data!, paymentId: data!.paymentId as string };
}

const received = (paymentId: string) => merchant.received.filter((item) => item.body.paymentId === paymentId);

describe('opening a payment', () => {
  it('when pay is called, then the answer is PAYMENT_IN_PROCESS with the sandbox cashier URL and inquiryPayment says PROCESSING', async () => {
    const { data, paymentId, body } = await open();
    expect(data.result).toMatchObject({ resultCode: 'PAYMENT_IN_PROCESS', resultStatus: 'U' });
    expect(data.normalUrl).toBe(`${sandbox.url}/__sandbox/cashier/${paymentId}`);
    expect(data.paymentAmount).toEqual(body.paymentAmount);
    const { data: inquiry } = await client.inquiryPayment({ paymentRequestId: body.paymentRequestId });
    expect(inquiry).toMatchObject({ result: { resultCode: 'SUCCESS', resultStatus: 'S' }, paymentStatus: 'PROCESSING', paymentId });
  });

  it('when the same pay is repeated, then the stored answer comes back unchanged; a different amount gets REPEAT_REQ_INCONSISTENT', async () => {
    const { body, data } = await open();
    const { data: again } = await client.pay(body);
    expect(again).toEqual(data);
    const { data: changed } = await client.pay({ ...body, paymentAmount: { ...body.paymentAmount, value: '1' } });
    expect(changed?.result).toMatchObject({ resultCode: 'REPEAT_REQ_INCONSISTENT', resultStatus: 'F', resultMessage: 'The amount or currency is different from the previous request.' });
    expect((await control()).filter((payment) => payment.paymentRequestId === body.paymentRequestId)).toHaveLength(1);
  });

  it('when another client ID asks for the payment, then it does not exist for it', async () => {
    const { body } = await open();
    const other = checkedClient(sandbox.url, TEST_SANDBOX_CLIENT_ID);
    const { data } = await other.inquiryPayment({ paymentRequestId: body.paymentRequestId });
    expect(data?.result).toMatchObject({ resultCode: 'ORDER_NOT_EXIST', resultStatus: 'F' });
  });

  it('when a Prefer example is asked for, then Prism canned answer comes back and no payment is stored', async () => {
    const body = payBody();
    const { data } = await client.pay(body, { headers: { Prefer: 'example=USER_BALANCE_NOT_ENOUGH' } });
    expect(data?.result.resultCode).toBe('USER_BALANCE_NOT_ENOUGH');
    const { data: inquiry } = await client.inquiryPayment({ paymentRequestId: body.paymentRequestId });
    expect(inquiry?.result.resultCode).toBe('ORDER_NOT_EXIST');
  });
});

async function control() {
  return ((await (await fetch(`${sandbox.url}/__sandbox/payments`)).json()) as { payments: Array<{ paymentRequestId: string }> }).payments;
}

describe('finishing a payment', () => {
  it('when the buyer pays, then notifyPayment SUCCESS arrives verified, inquiryPayment says SUCCESS and a repeat pay says SUCCESS', async () => {
    const { body, paymentId } = await open();
    const { status, data: answer } = await complete(sandbox.url, paymentId, 'SUCCESS');
    expect(status).toBe(200);
    expect(answer.paymentStatus).toBe('SUCCESS');
    const view = await getPayment(sandbox.url, paymentId);
    expect(view.notifications).toEqual([expect.objectContaining({ kind: 'notifyPayment', url: `${merchant.url}/notify`, httpStatus: 200, acknowledged: true, attempt: 1 })]);
    const [notice] = received(paymentId);
    expect(notice).toMatchObject({ verified: true, body: { notifyType: 'PAYMENT_RESULT', result: { resultCode: 'SUCCESS', resultStatus: 'S' }, paymentRequestId: body.paymentRequestId } });
    expect(notice?.body.paymentTime).toEqual(expect.any(String));
    const { data: inquiry } = await client.inquiryPayment({ paymentId });
    expect(inquiry).toMatchObject({ paymentStatus: 'SUCCESS', paymentResultCode: 'SUCCESS', paymentTime: expect.any(String) });
    const { data: again } = await client.pay(body);
    expect(again?.result).toMatchObject({ resultCode: 'SUCCESS', resultStatus: 'S' });
    expect(again?.paymentId).toBe(paymentId);
  });

  it('when the buyer leaves it pending, then PAYMENT_PENDING is notified, and a later SUCCESS is notified too', async () => {
    const { paymentId } = await open();
    expect((await complete(sandbox.url, paymentId, 'PENDING')).data.paymentStatus).toBe('PENDING');
    expect((await client.inquiryPayment({ paymentId })).data?.paymentStatus).toBe('PENDING');
    expect((await complete(sandbox.url, paymentId, 'PENDING')).status).toBe(409);
    expect((await complete(sandbox.url, paymentId, 'SUCCESS')).data.paymentStatus).toBe('SUCCESS');
    expect(received(paymentId).map((item) => item.body.notifyType)).toEqual(['PAYMENT_PENDING', 'PAYMENT_RESULT']);
    expect(received(paymentId)[0]?.body.result).toMatchObject({ resultCode: 'SUCCESS', resultStatus: 'S' });
  });

  it('when the buyer declines, then notifyPayment F carries the failure code and a repeat pay gets ORDER_IS_CLOSED', async () => {
    const { body, paymentId } = await open();
    expect((await complete(sandbox.url, paymentId, 'FAIL', 'USER_BALANCE_NOT_ENOUGH')).data.paymentStatus).toBe('FAIL');
    expect(received(paymentId)[0]?.body.result).toMatchObject({ resultCode: 'USER_BALANCE_NOT_ENOUGH', resultStatus: 'F' });
    expect((await client.pay(body)).data?.result).toMatchObject({ resultCode: 'ORDER_IS_CLOSED', resultStatus: 'F' });
    expect((await complete(sandbox.url, paymentId, 'SUCCESS')).status).toBe(409);
    expect((await complete(sandbox.url, paymentId, 'FAIL', 'PAYMENT_IN_PROCESS')).status).toBe(409);
  });

  it('when 14 minutes of sandbox time pass unpaid, then the payment is closed (FAIL, ORDER_IS_CLOSED) and notified', async () => {
    const { body, paymentId } = await open();
    await advanceClock(sandbox.url, 13 * MINUTE);
    expect((await client.inquiryPayment({ paymentId })).data?.paymentStatus).toBe('PROCESSING');
    await advanceClock(sandbox.url, 1 * MINUTE);
    expect((await client.inquiryPayment({ paymentId })).data).toMatchObject({ paymentStatus: 'FAIL', paymentResultCode: 'ORDER_IS_CLOSED' });
    expect(received(paymentId).map((item) => item.body.result)).toEqual([expect.objectContaining({ resultCode: 'ORDER_IS_CLOSED', resultStatus: 'F' })]);
    expect((await client.pay(body)).data?.result.resultCode).toBe('ORDER_IS_CLOSED');
    expect((await complete(sandbox.url, paymentId, 'SUCCESS')).status).toBe(409);
  });
});

describe('cancelling a payment', () => {
  it('when an open payment is cancelled, then it is CANCELLED, a repeat cancel still succeeds and a repeat pay gets ORDER_IS_CANCELED', async () => {
    const { body, paymentId } = await open();
    const { data } = await client.cancel({ paymentId });
    expect(data).toMatchObject({ result: { resultCode: 'SUCCESS', resultStatus: 'S' }, paymentId, paymentRequestId: body.paymentRequestId, cancelTime: expect.any(String) });
    expect((await client.cancel({ paymentRequestId: body.paymentRequestId })).data).toEqual(data);
    expect((await client.inquiryPayment({ paymentId })).data?.paymentStatus).toBe('CANCELLED');
    expect((await client.pay(body)).data?.result).toMatchObject({ resultCode: 'ORDER_IS_CANCELED', resultStatus: 'F' });
    expect((await complete(sandbox.url, paymentId, 'SUCCESS')).status).toBe(409);
  });

  it('when the payment is unknown, failed, refunded or past the window, then cancel is refused with the matching code', async () => {
    expect((await client.cancel({ paymentId: 'NO_SUCH_PAYMENT' })).data?.result.resultCode).toBe('ORDER_NOT_EXIST');
    const failed = await open();
    await complete(sandbox.url, failed.paymentId, 'FAIL');
    expect((await client.cancel({ paymentId: failed.paymentId })).data?.result.resultCode).toBe('ORDER_STATUS_INVALID');
    const refunded = await open();
    await complete(sandbox.url, refunded.paymentId, 'SUCCESS');
    await client.refund({ refundRequestId: `r-${refunded.paymentId}`, paymentId: refunded.paymentId, refundAmount: { currency: 'USD', value: '1' } });
    expect((await client.cancel({ paymentId: refunded.paymentId })).data?.result.resultCode).toBe('PROCESS_FAIL');
    const late = await open();
    await complete(sandbox.url, late.paymentId, 'SUCCESS');
    await advanceClock(sandbox.url, 2 * 24 * 60 * MINUTE);
    expect((await client.cancel({ paymentId: late.paymentId })).data?.result.resultCode).toBe('CANCEL_WINDOW_EXCEED');
  });
});
