// POST /v1/payments/supplyDefenseDocument: the merchant's defense (or retrieval / compliance documents), Base64.
import { evidenceFormat } from '../disputes/evidence.ts';
import { supplyRefusal } from '../disputes/rules.ts';
import { expireDisputeIfDue, supplyDefense } from '../disputes/transitions.ts';
import { isoTime } from '../state/clock.ts';
import { disputeOf, fieldIllegal, resultOnly, text } from './common.ts';
import type { OperationHandler } from './common.ts';

export const supplyDefenseDocument: OperationHandler = (ctx, call) => {
  const refuse = (code: string): string => resultOnly(ctx.results.result('supplyDefenseDocument', code));
  const ref = disputeOf(ctx, call);
  if (ref === undefined) return refuse('PROCESS_FAIL');
  const base64 = text(call.body, 'disputeEvidence') ?? '';
  const format = evidenceFormat(base64);
  if (format === undefined) {
    return fieldIllegal(ctx, 'supplyDefenseDocument', 'disputeEvidence', 'must be padded Base64 of a DOC, DOCX, PDF, ZIP or JPG file');
  }
  expireDisputeIfDue(ctx, ref);
  const refusal = supplyRefusal(ref.dispute, ctx.clock.now());
  if (refusal !== undefined) return refuse(refusal);
  supplyDefense(ctx, ref, base64, format);
  return JSON.stringify({
    result: ctx.results.result('supplyDefenseDocument', 'SUCCESS'),
    disputeId: ref.dispute.disputeId,
    disputeResolutionTime: isoTime(ref.dispute.evidence?.suppliedAt ?? ctx.clock.now()),
  });
};
