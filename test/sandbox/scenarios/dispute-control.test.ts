// The dispute routes of the control API (exact shapes and error statuses) and the non-chargeback dispute types
// through signed calls: compliance-request codes, a retrieval request, evidence file formats.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningMock } from '../../../sandbox/server.ts';
import { startMerchant } from '../helpers/merchant.ts';
import type { Merchant } from '../helpers/merchant.ts';
import { checkedClient, complete, judgeDispute, openDispute, payBody, startTestSandbox } from '../helpers/sandbox.ts';

let sandbox: RunningMock;
let merchant: Merchant;
let client: ReturnType<typeof checkedClient>;
const DOCX = Buffer.from('PK\x03\x04\x14\x00\x06\x00[Content_Types].xml word/document.xml', 'latin1').toString('base64');

beforeAll(async () => {
  merchant = await startMerchant();
  sandbox = await startTestSandbox({ notifyUrl: `${merchant.url}/dashboard` });
  client = checkedClient(sandbox.url);
});
afterAll(async () => {
  await sandbox?.close();
  await merchant?.close();
});

async function payment(paid = true): Promise<string> {
  const { data } = await client.pay(payBody({ paymentNotifyUrl: `${merchant.url}/notify`, paymentAmount: { currency: 'USD', value: '1000' } }));
  const paymentId = String(data?.paymentId);
  if (paid) await complete(sandbox.url, paymentId, 'SUCCESS');
  return paymentId;
}
const open = (paymentId: string, body?: unknown) => openDispute(sandbox.url, paymentId, body);
const judge = (disputeId: string, body: unknown) => judgeDispute(sandbox.url, disputeId, body);
const supply = async (disputeId: string, disputeEvidence = DOCX): Promise<string | undefined> =>
  (await client.supplyDefenseDocument({ disputeId, disputeEvidence })).data?.result.resultCode;

describe('POST /__sandbox/payments/{paymentId}/disputes', () => {
  it('when the body is empty, then a chargeback of the whole amount opens, due in 7 days of sandbox time', async () => {
    const paymentId = await payment();
    const { status, data } = await open(paymentId);
    expect(status).toBe(200);
    expect(data).toEqual({ disputeId: expect.stringMatching(/^SBXDISPUTE/), defenseDueTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/) });
    const created = merchant.received.find((item) => item.body.disputeId === data.disputeId);
    expect(created?.body).toMatchObject({ disputeAmount: { currency: 'USD', value: '1000' }, disputeType: 'CHARGEBACK', defenseDueTime: data.defenseDueTime });
    expect(Date.parse(data.defenseDueTime) - Date.parse(String(created?.body.disputeTime))).toBe(7 * 86_400_000);
  });

  it.each([
    [{ disputeAmount: { currency: 'EUR', value: '10' } }, /currency must be the payment's currency USD/],
    [{ disputeAmount: { currency: 'USD', value: '1001' } }, /from 1 to the paid 1000/],
    [{ disputeAmount: { currency: 'USD', value: '0' } }, /from 1 to the paid 1000/],
    [{ disputeAmount: { currency: 'USD', value: 10 } }, /disputeAmount must be/],
    [{ disputeReasonCode: '' }, /disputeReasonCode must be a string of 1 to 64/],
    [{ disputeReasonCode: 'x'.repeat(65) }, /disputeReasonCode must be/],
    [{ disputeType: 'RDR' }, /disputeType must be/],
    [{ disputeNotifyUrl: 'http://127.0.0.1/' }, /unknown field "disputeNotifyUrl"/],
    [[1], /the body must be a JSON object/],
  ])('when the body is %j, then 400 says what is wrong', async (body, message) => {
    const { status, data } = await open(await payment(), body);
    expect(status).toBe(400);
    expect(data).toEqual({ error: 'BAD_REQUEST', message: expect.stringMatching(message) });
  });

  it('when the payment is unknown, then 404; when it is not paid, then 409', async () => {
    expect(await open('SBXPAY-NONE', {})).toEqual({ status: 404, data: { error: 'NOT_FOUND', message: 'no payment SBXPAY-NONE' } });
    const unpaid = await payment(false);
    const { status, data } = await open(unpaid, {});
    expect(status).toBe(409);
    expect(data).toEqual({ error: 'CONFLICT', message: expect.stringMatching(/is PROCESSING: only a paid \(SUCCESS\) payment can be disputed/) });
  });
});

