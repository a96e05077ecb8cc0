// The dispute routes of the control API (no signature): what a buyer's bank and the card scheme do on Antom's side.
//   POST /__sandbox/payments/{paymentId}/disputes
//        {"disputeAmount"?: Amount, "disputeReasonCode"?: string, "disputeType"?: "CHARGEBACK" | "RETRIEVAL_REQUEST" |
//        "COMPLIANCE_REQUEST"} → {"disputeId", "defenseDueTime"}; 404 unknown payment, 400 bad body, 409 not paid
//   POST /__sandbox/disputes/{disputeId}/judge
//        {"disputeJudgedResult": "ACCEPT_BY_CUSTOMER" | "ACCEPT_BY_MERCHANT" (chargebacks) | "VALIDATE_SUCCESS" |
//        "VALIDATE_FAIL" (compliance requests)} → {"disputeId", "disputeStatus"}; 404, 400, 409 when the state forbids it
// Both answer once the notifications they cause are due-delivered.
import type { ServerResponse } from 'node:http';
import { sendJson } from '../http-util.ts';
import type { DisputeJudgedResult, DisputeType } from '../disputes/model.ts';
import { DISPUTE_TYPES, JUDGED_RESULTS, judgeRefusal } from '../disputes/rules.ts';
import { expireDisputeIfDue, findDispute, judgeDispute, openDispute } from '../disputes/transitions.ts';
import { isoTime } from '../state/clock.ts';
import type { SandboxContext } from '../state/context.ts';
import type { Amount, Payment } from '../state/model.ts';
import { expireIfDue } from '../state/transitions.ts';

const OPEN = /^\/__sandbox\/payments\/([^/]+)\/disputes$/;
const JUDGE = /^\/__sandbox\/disputes\/([^/]+)\/judge$/;
const OPEN_FIELDS = new Set(['disputeAmount', 'disputeReasonCode', 'disputeType']);

type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

/** The open request's body, or what is wrong with it. */
function openRequest(body: Record<string, unknown>, payment: Payment): Checked<{ disputeType: DisputeType; disputeAmount: Amount; disputeReasonCode?: string }> {
  const unknown = Object.keys(body).find((key) => !OPEN_FIELDS.has(key));
  if (unknown !== undefined) return { ok: false, message: `unknown field ${JSON.stringify(unknown)}: the body takes disputeAmount, disputeReasonCode and disputeType` };
  const { disputeAmount = payment.paymentAmount, disputeReasonCode, disputeType = 'CHARGEBACK' } = body;
  if (!DISPUTE_TYPES.has(disputeType as DisputeType)) return { ok: false, message: 'disputeType must be "CHARGEBACK", "RETRIEVAL_REQUEST" or "COMPLIANCE_REQUEST"' };
  if (disputeReasonCode !== undefined && (typeof disputeReasonCode !== 'string' || disputeReasonCode.length === 0 || disputeReasonCode.length > 64)) {
    return { ok: false, message: 'disputeReasonCode must be a string of 1 to 64 characters' };
  }
  const amount = disputeAmount as Partial<Amount> | null;
  if (typeof amount !== 'object' || amount === null || typeof amount.currency !== 'string' || typeof amount.value !== 'string' || !/^\d{1,20}$/.test(amount.value)) {
    return { ok: false, message: 'disputeAmount must be {"currency": "<ISO 4217>", "value": "<minor units as a string>"}' };
  }
  const { currency, value } = payment.paymentAmount;
  if (amount.currency !== currency) return { ok: false, message: `disputeAmount.currency must be the payment's currency ${currency}` };
  if (BigInt(amount.value) <= 0n || BigInt(amount.value) > BigInt(value)) return { ok: false, message: `disputeAmount.value must be from 1 to the paid ${value}` };
  return {
    ok: true,
    value: { disputeType: disputeType as DisputeType, disputeAmount: { currency, value: amount.value }, ...(disputeReasonCode === undefined ? {} : { disputeReasonCode }) },
  };
}

/** Handles the dispute routes (POST, body already parsed as a JSON object); false for any other path. */
export async function handleDisputeControl(ctx: SandboxContext, pathname: string, body: Record<string, unknown>, res: ServerResponse): Promise<boolean> {
  const fail = (status: number, error: string, message: string): true => (sendJson(res, status, { error, message }), true);
  const open = OPEN.exec(pathname);
  if (open) {
    const payment = ctx.store.paymentById(decodeURIComponent(open[1] ?? ''));
    if (payment === undefined) return fail(404, 'NOT_FOUND', `no payment ${open[1]}`);
    const request = openRequest(body, payment);
    if (!request.ok) return fail(400, 'BAD_REQUEST', request.message);
    expireIfDue(ctx, payment);
    if (payment.paymentStatus !== 'SUCCESS') return fail(409, 'CONFLICT', `payment ${payment.paymentId} is ${payment.paymentStatus}: only a paid (SUCCESS) payment can be disputed`);
    const dispute = openDispute(ctx, payment, request.value);
    await ctx.scheduler.runDue();
    sendJson(res, 200, { disputeId: dispute.disputeId, defenseDueTime: isoTime(dispute.defenseDueAt) });
    return true;
  }
  const judge = JUDGE.exec(pathname);
  if (judge) {
    const ref = findDispute(ctx, undefined, decodeURIComponent(judge[1] ?? ''));
    if (ref === undefined) return fail(404, 'NOT_FOUND', `no dispute ${judge[1]}`);
    const result = body.disputeJudgedResult as DisputeJudgedResult;
    if (Object.keys(body).length !== 1 || !JUDGED_RESULTS.has(result)) {
      return fail(400, 'BAD_REQUEST', 'the body must be {"disputeJudgedResult": "ACCEPT_BY_CUSTOMER" | "ACCEPT_BY_MERCHANT" | "VALIDATE_SUCCESS" | "VALIDATE_FAIL"}');
    }
    expireDisputeIfDue(ctx, ref);
    const refusal = judgeRefusal(ref.dispute, result);
    if (refusal !== undefined) return fail(409, 'CONFLICT', refusal);
    judgeDispute(ctx, ref, result);
    await ctx.scheduler.runDue();
    sendJson(res, 200, { disputeId: ref.dispute.disputeId, disputeStatus: ref.dispute.disputeStatus });
    return true;
  }
  return false;
}
