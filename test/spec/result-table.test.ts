// spec/result-codes/pay.yaml against the seed's result-code list (../shared/reference/result-codes.json) and
// the seed document, plus the rule that the table is the only place in spec/ where a code is written.
import { describe, expect, it } from 'vitest';
import { listRepoFiles, readReferenceJson, readReferenceText, readRepoText, readRepoYaml } from './helpers.ts';

interface TableCode {
  code: string;
  status: string;
  message: string;
  action: string;
}

interface Table {
  statuses: Array<{ status: string }>;
  codes: TableCode[];
  logic: { continuationUrlFields: string[] };
}

interface ReferenceCode {
  code: string;
  status: string;
  message: string;
}

const table = readRepoYaml<Table>('spec/result-codes/pay.yaml');
const codes = table.codes;
const codeNames = codes.map((c) => c.code);

describe('result-code table vs the reference list', () => {
  const reference = (): ReferenceCode[] => readReferenceJson<ReferenceCode[]>('result-codes.json');

  it('has exactly 51 codes, as the reference does', () => {
    expect(reference()).toHaveLength(51);
    expect(codes).toHaveLength(51);
    expect(new Set(codeNames).size).toBe(51);
  });

  it('lists the codes in exactly the reference order', () => {
    expect(codeNames).toEqual(reference().map((c) => c.code));
  });

  it.each(codes.map((c, i) => [c.code, i] as const))('%s has the reference status and message, byte for byte', (code, i) => {
    const ref = reference()[i];
    expect(ref?.code).toBe(code);
    expect(codes[i]?.status).toBe(ref?.status);
    expect(codes[i]?.message).toBe(ref?.message);
  });

  it('keeps the markup in the KEY_NOT_FOUND message', () => {
    expect(codes.find((c) => c.code === 'KEY_NOT_FOUND')?.message).toBe(
      'The private key or public key of <span>Antom</span> or the merchant is not found.',
    );
  });
});

describe('result-code table actions', () => {
  const seed = (): string => readReferenceText('seed-pay-checkout.txt');
  const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

  it.each(codes.map((c) => [c.code, c.action] as const))('%s has a non-empty action of its own, not copied from the seed', (_code, action) => {
    expect(typeof action).toBe('string');
    expect(action.trim()).not.toBe('');
    const text = seed();
    expect(text.includes(action), `action appears verbatim in the seed: ${action}`).toBe(false);
    expect(squash(text).includes(squash(action)), `action appears in the seed (whitespace aside): ${action}`).toBe(false);
  });
});

describe('result-code table structure', () => {
  it('declares the statuses S, F and U', () => {
    expect(table.statuses.map((s) => s.status)).toEqual(['S', 'F', 'U']);
  });

  it('uses only declared statuses, 1 S, 47 F and 3 U', () => {
    const count = (status: string): number => codes.filter((c) => c.status === status).length;
    expect({ S: count('S'), F: count('F'), U: count('U') }).toEqual({ S: 1, F: 47, U: 3 });
    expect(count('S') + count('F') + count('U')).toBe(codes.length);
  });

  it('names the continuation URL fields', () => {
    expect(table.logic.continuationUrlFields).toEqual(['applinkUrl', 'normalUrl', 'schemeUrl']);
  });
});

