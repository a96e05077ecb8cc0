// Disputes against a real sandbox started with --notify-url (the Dashboard notification URL) pointing at a local
// merchant endpoint that verifies every notification and checks it against the notifyDispute schema: the whole life
// of a chargeback through the control API and signed calls with the real client, the accept path, the deadline,
// retries of an unacknowledged dispute notification, and payments without paymentNotifyUrl.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningMock } from '../../../sandbox/server.ts';
import { ACK, startMerchant } from '../helpers/merchant.ts';
import type { Merchant } from '../helpers/merchant.ts';
import { advanceClock, checkedClient, complete, getPayment, judgeDispute, openDispute as open, payBody, startTestSandbox } from '../helpers/sandbox.ts';

let sandbox: RunningMock;
let merchant: Merchant;
let client: ReturnType<typeof checkedClient>;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

beforeAll(async () => {
  merchant = await startMerchant();
  sandbox = await startTestSandbox({ notifyUrl: `${merchant.url}/antom/dashboard` });
  client = checkedClient(sandbox.url);
});
afterAll(async () => {
  await sandbox?.close();
  await merchant?.close();
});

async function paidPayment(overrides: Record<string, unknown> = {}): Promise<string> {
  const { data } = await client.pay(payBody({ paymentNotifyUrl: `${merchant.url}/notify`, paymentAmount: { currency: 'USD', value: '1000' }, ...overrides }));
  const paymentId = String(data?.paymentId);
  expect((await complete(sandbox.url, paymentId, 'SUCCESS')).status).toBe(200);
  return paymentId;
}

async function openDispute(paymentId: string, body: Record<string, unknown> = {}): Promise<{ disputeId: string; defenseDueTime: string }> {
  const { status, data } = await open(sandbox.url, paymentId, body);
  expect(status).toBe(200);
  expect(Object.keys(data).sort()).toEqual(['defenseDueTime', 'disputeId']);
  return data;
}

const judge = (disputeId: string, disputeJudgedResult: string) => judgeDispute(sandbox.url, disputeId, { disputeJudgedResult });

/** Dispute notifications the merchant received for a dispute, in order (retries included). */
const noticesOf = (disputeId: string) => merchant.received.filter((item) => item.kind === 'notifyDispute' && item.body.disputeId === disputeId);
const typesOf = (disputeId: string): unknown[] => noticesOf(disputeId).map((item) => item.body.disputeNotificationType);
/** Lets deliveries scheduled by a gateway call finish (the sandbox runs what is due before it answers). */
const settle = () => advanceClock(sandbox.url, 0);

