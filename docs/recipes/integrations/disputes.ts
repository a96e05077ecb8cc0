// Disputes: Antom posts notifyDispute to the notification URL set in Antom Dashboard. Before the deadline you
// accept the chargeback, or defend it: fill in Antom's pre-filled template and upload it.
import { interpretAcceptDispute, interpretDisputeEvidence, interpretDisputeNotification } from 'antom-pay';
import { interpretSupplyDefenseDocument } from 'antom-pay';
import type { AcceptDisputeOutcome, AntomClient, AntomNotification } from 'antom-pay';
import type { DisputeNotificationOutcome, SupplyDefenseDocumentOutcome } from 'antom-pay';

/** Your records: each dispute event once (Antom re-sends until acknowledged), with what to do next. */
export type SaveDisputeEvent = (disputeId: string, event: DisputeNotificationOutcome) => Promise<void>;

/** 1. What your notify endpoint does with a verified dispute notification (the endpoint: docs/webhooks.md). */
export async function onDisputeNotification(notice: AntomNotification, save: SaveDisputeEvent): Promise<void> {
  if (notice.kind !== 'dispute') return;
  // kind: 'dispute-created' (with .deadline), 'defense-due-alert', 'defense-supplied', 'dispute-judged', …
  await save(notice.body.disputeId, interpretDisputeNotification(notice.body));
}

/** 2a. Accept a chargeback: you bear the disputed amount. */
export async function acceptChargeback(client: AntomClient, disputeId: string): Promise<AcceptDisputeOutcome> {
  const { data } = await client.acceptDispute({ disputeId });
  return interpretAcceptDispute(data); // kind: 'accepted', 'already-handled', 'deadline-passed', 'failed', 'retry'
}

/** 2b. Defend: `complete` turns Antom's template (PDF bytes) into your document: Base64 of a PDF, DOC, DOCX, ZIP or JPG. */
export async function defend(
  client: AntomClient,
  disputeId: string,
  complete: (template: Uint8Array) => Promise<string>,
): Promise<SupplyDefenseDocumentOutcome> {
  const request = { disputeId, disputeEvidenceType: 'DISPUTE_EVIDENCE_TEMPLATE' } as const;
  const template = interpretDisputeEvidence((await client.downloadDisputeEvidence(request)).data, request);
  if (template.kind !== 'file') throw new Error(`No template (${template.code}): ${template.action}`);
  const { data } = await client.supplyDefenseDocument({ disputeId, disputeEvidence: await complete(template.bytes) });
  return interpretSupplyDefenseDocument(data); // kind: 'submitted', 'already-handled', 'deadline-passed', …
}
