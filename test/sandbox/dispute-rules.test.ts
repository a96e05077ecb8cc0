// Pure parts of the sandbox's disputes: which code refuses an accept or a defense in each state, which judgements a
// dispute takes, what disputes do to the refundable balance, the evidence formats and the template PDF.
import { describe, expect, it } from 'vitest';
import { evidenceFormat, MAX_EVIDENCE_CHARS, sniffFormat } from '../../sandbox/disputes/evidence.ts';
import type { Dispute, DisputeStatus, DisputeType } from '../../sandbox/disputes/model.ts';
import { COMPLIANCE_MAX_SUBMISSIONS, acceptRefusal, defenseDueOf, judgeRefusal, supplyRefusal } from '../../sandbox/disputes/rules.ts';
import { evidenceTemplatePdf, pdfText } from '../../sandbox/disputes/template.ts';
import type { Payment } from '../../sandbox/state/model.ts';
import { canRefund, refundableAmount } from '../../sandbox/state/rules.ts';

const DAY = 24 * 3_600_000;
const dispute = (over: Partial<Dispute> = {}): Dispute => ({
  disputeId: 'D1', paymentId: 'P', disputeType: 'CHARGEBACK', disputeStatus: 'OPEN', disputeAmount: { currency: 'USD', value: '400' },
  disputeReasonCode: '10.4', disputeSource: 'VISA', createdAt: 0, defenseDueAt: 7 * DAY, submissions: 0, ...over,
});
const payment = (disputes: Dispute[]): Payment => ({
  clientId: 'C', paymentId: 'P', paymentRequestId: 'R', paymentAmount: { currency: 'USD', value: '1000' }, paymentStatus: 'SUCCESS',
  paymentResultCode: 'SUCCESS', paymentMethodType: 'CARD', captureMode: 'AUTOMATIC', paymentRedirectUrl: 'https://shop.example/',
  createdAt: 0, expiresAt: 0, answer: '', refunds: [], captures: [], notifications: [], disputes,
});
const before = 7 * DAY - 1;
const at = 7 * DAY;

describe('acceptDispute and supplyDefenseDocument refusals', () => {
  it.each<[DisputeType, DisputeStatus, number, string | undefined, string | undefined]>([
    // type, status, now, accept answers, supply answers
    ['CHARGEBACK', 'OPEN', before, undefined, undefined],
    ['CHARGEBACK', 'OPEN', at, 'TIME_EXCEEDS_LIMIT', 'TIME_EXCEEDS_LIMIT'],
    ['CHARGEBACK', 'EXPIRED', at, 'TIME_EXCEEDS_LIMIT', 'TIME_EXCEEDS_LIMIT'],
    ['CHARGEBACK', 'ACCEPTED', before, 'REPEAT_REQUEST', 'REPEAT_REQUEST'],
    ['CHARGEBACK', 'DEFENDED', before, 'REPEAT_REQUEST', 'REPEAT_REQUEST'],
    ['CHARGEBACK', 'DEFENDED', at, 'REPEAT_REQUEST', 'REPEAT_REQUEST'],
    ['CHARGEBACK', 'JUDGED_MERCHANT_WINS', before, 'REPEAT_REQUEST', 'REPEAT_REQUEST'],
    ['RETRIEVAL_REQUEST', 'OPEN', before, 'PROCESS_FAIL', undefined],
    ['RETRIEVAL_REQUEST', 'DEFENDED', before, 'PROCESS_FAIL', 'REPEAT_REQUEST'],
    ['COMPLIANCE_REQUEST', 'OPEN', before, 'PROCESS_FAIL', undefined],
    ['COMPLIANCE_REQUEST', 'DEFENDED', before, 'PROCESS_FAIL', 'NOT_ALLOW_IN_CURRENT_STATUS'],
    ['COMPLIANCE_REQUEST', 'JUDGED_MERCHANT_WINS', before, 'PROCESS_FAIL', 'REPEAT_REQUEST'],
    ['COMPLIANCE_REQUEST', 'OPEN', at, 'PROCESS_FAIL', 'TIME_EXCEEDS_LIMIT'],
  ])('when a %s is %s at %i ms, then accept answers %s and supply %s', (disputeType, disputeStatus, now, accept, supply) => {
    const record = dispute({ disputeType, disputeStatus });
    expect(acceptRefusal(record, now)).toBe(accept);
    expect(supplyRefusal(record, now)).toBe(supply);
  });

  it('when a compliance request has had the maximum number of submissions, then another answers DEFENSE_EXCEED_LIMIT', () => {
    const record = dispute({ disputeType: 'COMPLIANCE_REQUEST', submissions: COMPLIANCE_MAX_SUBMISSIONS - 1 });
    expect(supplyRefusal(record, 0)).toBeUndefined();
    record.submissions += 1;
    expect(supplyRefusal(record, 0)).toBe('DEFENSE_EXCEED_LIMIT');
  });

  it('when the deadline is computed, then chargebacks use the setting and retrieval requests their 10 days', () => {
    expect(defenseDueOf('CHARGEBACK', 5, 3 * DAY)).toBe(5 + 3 * DAY);
    expect(defenseDueOf('COMPLIANCE_REQUEST', 5, 3 * DAY)).toBe(5 + 3 * DAY);
    expect(defenseDueOf('RETRIEVAL_REQUEST', 5, 3 * DAY)).toBe(5 + 10 * DAY);
  });
});

