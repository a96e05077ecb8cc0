// The checkout operations (createPaymentSession, consult, acceptDispute, supplyDefenseDocument,
// downloadDisputeEvidence) and the notifyDispute webhook against ../shared/reference/checkout/*.json: every code of
// the reference's table is in the spec's with the same status and the same inferred mark, and nothing else is;
// every field of the reference is in the spec, with its required marker on what the merchant sends, never required
// beyond the reference on what Antom sends, with every listed value and the documented lengths.
import { describe, expect, it } from 'vitest';
import { readReferenceJson, readRepoText, readRepoYaml } from './helpers.ts';
import { conditionallyRequired, findField, listedValues, maxLengthOf, requiredNames } from './reference-fields.ts';
import type { ReferenceField } from './reference-fields.ts';

interface Row {
  code: string;
  status: string;
  message: string;
  action: string;
  inferred?: boolean;
}
interface Table {
  statuses: Array<{ description: string }>;
  codes: Row[];
  logic: { byStatus: Record<string, { action?: string }> };
  fallback: { action: string };
}
interface Reference {
  request: ReferenceField[];
  response: ReferenceField[];
  resultCodes: Array<{ code: string; status: string; inferred?: boolean }>;
}

const OPERATIONS = [
  { id: 'createPaymentSession', request: 'CreatePaymentSessionRequest', response: 'CreatePaymentSessionResponse', description: 'create-payment-session' },
  { id: 'consult', request: 'ConsultRequest', response: 'ConsultResponse', description: 'consult' },
  { id: 'acceptDispute', request: 'AcceptDisputeRequest', response: 'AcceptDisputeResponse', description: 'accept-dispute' },
  { id: 'supplyDefenseDocument', request: 'SupplyDefenseDocumentRequest', response: 'SupplyDefenseDocumentResponse', description: 'supply-defense-document' },
  { id: 'downloadDisputeEvidence', request: 'DownloadDisputeEvidenceRequest', response: 'DownloadDisputeEvidenceResponse', description: 'download-dispute-evidence' },
] as const;

/**
 * Fields the reference marks conditional that the spec requires outright, with the reason (the request schemas' YAML
 * comments say the same). Everything else conditional is optional or required by an if/then clause.
 */
const REQUIRED_ON_PURPOSE: Readonly<Record<string, string>> = {
  'createPaymentSession:productScene': 'selects which of the three sessions Antom builds; this operation covers exactly those three',
  'createPaymentSession:paymentRedirectUrl': 'required in every scene of the reference scene table (PHP spec marker)',
  'createPaymentSession:agreementInfo.authState': 'required whenever agreementInfo itself is sent',
  'createPaymentSession:paymentMethod.paymentMethodType': 'required whenever paymentMethod is sent (the shared PaymentMethod schema)',
};

const INFERENCE_WORDS = /\binferr?(ed|ence|ing)?\b/i;

/** Checks one reference field list against a root schema; `sent` is true for what the merchant sends. */
function checkFields(label: string, root: string, fields: readonly ReferenceField[], sent: boolean): void {
  describe.each(fields.map((field) => [field.path, field] as const))(`${label}: %s`, (path, field) => {
    const sites = findField(root, path);

    it('is in the spec', () => {
      expect(sites.length, `${root} has no ${path}`).toBeGreaterThan(0);
    });

    it(sent ? 'keeps the reference required marker' : 'is not required beyond the reference', () => {
      for (const { parent, name } of sites) {
        const required = requiredNames(parent).includes(name);
        if (!sent) expect(required && field.required !== true, `${path} is required although the reference says ${String(field.required)}`).toBe(false);
        else if (field.required === true) expect(required, `${path} must be required`).toBe(true);
        else if (field.required === false) expect(required || conditionallyRequired(parent).includes(name), `${path} must be optional`).toBe(false);
        else if (required) expect(REQUIRED_ON_PURPOSE[`${label}:${path}`], `${path} is conditional but required outright`).toBeDefined();
      }
    });

    // Registered only where the reference gives a value list or a length, so that no test is skipped.
    if (Array.isArray(field.enum)) {
      it('lists every value of the reference', () => {
        for (const { value } of sites) expect(listedValues(value)).toEqual(expect.arrayContaining(field.enum ?? []));
      });
    }

    if (typeof field.maxLength === 'number') {
      it(sent ? 'has the reference maxLength' : 'accepts at least the reference maxLength', () => {
        for (const { value } of sites) {
          const length = maxLengthOf(value);
          if (length === undefined) expect(listedValues(value).length, `${path} is bounded by a value list`).toBeGreaterThan(0);
          else if (sent) expect(length).toBe(field.maxLength);
          else expect(length).toBeGreaterThanOrEqual(field.maxLength ?? 0);
        }
      });
    }
  });
}

const common = readRepoYaml<{ codes: Row[] }>('spec/result-codes/common.yaml').codes;

describe.each(OPERATIONS)('$id against the reference', ({ id, request, response, description }) => {
  const reference = readReferenceJson<Reference>(`checkout/${id}.json`);
  const table = readRepoYaml<Table>(`spec/result-codes/${id}.yaml`);

  it('lists the codes of the reference table with the same status and inferred mark, leaving to the gateway-wide table only inferred rows it would repeat', () => {
    // A reference code missing from the operation's table lives in common.yaml: only an inferred row whose advice
    // would be the gateway-wide one is left there; a documented code keeps its own row.
    const own = table.codes.map((row) => row.code);
    expect(own.filter((code) => !reference.resultCodes.some((ref) => ref.code === code))).toEqual([]);
    for (const ref of reference.resultCodes) {
      const row = table.codes.find((r) => r.code === ref.code) ?? common.find((r) => r.code === ref.code);
      expect(row, `${ref.code} is in neither table`).toBeDefined();
      expect(row?.status, ref.code).toBe(ref.status);
      if (own.includes(ref.code)) expect(row?.inferred === true, `${ref.code}: inferred mark`).toBe(ref.inferred === true);
      else expect(ref.inferred, `${ref.code} is documented for ${id}, so its row belongs in its table`).toBe(true);
    }
  });

  it('says nothing about inference in the text merchants read (the inferred flag is the data)', () => {
    const texts = [
      ...table.codes.flatMap((row) => [row.message, row.action]),
      ...table.statuses.map((s) => s.description),
      ...Object.values(table.logic.byStatus).map((rule) => rule.action ?? ''),
      table.fallback.action,
      readRepoText(`spec/descriptions/${description}.md`),
    ];
    for (const text of texts) expect(text).not.toMatch(INFERENCE_WORDS);
  });

  checkFields(id, request, reference.request, true);
  checkFields(id, response, reference.response, false);
});

describe('notifyDispute against the reference', () => {
  const reference = readReferenceJson<Reference>('checkout/notifyDispute.json');
  checkFields('notifyDispute', 'DisputeNotification', reference.request, false);
  checkFields('notifyDispute ack', 'NotificationAck', reference.response, true);

  it('the description of the webhook says nothing about inference', () => {
    expect(readRepoText('spec/descriptions/notify-dispute.md')).not.toMatch(INFERENCE_WORDS);
  });
});

describe('the inference check itself', () => {
  it.each(['Inferred (gateway-wide code).', 'an inference from pay', 'inferring it'])('catches %j', (text) => {
    expect(text).toMatch(INFERENCE_WORDS);
  });
  it('lets "conference" and "reference" pass', () => {
    expect('the reference and a conference').not.toMatch(INFERENCE_WORDS);
  });
});