describe('the table is the only place a code is written', () => {
  const boundary = '[A-Za-z0-9_]';
  // The codes of every operation's table, not only pay's.
  const allCodes = new Set(
    listRepoFiles('spec/result-codes').flatMap((file) => readRepoYaml<Table>(file).codes.map((c) => c.code)),
  );
  const pattern = new RegExp(`(?<!${boundary})(${[...allCodes].sort((a, b) => b.length - a.length).join('|')})(?!${boundary})`, 'g');

  /** `file:line: CODE` for each code occurrence in `file` not in `allowed`. */
  function occurrences(file: string, allowed: ReadonlySet<string>): string[] {
    const found: string[] = [];
    readRepoText(file)
      .split('\n')
      .forEach((line, i) => {
        for (const match of line.matchAll(pattern)) {
          if (!allowed.has(match[1] as string)) found.push(`${file}:${i + 1}: ${match[1]}`);
        }
      });
    return found;
  }

  // Every file under spec/result-codes/ is a table (one per operation, plus the gateway-wide common.yaml), so codes
  // belong there.
  const yamlFiles = listRepoFiles('spec').filter((f) => /\.ya?ml$/.test(f) && !f.startsWith('spec/result-codes/'));
  const markdownFiles = listRepoFiles('spec/descriptions').filter((f) => f.endsWith('.md'));

  it('finds the files to scan', () => {
    expect(yamlFiles.length).toBeGreaterThan(10);
    expect(markdownFiles.length).toBeGreaterThan(0);
  });

  // The notification acknowledgement is a different message with its own fixed body ({"resultCode":"SUCCESS",...});
  // it and the notification examples carry that literal as data, not as a row of pay's table.
  // The lifecycle schemas and descriptions also use the word SUCCESS as a value of paymentStatus, refundStatus
  // and transactionStatus, which are states, not result codes; a notification example carries the result of
  // the notification it shows as data.
  const ACK_FILES: Readonly<Record<string, ReadonlySet<string>>> = {
    'spec/components/schemas/NotificationAck.yaml': new Set(['SUCCESS']),
    'spec/components/examples/NotificationAck.yaml': new Set(['SUCCESS']),
    'spec/components/examples/PaymentNotificationSuccess.yaml': new Set(['SUCCESS']),
    'spec/components/examples/PaymentNotificationPending.yaml': new Set(['SUCCESS']),
    'spec/components/examples/RefundNotificationSuccess.yaml': new Set(['SUCCESS']),
    'spec/components/examples/RefundNotificationFail.yaml': new Set(['PROCESS_FAIL']),
    'spec/components/examples/CaptureNotificationSuccess.yaml': new Set(['SUCCESS']),
    'spec/components/examples/CaptureNotificationAuthExpired.yaml': new Set(['AUTH_EXPIRED']),
    'spec/components/schemas/InquiryPaymentResponse.yaml': new Set(['SUCCESS']),
    'spec/components/schemas/InquiryRefundResponse.yaml': new Set(['SUCCESS']),
    'spec/components/schemas/RefundNotification.yaml': new Set(['SUCCESS']),
    'spec/components/schemas/Transaction.yaml': new Set(['SUCCESS']),
    // The per-scene answers of createPaymentSession show a created session, result included.
    'spec/components/examples/CreatePaymentSessionResponseCheckoutPage.yaml': new Set(['SUCCESS']),
    'spec/components/examples/CreatePaymentSessionResponseElement.yaml': new Set(['SUCCESS']),
    'spec/components/examples/CreatePaymentSessionResponseEasySafePay.yaml': new Set(['SUCCESS']),
  };
  const STATE_WORDS_IN_MARKDOWN: Readonly<Record<string, ReadonlySet<string>>> = {
    'spec/descriptions/inquiry-payment.md': new Set(['SUCCESS']),
    'spec/descriptions/inquiry-refund.md': new Set(['SUCCESS']),
    'spec/descriptions/notify-refund.md': new Set(['SUCCESS']),
    'spec/descriptions/overview.md': new Set(['SUCCESS']),
    'spec/descriptions/integrations/after-the-payment.md': new Set(['SUCCESS']),
  };

  it('finds one table per operation under spec/result-codes/, and the gateway-wide one', () => {
    expect(listRepoFiles('spec/result-codes')).toEqual(
      ['acceptDispute', 'cancel', 'capture', 'common', 'consult', 'createPaymentSession', 'downloadDisputeEvidence', 'inquiryPayment', 'inquiryRefund', 'pay', 'refund', 'supplyDefenseDocument']
        .map((op) => `spec/result-codes/${op}.yaml`),
    );
  });

  it.each(yamlFiles)('%s writes no result code', (file) => {
    expect(occurrences(file, ACK_FILES[file] ?? new Set())).toEqual([]);
  });

  it.each(markdownFiles)('%s writes no result code other than PAYMENT_IN_PROCESS', (file) => {
    expect(occurrences(file, new Set(['PAYMENT_IN_PROCESS', ...(STATE_WORDS_IN_MARKDOWN[file] ?? [])]))).toEqual([]);
  });
});
