// The DISPUTE_EVIDENCE_TEMPLATE of downloadDisputeEvidence: a one-page PDF "merchant letter" pre-filled with the
// dispute's transaction details and blank sections for the merchant's answer (Antom's template is pre-filled the same
// way; its layout is not published, this one is the sandbox's). Plain PDF 1.4 with the built-in Helvetica font.
import { formatAmount } from '../cashier/page.ts';
import { isoTime } from '../state/clock.ts';
import type { Payment } from '../state/model.ts';
import type { Dispute } from './model.ts';

const MAX_LINE = 90;

/** Text a PDF string literal can carry with Helvetica's standard encoding: printable ASCII, escaped, cut to a line. */
export function pdfText(value: string): string {
  const printable = value.replace(/[^\x20-\x7e]/g, '?').slice(0, MAX_LINE);
  return printable.replace(/[\\()]/g, (char) => `\\${char}`);
}

function templateLines(dispute: Dispute, payment: Payment): string[] {
  const reason = dispute.disputeReasonMsg === undefined ? dispute.disputeReasonCode : `${dispute.disputeReasonCode} (${dispute.disputeReasonMsg})`;
  return [
    'Merchant Letter - dispute evidence template (Antom sandbox)',
    '',
    `Dispute ID: ${dispute.disputeId}`,
    `Dispute type: ${dispute.disputeType}`,
    `Dispute reason: ${reason}`,
    `Disputed amount: ${formatAmount(dispute.disputeAmount.currency, dispute.disputeAmount.value)}`,
    `Defense due: ${isoTime(dispute.defenseDueAt)}`,
    '',
    `Payment ID: ${payment.paymentId}`,
    `Payment request ID: ${payment.paymentRequestId}`,
    `Payment amount: ${formatAmount(payment.paymentAmount.currency, payment.paymentAmount.value)}`,
    `Payment method: ${payment.paymentMethodType}`,
    `Payment time: ${isoTime(payment.paidAt ?? payment.createdAt)}`,
    ...(payment.orderDescription === undefined ? [] : [`Order: ${payment.orderDescription}`]),
    ...(payment.referenceOrderId === undefined ? [] : [`Merchant order ID: ${payment.referenceOrderId}`]),
    '',
    'Explanation of the transaction: ..........................................',
    'Proof of delivery or service: ............................................',
    'Communication with the buyer: ............................................',
    'Refund or cancellation policy shown to the buyer: ........................',
  ];
}

/** The PDF file; every object's byte offset is recorded in the cross-reference table, as readers require. */
export function evidenceTemplatePdf(dispute: Dispute, payment: Payment): Buffer {
  const text = templateLines(dispute, payment)
    .map((line, index) => `${index === 0 ? '' : 'T* '}(${pdfText(line)}) Tj`)
    .join('\n');
  const stream = `BT /F1 11 Tf 14 TL 56 780 Td\n${text}\nET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}
