// The dispute handlers and transitions in process (no HTTP): a real sandbox context on the bundled spec's result
// tables, the handlers called as the gateway calls them, sandbox time moved by hand. Every answer is checked against
// the operation's response schema. No --notify-url here: each dispute notification is recorded once as not delivered.
import { describe, expect, it } from 'vitest';
import type { Dispute, DisputeType } from '../../sandbox/disputes/model.ts';
import { judgeDispute, openDispute } from '../../sandbox/disputes/transitions.ts';
import { OPERATION_HANDLERS } from '../../sandbox/handlers/index.ts';
import { NO_URL_PROBLEM } from '../../sandbox/notify/notifier.ts';
import { DEFAULT_SPEC_PATH } from '../../sandbox/server.ts';
import { createSandboxContext } from '../../sandbox/state/context.ts';
import type { SandboxContext } from '../../sandbox/state/context.ts';
import type { Payment } from '../../sandbox/state/model.ts';
import { completePayment } from '../../sandbox/state/transitions.ts';
import { ANTOM_TEST_PRIVATE_KEY_PATH, readTestKey } from '../../sandbox/test-keys.ts';
import { parsePrivateKey } from '../../src/keys.ts';
import { expectValidResponse } from './helpers/contract.ts';
import { payBody } from './helpers/sandbox.ts';

const DAY = 24 * 3_600_000;
const PDF = Buffer.from('%PDF-1.4 defense').toString('base64');
type Answer = { result: { resultCode: string; resultStatus: string; resultMessage: string } } & Record<string, unknown>;

function sandbox(): SandboxContext {
  return createSandboxContext({ specPath: DEFAULT_SPEC_PATH, antomPrivateKey: parsePrivateKey(readTestKey(ANTOM_TEST_PRIVATE_KEY_PATH)) });
}

/** Calls the handler of `path` as the gateway does and checks the answer against the spec. */
function call(ctx: SandboxContext, operationId: string, body: Record<string, unknown>, clientId = 'C1'): Answer {
  const handler = OPERATION_HANDLERS.get(`/v1/payments/${operationId}`);
  if (handler === undefined) throw new Error(`no handler for ${operationId}`);
  const answer = JSON.parse(handler(ctx, { clientId, body, origin: 'http://127.0.0.1:1' })) as Answer;
  expectValidResponse(operationId, answer);
  return answer;
}
const code = (answer: Answer): string => answer.result.resultCode;

function paid(ctx: SandboxContext): Payment {
  const { paymentId } = call(ctx, 'pay', payBody({ paymentAmount: { currency: 'USD', value: '1000' } }) as unknown as Record<string, unknown>);
  const payment = ctx.store.paymentById(String(paymentId)) as Payment;
  expect(completePayment(ctx, payment, 'SUCCESS')).toEqual({ ok: true });
  return payment;
}

function disputed(ctx: SandboxContext, disputeType: DisputeType = 'CHARGEBACK', value = '400'): { payment: Payment; dispute: Dispute } {
  const payment = paid(ctx);
  return { payment, dispute: openDispute(ctx, payment, { disputeType, disputeAmount: { currency: 'USD', value } }) };
}

const later = async (ctx: SandboxContext, ms: number): Promise<void> => {
  ctx.clock.advance(ms);
  await ctx.notifier.settled();
};