describe('the life of a chargeback', () => {
  it('when a paid payment is disputed, alerted, defended and judged for the merchant, then each step is notified, verified and recorded', async () => {
    const paymentId = await paidPayment();
    const { disputeId, defenseDueTime } = await openDispute(paymentId, { disputeAmount: { currency: 'USD', value: '600' } });
    const [created] = noticesOf(disputeId);
    expect(created?.verified).toBe(true);
    expect(created?.path).toBe('/antom/dashboard');
    expect(created?.body).toMatchObject({
      disputeNotificationType: 'DISPUTE_CREATED', paymentId, disputeId, defenseDueTime, disputeAmount: { currency: 'USD', value: '600' },
      disputeReasonCode: '10.4', disputeSource: expect.any(String), disputeType: 'CHARGEBACK',
    });
    expect(Date.parse(defenseDueTime) - Date.parse(String(created?.body.disputeTime))).toBe(7 * DAY);

    await advanceClock(sandbox.url, 6 * DAY - HOUR);
    expect(typesOf(disputeId)).toEqual(['DISPUTE_CREATED']);
    await advanceClock(sandbox.url, HOUR);
    expect(typesOf(disputeId)).toEqual(['DISPUTE_CREATED', 'DEFENSE_DUE_ALERT']);
    expect(noticesOf(disputeId)[1]?.body).toMatchObject({ defenseDueTime });

    const template = await client.downloadDisputeEvidence({ disputeId, disputeEvidenceType: 'DISPUTE_EVIDENCE_TEMPLATE' });
    expect(template.data).toMatchObject({ result: { resultCode: 'SUCCESS' }, disputeEvidenceFormat: 'PDF' });
    const letter = String(template.data?.disputeEvidence);
    expect(Buffer.from(letter, 'base64').toString('latin1')).toContain(`(Payment ID: ${paymentId})`);
    const supplied = await client.supplyDefenseDocument({ disputeId, disputeEvidence: letter });
    expect(supplied.data).toMatchObject({ result: { resultCode: 'SUCCESS', resultStatus: 'S' }, disputeId, disputeResolutionTime: expect.any(String) });
    await settle();
    expect(typesOf(disputeId)).toEqual(['DISPUTE_CREATED', 'DEFENSE_DUE_ALERT', 'DEFENSE_SUPPLIED']);
    const file = await client.downloadDisputeEvidence({ disputeId, disputeEvidenceType: 'DISPUTE_EVIDENCE_FILE' });
    expect(file.data).toMatchObject({ disputeEvidence: letter, disputeEvidenceFormat: 'PDF' });

    expect(await judge(disputeId, 'ACCEPT_BY_CUSTOMER')).toEqual({ status: 200, data: { disputeId, disputeStatus: 'JUDGED_MERCHANT_WINS' } });
    expect(noticesOf(disputeId).at(-1)?.body).toMatchObject({
      disputeNotificationType: 'DISPUTE_JUDGED', disputeJudgedResult: 'ACCEPT_BY_CUSTOMER', disputeJudgedAmount: { currency: 'USD', value: '0' },
      disputeJudgedTime: expect.any(String), disputeReasonCode: '10.4',
    });
    expect((await judge(disputeId, 'ACCEPT_BY_MERCHANT')).status).toBe(409);

    const view = await getPayment(sandbox.url, paymentId);
    expect((view as unknown as { disputes: unknown }).disputes).toEqual([{ disputeId, disputeStatus: 'JUDGED_MERCHANT_WINS' }]);
    const records = view.notifications.filter((record) => record.kind === 'dispute');
    expect(records.map((record) => [record.url, record.attempt, record.acknowledged])).toEqual(
      Array.from({ length: 4 }, () => [`${merchant.url}/antom/dashboard`, 1, true]),
    );
    expect(noticesOf(disputeId).every((item) => item.verified)).toBe(true);
    // The merchant kept the funds: the whole payment can be refunded again.
    const refund = await client.refund({ refundRequestId: `rf-${disputeId}`, paymentId, refundAmount: { currency: 'USD', value: '1000' } });
    expect(refund.data?.result.resultCode).toBe('SUCCESS');
  });
});

