// Refunds and captures against a real sandbox: refunds only after SUCCESS, in the payment currency, partial
// refunds whose total never exceeds the paid amount, idempotent refundRequestId; card refunds finish later;
// captures of a manual-capture card authorisation within the authorised amount.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningMock } from '../../../sandbox/server.ts';
import { requestExample } from '../../contract/helpers/spec.ts';
import { startMerchant } from '../helpers/merchant.ts';
import type { Merchant } from '../helpers/merchant.ts';
import { advanceClock, checkedClient, complete, getPayment, payBody, startTestSandbox } from '../helpers/sandbox.ts';

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

/** A paid payment of 100.00 USD (wallet) or of the card example (USD 129.00) with the given capture mode. */
async function paid(card?: 'AUTOMATIC' | 'MANUAL'): Promise<{ paymentId: string; value: bigint }> {
  const { paymentRequestId: _fixed, ...cardBody } = requestExample('card');
  const base = card ? { ...cardBody, paymentFactor: { isAuthorization: 'true', captureMode: card } } : { paymentAmount: { currency: 'USD', value: '10000' } };
  const { data } = await client.pay(payBody({ ...base, paymentNotifyUrl: `${merchant.url}/notify` }));
  const paymentId = data!.paymentId as string;
  expect((await complete(sandbox.url, paymentId, 'SUCCESS')).status).toBe(200);
  return { paymentId, value: BigInt(data!.paymentAmount!.value) };
}

const usd = (value: string) => ({ currency: 'USD', value });
const refundOf = (paymentId: string, refundRequestId: string, value: string) =>
  client.refund({ refundRequestId, paymentId, refundAmount: usd(value), refundNotifyUrl: `${merchant.url}/refund` });

describe('refunds', () => {
  it('when the payment is unknown or not paid yet, then refund is refused (ORDER_NOT_EXIST, ORDER_STATUS_INVALID)', async () => {
    expect((await refundOf('NO_SUCH_PAYMENT', 'r-unknown', '1')).data?.result.resultCode).toBe('ORDER_NOT_EXIST');
    const { data } = await client.pay(payBody());
    expect((await refundOf(data!.paymentId as string, 'r-open', '1')).data?.result).toMatchObject({ resultCode: 'ORDER_STATUS_INVALID', resultStatus: 'F' });
  });

  it('when partial refunds are made, then they succeed until the total would exceed the paid amount (REFUND_AMOUNT_EXCEED)', async () => {
    const { paymentId } = await paid();
    const first = await refundOf(paymentId, `${paymentId}-r1`, '3000');
    expect(first.data).toMatchObject({ result: { resultCode: 'SUCCESS', resultStatus: 'S' }, paymentId, refundAmount: usd('3000'), refundTime: expect.any(String) });
    expect((await refundOf(paymentId, `${paymentId}-r2`, '7000')).data?.result.resultCode).toBe('SUCCESS');
    expect((await refundOf(paymentId, `${paymentId}-r3`, '1')).data?.result).toMatchObject({ resultCode: 'REFUND_AMOUNT_EXCEED', resultStatus: 'F' });
    const view = await getPayment(sandbox.url, paymentId);
    expect(view.refunds.map((refund) => [refund.refundRequestId, refund.refundStatus, refund.refundAmount.value])).toEqual([
      [`${paymentId}-r1`, 'SUCCESS', '3000'],
      [`${paymentId}-r2`, 'SUCCESS', '7000'],
    ]);
    const notices = merchant.received.filter((item) => item.kind === 'notifyRefund' && String(item.body.refundRequestId).startsWith(paymentId));
    expect(notices.map((item) => [item.verified, item.body.refundStatus, item.path])).toEqual([[true, 'SUCCESS', '/refund'], [true, 'SUCCESS', '/refund']]);
    const { data: inquiry } = await client.inquiryPayment({ paymentId });
    expect(inquiry?.transactions?.map((item) => [item.transactionType, item.transactionStatus, item.transactionAmount?.value])).toEqual([['REFUND', 'SUCCESS', '3000'], ['REFUND', 'SUCCESS', '7000']]);
  });

  it('when a refund is repeated, then the same answer comes back; a changed amount under the same ID gets REPEAT_REQ_INCONSISTENT', async () => {
    const { paymentId } = await paid();
    const first = await refundOf(paymentId, `${paymentId}-same`, '500');
    expect((await refundOf(paymentId, `${paymentId}-same`, '500')).data).toEqual(first.data);
    expect((await refundOf(paymentId, `${paymentId}-same`, '600')).data?.result.resultCode).toBe('REPEAT_REQ_INCONSISTENT');
    expect((await getPayment(sandbox.url, paymentId)).refunds).toHaveLength(1);
  });

  it('when the currency differs from the payment, then CURRENCY_NOT_SUPPORT', async () => {
    const { paymentId } = await paid();
    const { data } = await client.refund({ refundRequestId: `${paymentId}-sgd`, paymentId, refundAmount: { currency: 'SGD', value: '100' } });
    expect(data?.result).toMatchObject({ resultCode: 'CURRENCY_NOT_SUPPORT', resultStatus: 'F' });
  });

  it('when inquiryRefund asks by either ID, then it reports the refund; an unknown ID gets ORDER_NOT_EXIST', async () => {
    const { paymentId } = await paid();
    const { data: refund } = await refundOf(paymentId, `${paymentId}-q`, '100');
    const byId = await client.inquiryRefund({ refundId: refund!.refundId as string });
    const byRequestId = await client.inquiryRefund({ refundRequestId: `${paymentId}-q` });
    expect(byId.data).toMatchObject({ result: { resultCode: 'SUCCESS' }, refundStatus: 'SUCCESS', refundAmount: usd('100'), refundRequestId: `${paymentId}-q` });
    expect(byRequestId.data).toEqual(byId.data);
    expect((await client.inquiryRefund({ refundRequestId: 'no-such-refund' })).data?.result.resultCode).toBe('ORDER_NOT_EXIST');
  });

  it('when a card payment is refunded, then REFUND_IN_PROCESS comes first and SUCCESS (notified) after a minute of sandbox time', async () => {
    const { paymentId } = await paid('AUTOMATIC');
    const { data } = await refundOf(paymentId, `${paymentId}-card`, '900');
    expect(data?.result).toMatchObject({ resultCode: 'REFUND_IN_PROCESS', resultStatus: 'U' });
    expect((await client.inquiryRefund({ refundRequestId: `${paymentId}-card` })).data?.refundStatus).toBe('PROCESSING');
    await advanceClock(sandbox.url, 61_000);
    expect((await client.inquiryRefund({ refundRequestId: `${paymentId}-card` })).data?.refundStatus).toBe('SUCCESS');
    expect((await refundOf(paymentId, `${paymentId}-card`, '900')).data?.result.resultCode).toBe('SUCCESS');
    expect(merchant.received.filter((item) => item.body.refundRequestId === `${paymentId}-card`).map((item) => item.body.refundStatus)).toEqual(['SUCCESS']);
  });
});