describe('accept and defend a chargeback', () => {
  it('when a chargeback is accepted, then SUCCESS with the time, the state is ACCEPTED and a second accept or a defense is REPEAT_REQUEST', async () => {
    const ctx = sandbox();
    const { dispute } = disputed(ctx);
    const accepted = call(ctx, 'acceptDispute', { disputeId: dispute.disputeId });
    expect(accepted).toEqual({ result: expect.objectContaining({ resultCode: 'SUCCESS', resultStatus: 'S' }), disputeId: dispute.disputeId, disputeResolutionTime: expect.stringMatching(/Z$/) });
    expect(dispute).toMatchObject({ disputeStatus: 'ACCEPTED', acceptReason: 'MERCHANT_ACCEPTED' });
    expect(code(call(ctx, 'acceptDispute', { disputeId: dispute.disputeId }))).toBe('REPEAT_REQUEST');
    expect(code(call(ctx, 'supplyDefenseDocument', { disputeId: dispute.disputeId, disputeEvidence: PDF }))).toBe('REPEAT_REQUEST');
  });

  it('when a defense is supplied, then DEFENDED, and the file comes back as it was sent; the template is a PDF of the dispute', () => {
    const ctx = sandbox();
    const { dispute } = disputed(ctx);
    const before = call(ctx, 'downloadDisputeEvidence', { disputeId: dispute.disputeId, disputeEvidenceType: 'DISPUTE_EVIDENCE_FILE' });
    expect(before.result).toMatchObject({ resultCode: 'PARAM_ILLEGAL', resultStatus: 'F' });
    expect(before.result.resultMessage).toMatch(/^body\.disputeEvidenceType invalid: DISPUTE_EVIDENCE_FILE: nothing was uploaded/);
    expect(code(call(ctx, 'supplyDefenseDocument', { disputeId: dispute.disputeId, disputeEvidence: PDF }))).toBe('SUCCESS');
    expect(dispute.disputeStatus).toBe('DEFENDED');
    const file = call(ctx, 'downloadDisputeEvidence', { disputeId: dispute.disputeId, disputeEvidenceType: 'DISPUTE_EVIDENCE_FILE' });
    expect(file).toMatchObject({ disputeEvidence: PDF, disputeEvidenceFormat: 'PDF' });
    const template = call(ctx, 'downloadDisputeEvidence', { disputeId: dispute.disputeId, disputeEvidenceType: 'DISPUTE_EVIDENCE_TEMPLATE' });
    expect(template.disputeEvidenceFormat).toBe('PDF');
    const text = Buffer.from(String(template.disputeEvidence), 'base64').toString('latin1');
    expect(text.startsWith('%PDF-1.4')).toBe(true);
    expect(text).toContain(`(Dispute ID: ${dispute.disputeId})`);
  });

  it('when the evidence is not a document of a known format, then PARAM_ILLEGAL names the field and nothing changes', () => {
    const ctx = sandbox();
    const { dispute } = disputed(ctx);
    const answer = call(ctx, 'supplyDefenseDocument', { disputeId: dispute.disputeId, disputeEvidence: Buffer.from('GIF89a').toString('base64') });
    expect(answer.result.resultCode).toBe('PARAM_ILLEGAL');
    expect(answer.result.resultMessage).toBe('body.disputeEvidence invalid: must be padded Base64 of a DOC, DOCX, PDF, ZIP or JPG file');
    expect(dispute).toMatchObject({ disputeStatus: 'OPEN', submissions: 0 });
  });

  it("when the disputeId is unknown, or another client's, then every dispute operation answers PROCESS_FAIL", () => {
    const ctx = sandbox();
    const { dispute } = disputed(ctx);
    for (const [disputeId, clientId] of [['SBXDISPUTE-NONE', 'C1'], [dispute.disputeId, 'C2']] as const) {
      expect(code(call(ctx, 'acceptDispute', { disputeId }, clientId))).toBe('PROCESS_FAIL');
      expect(code(call(ctx, 'supplyDefenseDocument', { disputeId, disputeEvidence: PDF }, clientId))).toBe('PROCESS_FAIL');
      expect(code(call(ctx, 'downloadDisputeEvidence', { disputeId, disputeEvidenceType: 'DISPUTE_EVIDENCE_TEMPLATE' }, clientId))).toBe('PROCESS_FAIL');
    }
    expect(dispute.disputeStatus).toBe('OPEN');
  });
});

describe('deadline', () => {
  it('when the defense window has passed, then accept and defend answer TIME_EXCEEDS_LIMIT and the chargeback expired (accepted, TIMEOUT)', async () => {
    const ctx = sandbox();
    const { dispute } = disputed(ctx);
    await later(ctx, 7 * DAY - 1_000);
    expect(dispute.disputeStatus).toBe('OPEN');
    await later(ctx, 1_000);
    expect(dispute).toMatchObject({ disputeStatus: 'EXPIRED', acceptReason: 'TIMEOUT', acceptedAt: dispute.defenseDueAt });
    expect(code(call(ctx, 'acceptDispute', { disputeId: dispute.disputeId }))).toBe('TIME_EXCEEDS_LIMIT');
    expect(code(call(ctx, 'supplyDefenseDocument', { disputeId: dispute.disputeId, disputeEvidence: PDF }))).toBe('TIME_EXCEEDS_LIMIT');
  });

  it('when the deadline setting is shorter, then it applies; without --notify-url each notification is recorded once as not delivered', async () => {
    const ctx = createSandboxContext({ specPath: DEFAULT_SPEC_PATH, antomPrivateKey: parsePrivateKey(readTestKey(ANTOM_TEST_PRIVATE_KEY_PATH)), settings: { disputeDefenseMs: 2 * DAY } });
    const { payment, dispute } = disputed(ctx);
    expect(dispute.defenseDueAt - dispute.createdAt).toBe(2 * DAY);
    await later(ctx, 3 * DAY);
    const records = payment.notifications.filter((record) => record.kind === 'dispute');
    // DISPUTE_CREATED, DEFENSE_DUE_ALERT, DISPUTE_ACCEPTED (TIMEOUT): one record each, no retries, no URL.
    expect(records).toHaveLength(3);
    expect(records.every((record) => record.url === undefined && record.attempt === 1 && record.problem === NO_URL_PROBLEM && record.subjectId === dispute.disputeId)).toBe(true);
    expect(records.map((record) => Date.parse(record.at) - Date.parse(records[0]!.at))).toEqual([0, 1 * DAY, 2 * DAY]);
  });
});