describe('accepting and the deadline', () => {
  it('when the merchant accepts, then DISPUTE_ACCEPTED is sent, any further accept or defense is REPEAT_REQUEST and the disputed amount is no longer refundable', async () => {
    const paymentId = await paidPayment();
    const { disputeId } = await openDispute(paymentId, { disputeAmount: { currency: 'USD', value: '400' }, disputeReasonCode: '13.1' });
    expect(noticesOf(disputeId)[0]?.body.disputeReasonCode).toBe('13.1');
    const frozen = await client.refund({ refundRequestId: `rf1-${disputeId}`, paymentId, refundAmount: { currency: 'USD', value: '100' } });
    expect(frozen.data?.result.resultCode).toBe('ORDER_STATUS_INVALID');

    const accepted = await client.acceptDispute({ disputeId });
    expect(accepted.data).toMatchObject({ result: { resultCode: 'SUCCESS', resultStatus: 'S' }, disputeId, disputeResolutionTime: expect.any(String) });
    await settle();
    expect(noticesOf(disputeId).at(-1)?.body).toMatchObject({ disputeNotificationType: 'DISPUTE_ACCEPTED', disputeAcceptReason: 'MERCHANT_ACCEPTED' });
    expect((await client.acceptDispute({ disputeId })).data?.result).toMatchObject({ resultCode: 'REPEAT_REQUEST', resultStatus: 'F' });
    const again = await client.supplyDefenseDocument({ disputeId, disputeEvidence: Buffer.from('%PDF-1.4').toString('base64') });
    expect(again.data?.result.resultCode).toBe('REPEAT_REQUEST');
    expect((await judge(disputeId, 'ACCEPT_BY_MERCHANT')).status).toBe(409);

    const tooMuch = await client.refund({ refundRequestId: `rf2-${disputeId}`, paymentId, refundAmount: { currency: 'USD', value: '601' } });
    expect(tooMuch.data?.result.resultCode).toBe('REFUND_AMOUNT_EXCEED');
    const rest = await client.refund({ refundRequestId: `rf3-${disputeId}`, paymentId, refundAmount: { currency: 'USD', value: '600' } });
    expect(rest.data?.result.resultCode).toBe('SUCCESS');
  });

  it('when defenseDueTime passes without action, then the chargeback counts as accepted (TIMEOUT) and accept or defend answer TIME_EXCEEDS_LIMIT', async () => {
    const paymentId = await paidPayment();
    const { disputeId, defenseDueTime } = await openDispute(paymentId);
    await advanceClock(sandbox.url, 7 * DAY);
    expect(typesOf(disputeId)).toEqual(['DISPUTE_CREATED', 'DEFENSE_DUE_ALERT', 'DISPUTE_ACCEPTED']);
    expect(noticesOf(disputeId)[2]?.body).toMatchObject({ disputeAcceptReason: 'TIMEOUT', disputeAcceptTime: defenseDueTime });
    expect((await client.acceptDispute({ disputeId })).data?.result).toMatchObject({ resultCode: 'TIME_EXCEEDS_LIMIT', resultStatus: 'F' });
    const late = await client.supplyDefenseDocument({ disputeId, disputeEvidence: Buffer.from('%PDF-1.4').toString('base64') });
    expect(late.data?.result.resultCode).toBe('TIME_EXCEEDS_LIMIT');
    expect((await getPayment(sandbox.url, paymentId) as unknown as { disputes: unknown }).disputes).toEqual([{ disputeId, disputeStatus: 'EXPIRED' }]);
  });
});

describe('the Dashboard notification URL', () => {
  it('when the merchant does not acknowledge a dispute notification, then it is re-sent on the 8-delivery schedule, same bytes', async () => {
    const paymentId = await paidPayment();
    merchant.answer = (received) => (received.body.disputeReasonCode === 'NO-ACK' ? { status: 500, body: 'busy' } : ACK);
    const { disputeId } = await openDispute(paymentId, { disputeReasonCode: 'NO-ACK' });
    await advanceClock(sandbox.url, 25 * HOUR);
    merchant.answer = () => ACK;
    const created = noticesOf(disputeId).filter((item) => item.body.disputeNotificationType === 'DISPUTE_CREATED');
    expect(created).toHaveLength(8);
    expect(new Set(created.map((item) => JSON.stringify(item.body))).size).toBe(1);
    expect(created.every((item) => item.verified)).toBe(true);
    const records = (await getPayment(sandbox.url, paymentId)).notifications.filter((record) => record.kind === 'dispute');
    const first = Date.parse(records[0]?.at ?? '');
    expect(records.map((record) => Date.parse(record.at) - first)).toEqual([0, 2, 12, 22, 82, 202, 562, 1462].map((minutes) => minutes * 60_000));
    expect(records.map((record) => [record.attempt, record.httpStatus, record.acknowledged])).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((attempt) => [attempt, 500, false]));
  });

  it('when a payment was created without paymentNotifyUrl, then its notifyPayment goes to the Dashboard URL', async () => {
    const body = payBody() as unknown as Record<string, unknown>;
    delete body.paymentNotifyUrl;
    const { data } = await client.pay(body as unknown as Parameters<typeof client.pay>[0]);
    const paymentId = String(data?.paymentId);
    await complete(sandbox.url, paymentId, 'SUCCESS');
    const delivered = merchant.received.filter((item) => item.kind === 'notifyPayment' && item.body.paymentId === paymentId);
    expect(delivered.map((item) => [item.path, item.verified, item.body.notifyType])).toEqual([['/antom/dashboard', true, 'PAYMENT_RESULT']]);
    expect((await getPayment(sandbox.url, paymentId)).notifications).toEqual([expect.objectContaining({ kind: 'notifyPayment', url: `${merchant.url}/antom/dashboard`, acknowledged: true })]);
  });
});