describe('judgements', () => {
  it('when a dispute is not DEFENDED, or the result does not fit its type, then it cannot be judged', () => {
    expect(judgeRefusal(dispute({ disputeStatus: 'DEFENDED' }), 'ACCEPT_BY_CUSTOMER')).toBeUndefined();
    expect(judgeRefusal(dispute({ disputeStatus: 'DEFENDED' }), 'ACCEPT_BY_MERCHANT')).toBeUndefined();
    expect(judgeRefusal(dispute({ disputeStatus: 'OPEN' }), 'ACCEPT_BY_MERCHANT')).toMatch(/is OPEN: only a DEFENDED/);
    expect(judgeRefusal(dispute({ disputeStatus: 'ACCEPTED' }), 'ACCEPT_BY_MERCHANT')).toMatch(/is ACCEPTED/);
    expect(judgeRefusal(dispute({ disputeStatus: 'DEFENDED' }), 'VALIDATE_FAIL')).toMatch(/chargeback is judged ACCEPT_BY_CUSTOMER/);
    const compliance = dispute({ disputeType: 'COMPLIANCE_REQUEST', disputeStatus: 'DEFENDED' });
    expect(judgeRefusal(compliance, 'VALIDATE_FAIL')).toBeUndefined();
    expect(judgeRefusal(compliance, 'ACCEPT_BY_CUSTOMER')).toMatch(/compliance request is judged VALIDATE_SUCCESS/);
    expect(judgeRefusal(dispute({ disputeType: 'RETRIEVAL_REQUEST', disputeStatus: 'DEFENDED' }), 'ACCEPT_BY_CUSTOMER')).toMatch(/never judged/);
  });
});

describe('disputes and refunds', () => {
  it.each<[DisputeStatus, boolean, bigint]>([
    ['OPEN', false, 1000n],
    ['DEFENDED', false, 1000n],
    ['ACCEPTED', true, 600n],
    ['EXPIRED', true, 600n],
    ['JUDGED_MERCHANT_LOSES', true, 600n],
    ['JUDGED_MERCHANT_WINS', true, 1000n],
  ])('when a chargeback of 400 of 1000 is %s, then refunds allowed: %s, refundable: %i', (disputeStatus, allowed, left) => {
    const paid = payment([dispute({ disputeStatus })]);
    expect(canRefund(paid)).toBe(allowed);
    expect(refundableAmount(paid)).toBe(left);
  });

  it('when a retrieval or compliance request is open, then refunds go on and the balance is whole', () => {
    const paid = payment([dispute({ disputeType: 'RETRIEVAL_REQUEST' }), dispute({ disputeType: 'COMPLIANCE_REQUEST', disputeStatus: 'EXPIRED' })]);
    expect(canRefund(paid)).toBe(true);
    expect(refundableAmount(paid)).toBe(1000n);
  });
});