describe('what the deadline leaves alone', () => {
  const disputeRecords = (payment: Payment): number => payment.notifications.filter((record) => record.kind === 'dispute').length;

  it('when the merchant acted before the alert, then no DEFENSE_DUE_ALERT comes and the deadline changes nothing', async () => {
    const ctx = sandbox();
    const accepted = disputed(ctx);
    const defended = disputed(ctx);
    call(ctx, 'acceptDispute', { disputeId: accepted.dispute.disputeId });
    call(ctx, 'supplyDefenseDocument', { disputeId: defended.dispute.disputeId, disputeEvidence: PDF });
    await later(ctx, 8 * DAY);
    expect([accepted.dispute.disputeStatus, defended.dispute.disputeStatus]).toEqual(['ACCEPTED', 'DEFENDED']);
    // DISPUTE_CREATED, then DISPUTE_ACCEPTED / DEFENSE_SUPPLIED: nothing more.
    expect([disputeRecords(accepted.payment), disputeRecords(defended.payment)]).toEqual([2, 2]);
    expect(accepted.dispute.acceptReason).toBe('MERCHANT_ACCEPTED');
  });

  it('when a retrieval request is left unanswered, then it expires without being accepted (no DISPUTE_ACCEPTED)', async () => {
    const ctx = sandbox();
    const { payment, dispute } = disputed(ctx, 'RETRIEVAL_REQUEST');
    await later(ctx, 10 * DAY);
    expect(dispute.disputeStatus).toBe('EXPIRED');
    expect(dispute.acceptReason).toBeUndefined();
    expect(disputeRecords(payment)).toBe(2);
  });
});

describe('chargebacks and refunds', () => {
  it('when a chargeback is open, then refunds answer ORDER_STATUS_INVALID; once the merchant wins, the whole amount can be refunded', async () => {
    const ctx = sandbox();
    const { payment, dispute } = disputed(ctx);
    const refund = (refundRequestId: string, value: string): string =>
      code(call(ctx, 'refund', { refundRequestId, paymentId: payment.paymentId, refundAmount: { currency: 'USD', value } }));
    expect(refund('r1', '100')).toBe('ORDER_STATUS_INVALID');
    call(ctx, 'supplyDefenseDocument', { disputeId: dispute.disputeId, disputeEvidence: PDF });
    expect(refund('r2', '100')).toBe('ORDER_STATUS_INVALID');
    dispute.disputeStatus = 'JUDGED_MERCHANT_WINS';
    expect(refund('r3', '1000')).toBe('SUCCESS');
  });

  it('when a chargeback of 400 was accepted, then only 600 is left to refund', () => {
    const ctx = sandbox();
    const { payment, dispute } = disputed(ctx);
    call(ctx, 'acceptDispute', { disputeId: dispute.disputeId });
    const refund = (refundRequestId: string, value: string): string =>
      code(call(ctx, 'refund', { refundRequestId, paymentId: payment.paymentId, refundAmount: { currency: 'USD', value } }));
    expect(refund('r1', '601')).toBe('REFUND_AMOUNT_EXCEED');
    expect(refund('r2', '600')).toBe('SUCCESS');
  });
});

describe('other dispute types', () => {
  it('when a retrieval request is answered, then accept is PROCESS_FAIL, one supply is DEFENDED and a second REPEAT_REQUEST', () => {
    const ctx = sandbox();
    const { dispute } = disputed(ctx, 'RETRIEVAL_REQUEST');
    expect(dispute.defenseDueAt - dispute.createdAt).toBe(10 * DAY);
    expect(code(call(ctx, 'acceptDispute', { disputeId: dispute.disputeId }))).toBe('PROCESS_FAIL');
    expect(code(call(ctx, 'supplyDefenseDocument', { disputeId: dispute.disputeId, disputeEvidence: PDF }))).toBe('SUCCESS');
    expect(code(call(ctx, 'supplyDefenseDocument', { disputeId: dispute.disputeId, disputeEvidence: PDF }))).toBe('REPEAT_REQUEST');
  });

  it('when a compliance request is answered, then a new upload waits for the validation and stops at the limit', () => {
    const ctx = sandbox();
    const { payment, dispute } = disputed(ctx, 'COMPLIANCE_REQUEST');
    const supply = (): string => code(call(ctx, 'supplyDefenseDocument', { disputeId: dispute.disputeId, disputeEvidence: PDF }));
    expect(code(call(ctx, 'acceptDispute', { disputeId: dispute.disputeId }))).toBe('PROCESS_FAIL');
    for (let round = 1; round <= 3; round += 1) {
      expect(supply()).toBe('SUCCESS');
      expect(supply()).toBe('NOT_ALLOW_IN_CURRENT_STATUS');
      judgeDispute(ctx, { dispute, payment }, 'VALIDATE_FAIL');
      expect(dispute.disputeStatus).toBe('OPEN');
    }
    expect(supply()).toBe('DEFENSE_EXCEED_LIMIT');
    expect(dispute.submissions).toBe(3);
  });
});
