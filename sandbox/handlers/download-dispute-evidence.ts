// POST /v1/payments/downloadDisputeEvidence: the pre-filled template (a PDF merchant letter) or the document
// supplyDefenseDocument stored last. What Antom answers is not published for two cases; the sandbox's choices:
// an unknown disputeId gets PROCESS_FAIL (see disputeOf), DISPUTE_EVIDENCE_FILE before any upload gets
// PARAM_ILLEGAL naming the field (the reference's inference).
import { evidenceTemplatePdf } from '../disputes/template.ts';
import { disputeOf, fieldIllegal, resultOnly, text } from './common.ts';
import type { OperationHandler } from './common.ts';

export const downloadDisputeEvidence: OperationHandler = (ctx, call) => {
  const ref = disputeOf(ctx, call);
  if (ref === undefined) return resultOnly(ctx.results.result('downloadDisputeEvidence', 'PROCESS_FAIL'));
  const template = text(call.body, 'disputeEvidenceType') === 'DISPUTE_EVIDENCE_TEMPLATE';
  const evidence = template ? { base64: evidenceTemplatePdf(ref.dispute, ref.payment).toString('base64'), format: 'PDF' } : ref.dispute.evidence;
  if (evidence === undefined) {
    return fieldIllegal(ctx, 'downloadDisputeEvidence', 'disputeEvidenceType', 'DISPUTE_EVIDENCE_FILE: nothing was uploaded for this dispute yet (supplyDefenseDocument)');
  }
  return JSON.stringify({
    result: ctx.results.result('downloadDisputeEvidence', 'SUCCESS'),
    disputeEvidence: evidence.base64,
    disputeEvidenceFormat: evidence.format,
  });
};
