// Disputes: Antom posts notifyDispute to the notification URL set in Antom Dashboard. Before defenseDueTime you
// accept the chargeback, or defend it: fill in Antom's pre-filled template and upload it.
import type { AntomClient, AntomNotification } from 'antom-pay';

/** Your records: each dispute event once (Antom re-sends until acknowledged). */
export type SaveDisputeEvent = (disputeId: string, event: string, defenseDueTime: string | undefined) => Promise<void>;

/** 1. What your notify endpoint does with a verified dispute notification (the endpoint: docs/webhooks.md). */
export async function onDisputeNotification(notice: AntomNotification, save: SaveDisputeEvent): Promise<void> {
  if (notice.kind !== 'dispute') return;
  // DISPUTE_CREATED, DEFENSE_DUE_ALERT (24 h left), DEFENSE_SUPPLIED, DISPUTE_ACCEPTED, DISPUTE_JUDGED, …
  await save(notice.body.disputeId, notice.disputeNotificationType, notice.body.defenseDueTime);
}

/** 2a. Accept a chargeback: you bear the disputed amount. */
export async function acceptChargeback(client: AntomClient, disputeId: string): Promise<void> {
  const { data } = await client.acceptDispute({ disputeId });
  if (data.result.resultStatus !== 'S') throw new Error(`Not accepted: ${data.result.resultCode}`);
}

/** 2b. Defend: your completed document (Base64 of a PDF, DOC, DOCX, ZIP or JPG file) made from Antom's template. */
export async function defend(client: AntomClient, disputeId: string, complete: (templatePdf: string) => Promise<string>): Promise<void> {
  const { data: template } = await client.downloadDisputeEvidence({ disputeId, disputeEvidenceType: 'DISPUTE_EVIDENCE_TEMPLATE' });
  if (template.result.resultStatus !== 'S' || template.disputeEvidence === undefined) {
    throw new Error(`No template: ${template.result.resultCode}`);
  }
  const { data } = await client.supplyDefenseDocument({ disputeId, disputeEvidence: await complete(template.disputeEvidence) });
  if (data.result.resultStatus !== 'S') throw new Error(`Not supplied: ${data.result.resultCode}`);
}