describe('POST /__sandbox/disputes/{disputeId}/judge', () => {
  it('when the dispute is unknown, the body is bad or the dispute is not defended, then 404, 400 and 409', async () => {
    expect((await judge('SBXDISPUTE-NONE', { disputeJudgedResult: 'ACCEPT_BY_MERCHANT' })).status).toBe(404);
    const { data } = await open(await payment());
    for (const body of [{}, { disputeJudgedResult: 'WON' }, { disputeJudgedResult: 'ACCEPT_BY_MERCHANT', extra: 1 }]) {
      expect((await judge(data.disputeId, body)).status).toBe(400);
    }
    const early = await judge(data.disputeId, { disputeJudgedResult: 'ACCEPT_BY_MERCHANT' });
    expect(early).toEqual({ status: 409, data: { error: 'CONFLICT', message: expect.stringMatching(/is OPEN: only a DEFENDED dispute can be judged/) } });
  });

  it('when a defended chargeback is judged for the buyer, then the merchant loses the disputed amount (DISPUTE_JUDGED with it)', async () => {
    const { data } = await open(await payment(), { disputeAmount: { currency: 'USD', value: '250' } });
    expect(await supply(data.disputeId)).toBe('SUCCESS');
    expect((await judge(data.disputeId, { disputeJudgedResult: 'VALIDATE_SUCCESS' })).status).toBe(409);
    expect(await judge(data.disputeId, { disputeJudgedResult: 'ACCEPT_BY_MERCHANT' })).toEqual({ status: 200, data: { disputeId: data.disputeId, disputeStatus: 'JUDGED_MERCHANT_LOSES' } });
    const judged = merchant.received.filter((item) => item.body.disputeId === data.disputeId).at(-1);
    expect(judged?.body).toMatchObject({ disputeNotificationType: 'DISPUTE_JUDGED', disputeJudgedResult: 'ACCEPT_BY_MERCHANT', disputeJudgedAmount: { currency: 'USD', value: '250' } });
  });
});

describe('compliance and retrieval requests', () => {
  it('when a compliance request is answered, then NOT_ALLOW_IN_CURRENT_STATUS while validating, a failed validation reopens it, DEFENSE_EXCEED_LIMIT after 3', async () => {
    const { data } = await open(await payment(), { disputeType: 'COMPLIANCE_REQUEST' });
    expect((await client.acceptDispute({ disputeId: data.disputeId })).data?.result.resultCode).toBe('PROCESS_FAIL');
    for (let round = 0; round < 3; round += 1) {
      expect(await supply(data.disputeId)).toBe('SUCCESS');
      expect(await supply(data.disputeId)).toBe('NOT_ALLOW_IN_CURRENT_STATUS');
      expect((await judge(data.disputeId, { disputeJudgedResult: 'VALIDATE_FAIL' })).data.disputeStatus).toBe('OPEN');
    }
    expect(await supply(data.disputeId)).toBe('DEFENSE_EXCEED_LIMIT');
    const judged = merchant.received.filter((item) => item.body.disputeId === data.disputeId && item.body.disputeNotificationType === 'DISPUTE_JUDGED');
    expect(judged.map((item) => [item.body.disputeJudgedResult, 'disputeJudgedAmount' in item.body])).toEqual(Array.from({ length: 3 }, () => ['VALIDATE_FAIL', false]));
  });

  it('when a retrieval request is answered with a DOCX, then it cannot be accepted nor judged, and the file comes back as WORD', async () => {
    const { data } = await open(await payment(), { disputeType: 'RETRIEVAL_REQUEST', disputeReasonCode: '04' });
    expect((await client.acceptDispute({ disputeId: data.disputeId })).data?.result.resultCode).toBe('PROCESS_FAIL');
    const gif = await client.supplyDefenseDocument({ disputeId: data.disputeId, disputeEvidence: Buffer.from('GIF89a').toString('base64') });
    expect(gif.data?.result).toMatchObject({ resultCode: 'PARAM_ILLEGAL', resultMessage: expect.stringContaining('body.disputeEvidence') });
    expect(await supply(data.disputeId)).toBe('SUCCESS');
    const file = await client.downloadDisputeEvidence({ disputeId: data.disputeId, disputeEvidenceType: 'DISPUTE_EVIDENCE_FILE' });
    expect(file.data).toMatchObject({ disputeEvidence: DOCX, disputeEvidenceFormat: 'WORD' });
    expect((await judge(data.disputeId, { disputeJudgedResult: 'ACCEPT_BY_CUSTOMER' })).status).toBe(409);
  });

  it('when the evidence is downloaded for an unknown dispute or before any upload, then PROCESS_FAIL and PARAM_ILLEGAL', async () => {
    const unknown = await client.downloadDisputeEvidence({ disputeId: 'SBXDISPUTE-NONE', disputeEvidenceType: 'DISPUTE_EVIDENCE_TEMPLATE' });
    expect(unknown.data?.result).toMatchObject({ resultCode: 'PROCESS_FAIL', resultStatus: 'F' });
    const { data } = await open(await payment());
    const early = await client.downloadDisputeEvidence({ disputeId: data.disputeId, disputeEvidenceType: 'DISPUTE_EVIDENCE_FILE' });
    expect(early.data?.result).toMatchObject({ resultCode: 'PARAM_ILLEGAL', resultStatus: 'F' });
  });
});