describe('captures', () => {
  it('when a manual-capture card payment is captured in parts, then captures stop at the authorised amount and refunds follow the captured amount', async () => {
    const { paymentId, value } = await paid('MANUAL');
    expect((await refundOf(paymentId, `${paymentId}-early`, '1')).data?.result.resultCode).toBe('ORDER_STATUS_INVALID');
    const half = String(value / 2n);
    const capture = (id: string, amount: string) => client.capture({ captureRequestId: id, paymentId, captureAmount: usd(amount) });
    const first = await capture(`${paymentId}-c1`, half);
    expect(first.data).toMatchObject({ result: { resultCode: 'SUCCESS', resultStatus: 'S' }, captureAmount: usd(half), captureId: expect.any(String) });
    expect((await capture(`${paymentId}-c1`, half)).data).toEqual(first.data);
    expect((await capture(`${paymentId}-c2`, String(value))).data?.result.resultCode).toBe('CAPTURE_AMOUNT_EXCEED_AUTH_LIMIT');
    expect((await refundOf(paymentId, `${paymentId}-r-over`, String(BigInt(half) + 1n))).data?.result.resultCode).toBe('REFUND_AMOUNT_EXCEED');
    expect((await refundOf(paymentId, `${paymentId}-r-ok`, half)).data?.result.resultCode).toBe('REFUND_IN_PROCESS');
    const notices = merchant.received.filter((item) => item.kind === 'notifyCapture' && item.body.paymentId === paymentId);
    expect(notices.map((item) => [item.verified, item.body.captureRequestId, item.path])).toEqual([[true, `${paymentId}-c1`, '/notify']]);
    const { data: inquiry } = await client.inquiryPayment({ paymentId });
    expect(inquiry?.transactions?.some((item) => item.transactionType === 'CAPTURE' && item.transactionStatus === 'SUCCESS')).toBe(true);
  });

  it('when the payment is unknown, automatic, cancelled or the currency differs, then capture is refused with the capture table code', async () => {
    const capture = (paymentId: string, currency = 'USD') => client.capture({ captureRequestId: `cap-${paymentId}-${currency}`, paymentId, captureAmount: { currency, value: '100' } });
    expect((await capture('NO_SUCH_PAYMENT')).data?.result.resultCode).toBe('AUTH_NOT_FOUND');
    expect((await capture((await paid('AUTOMATIC')).paymentId)).data?.result.resultCode).toBe('AUTH_NOT_FOUND');
    const manual = await paid('MANUAL');
    expect((await capture(manual.paymentId, 'SGD')).data?.result.resultCode).toBe('CURRENCY_NOT_SUPPORT');
    expect((await client.cancel({ paymentId: manual.paymentId })).data?.result.resultCode).toBe('SUCCESS');
    expect((await capture(manual.paymentId)).data?.result.resultCode).toBe('AUTH_CANCELLED');
  });
});