describe('evidence files', () => {
  const b64 = (bytes: number[] | string): string => Buffer.from(typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : Buffer.from(bytes)).toString('base64');
  it.each([
    ['%PDF-1.7\n...', 'PDF'],
    ['\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 old word', 'WORD'],
    ['PK\x03\x04....word/document.xml', 'WORD'],
    ['PK\x03\x04....photos/a.jpg', 'ZIP'],
    ['\xff\xd8\xff\xe0JFIF', 'JPG'],
    ['GIF89a', undefined],
    ['plain text', undefined],
  ])('when a file starts %j, then its format is %s', (content, format) => {
    expect(sniffFormat(Buffer.from(content, 'latin1'))).toBe(format);
    expect(evidenceFormat(b64(content))).toBe(format);
  });

  it('when the text is not padded Base64 or too long, then it is no evidence', () => {
    const pdf = b64('%PDF-1.4 body');
    expect(evidenceFormat(pdf.replace(/=+$/, ''))).toBeUndefined();
    expect(evidenceFormat(`${pdf}\n`)).toBeUndefined();
    expect(evidenceFormat('')).toBeUndefined();
    const longest = `${b64('%PDF-1')}${'A'.repeat(MAX_EVIDENCE_CHARS - 8)}`;
    expect(longest).toHaveLength(MAX_EVIDENCE_CHARS);
    expect(evidenceFormat(longest)).toBe('PDF');
    expect(evidenceFormat(`${longest}AAAA`)).toBeUndefined();
  });
});

describe('the evidence template', () => {
  const paid = { ...payment([]), orderDescription: 'Café (two) \\ cups', referenceOrderId: 'ORDER-7' };
  const pdf = evidenceTemplatePdf(dispute({ disputeReasonMsg: 'Other Fraud' }), paid).toString('latin1');

  it('when the template is built, then every cross-reference offset points at its object and startxref at the table', () => {
    expect(pdf.startsWith('%PDF-1.4\n')).toBe(true);
    expect(pdf.endsWith('%%EOF\n')).toBe(true);
    const xref = Number(/startxref\n(\d+)\n/.exec(pdf)?.[1]);
    expect(pdf.slice(xref, xref + 5)).toBe('xref\n');
    const offsets = [...pdf.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((match) => Number(match[1]));
    expect(offsets).toHaveLength(5);
    offsets.forEach((offset, index) => {
      const head = `${index + 1} 0 obj\n`;
      expect(pdf.slice(offset, offset + head.length)).toBe(head);
    });
    const length = Number(/\/Length (\d+) >>\nstream\n/.exec(pdf)?.[1]);
    const start = pdf.indexOf('stream\n') + 'stream\n'.length;
    expect(pdf.slice(start + length, start + length + '\nendstream'.length)).toBe('\nendstream');
  });

  it('when the template is built, then it is pre-filled with the dispute and payment, with text a PDF string can hold', () => {
    for (const line of ['(Dispute ID: D1)', '(Payment ID: P)', '(Payment request ID: R)', '(Disputed amount: USD 4.00)', '(Dispute reason: 10.4 \\(Other Fraud\\))']) {
      expect(pdf).toContain(line);
    }
    expect(pdf).toContain('(Order: Caf? \\(two\\) \\\\ cups)');
    expect(pdfText('x'.repeat(200))).toHaveLength(90);
  });
});
