// The dispute interpreters against every per-code response example the spec generates (the bodies the mock serves),
// every notifyDispute example and every value the spec lists for the notification's open fields, plus broken bodies.
import { describe, expect, it } from 'vitest';
import { acceptDisputeResultCodes, commonResultCodes, downloadDisputeEvidenceResultCodes, supplyDefenseDocumentResultCodes } from '../../generated/result-codes.ts';
import { MAX_DISPUTE_EVIDENCE_CHARS, interpretAcceptDispute, interpretDisputeEvidence, interpretDisputeNotification, interpretSupplyDefenseDocument } from '../../src/index.ts';
import type { DisputeNotification, DownloadDisputeEvidenceResponse } from '../../src/index.ts';
import { examplesOf, knownValuesOf, webhookExamplesOf } from './helpers/spec-examples.ts';

const result = (resultCode: string, resultStatus: string) => ({ result: { resultCode, resultStatus } });
/** The refusals that are final for the dispute or ask to wait, each its own kind. */
const REFUSALS: Record<string, string> = {
  REPEAT_REQUEST: 'already-handled',
  TIME_EXCEEDS_LIMIT: 'deadline-passed',
  DEFENSE_EXCEED_LIMIT: 'submission-limit-reached',
  NOT_ALLOW_IN_CURRENT_STATUS: 'validation-pending',
};

describe.each([
  { op: 'acceptDispute', table: acceptDisputeResultCodes, interpret: interpretAcceptDispute, done: 'accepted' },
  { op: 'supplyDefenseDocument', table: supplyDefenseDocumentResultCodes, interpret: interpretSupplyDefenseDocument, done: 'submitted' },
] as const)('$op', ({ op, table, interpret, done }) => {
  const examples = examplesOf(`/v1/payments/${op}`);
  const rows = { ...commonResultCodes, ...table };

  it('takes every code it can answer to its kind with the row and its action', () => {
    expect(Object.keys(examples).sort()).toEqual(Object.keys(rows).sort());
    for (const [code, row] of Object.entries(rows)) {
      const outcome = interpret(examples[code]!.value as never);
      const want = row.status === 'S' ? done : row.status === 'U' ? 'retry' : code in table ? (REFUSALS[code] ?? 'failed') : 'failed';
      expect(outcome.kind, code).toBe(want);
      expect(outcome.entry).toEqual({ ...row, code, known: true });
      expect(outcome.action).toBe(row.action);
    }
  });

  it('returns the dispute id and time of a success', () => {
    const data = examples.SUCCESS!.value as { disputeId: string; disputeResolutionTime: string };
    expect(interpret(data as never)).toMatchObject({ kind: done, disputeId: data.disputeId, disputeResolutionTime: data.disputeResolutionTime });
  });

  it('calls again with the same disputeId on an unlisted U or a missing status; an unlisted F is failed', () => {
    expect(interpret(result('SOMETHING_NEW', 'U') as never)).toMatchObject({ kind: 'retry', status: 'U', action: expect.stringMatching(/same disputeId/) });
    expect(interpret({} as never)).toMatchObject({ kind: 'retry', status: 'missing', action: expect.stringMatching(/same disputeId/) });
    expect(interpret(result('SOMETHING_NEW', 'F') as never)).toMatchObject({ kind: 'failed', entry: { known: false } });
  });
});

it('acceptDispute does not read a compliance-only code as a refusal of its own', () => {
  expect(interpretAcceptDispute(result('DEFENSE_EXCEED_LIMIT', 'F') as never)).toMatchObject({ kind: 'failed', entry: { known: false } });
});

describe('interpretDisputeEvidence', () => {
  const examples = examplesOf('/v1/payments/downloadDisputeEvidence');
  const file = (disputeEvidence: unknown, disputeEvidenceFormat?: unknown) =>
    interpretDisputeEvidence({ ...result('SUCCESS', 'S'), disputeEvidence, disputeEvidenceFormat } as DownloadDisputeEvidenceResponse, {
      disputeId: 'D-1/../x',
      disputeEvidenceType: 'DISPUTE_EVIDENCE_TEMPLATE',
    });
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n');

  it('takes every code it can answer to its kind with the row and its action', () => {
    for (const [code, row] of Object.entries({ ...commonResultCodes, ...downloadDisputeEvidenceResultCodes })) {
      const outcome = interpretDisputeEvidence(examples[code]!.value as DownloadDisputeEvidenceResponse);
      expect(outcome.kind, code).toBe(row.status === 'S' ? 'file' : row.status === 'F' ? 'failed' : 'retry');
      expect(outcome.entry).toEqual({ ...row, code, known: true });
      if (outcome.kind !== 'file') expect(outcome.action).toBe(row.action);
    }
  });

  it("decodes the spec's WORD example to the bytes of a .docx (a ZIP)", () => {
    const data = examples.SUCCESS!.value as { disputeEvidence: string };
    const outcome = interpretDisputeEvidence(data as DownloadDisputeEvidenceResponse);
    expect(outcome).toMatchObject({ kind: 'file', format: 'WORD', extension: 'docx', formatMatches: true, fileName: 'dispute-evidence.docx' });
    expect(outcome.kind === 'file' && Buffer.from(outcome.bytes)).toEqual(Buffer.from(data.disputeEvidence, 'base64'));
  });

  it('names the file after the dispute and what was asked for, with only safe characters', () => {
    expect(file(pdf.toString('base64'), 'PDF')).toMatchObject({ kind: 'file', fileName: 'dispute-D-1x-template.pdf', mediaType: 'application/pdf', formatMatches: true });
    const uploaded = interpretDisputeEvidence({ ...result('SUCCESS', 'S'), disputeEvidence: pdf.toString('base64'), disputeEvidenceFormat: 'PDF' } as DownloadDisputeEvidenceResponse, { disputeId: 'D2', disputeEvidenceType: 'DISPUTE_EVIDENCE_FILE' });
    expect(uploaded).toMatchObject({ fileName: 'dispute-D2-file.pdf', action: expect.stringMatching(/uploaded with supplyDefenseDocument/) });
  });

  it('flags bytes that do not look like the declared format, and reads a format it does not know as opaque bytes', () => {
    const mismatch = file(pdf.toString('base64'), 'JPG');
    expect(mismatch).toMatchObject({ kind: 'file', formatMatches: false, extension: 'jpg' });
    expect(mismatch.action).toMatch(/does not look like a JPG/);
    // PostScript also starts with %: only "%PDF-" is a PDF.
    expect(file(Buffer.from('%!PS-Adobe-3.0\n').toString('base64'), 'PDF')).toMatchObject({ kind: 'file', formatMatches: false });
    expect(file(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]).toString('base64'), 'WORD')).toMatchObject({ extension: 'doc', formatMatches: true });
    expect(file(Buffer.from([0xff, 0xd8, 0xff, 0xe0]).toString('base64'), 'JPG')).toMatchObject({ formatMatches: true });
    expect(file(Buffer.from('PK\x05\x06').toString('base64'), 'ZIP')).toMatchObject({ formatMatches: true });
    expect(file(pdf.toString('base64'), 'HEIC')).toMatchObject({ kind: 'file', extension: 'bin', mediaType: 'application/octet-stream', formatMatches: undefined });
    expect(file(pdf.toString('base64'))).toMatchObject({ kind: 'file', format: undefined, extension: 'bin' });
  });

  it('refuses a missing, oversized or non-Base64 file without decoding it', () => {
    for (const missing of [undefined, '', 42]) expect(file(missing, 'PDF')).toMatchObject({ kind: 'invalid-file', problem: 'missing' });
    for (const bad of ['abc', 'ab=c', 'a===', '****', 'QUJD RA==', 'QUJD\tRA==', 'QUJDRA==QUJD', 'QUJDRA=é']) expect(file(bad, 'PDF'), bad).toMatchObject({ kind: 'invalid-file', problem: 'not-base64' });
    expect(file('A'.repeat(MAX_DISPUTE_EVIDENCE_CHARS + 4), 'PDF')).toMatchObject({ kind: 'invalid-file', problem: 'too-large' });
    expect(file('A'.repeat(MAX_DISPUTE_EVIDENCE_CHARS), 'PDF')).toMatchObject({ kind: 'file', formatMatches: false });
  });

  it('accepts Base64 folded into lines as MIME encoders write it', () => {
    const folded = pdf.toString('base64').replace(/(.{16})/g, '$1\r\n');
    expect(file(folded, 'PDF')).toMatchObject({ kind: 'file', formatMatches: true });
  });

  it('downloads again on an unlisted U or a missing status', () => {
    expect(interpretDisputeEvidence(result('SOMETHING_NEW', 'U') as DownloadDisputeEvidenceResponse)).toMatchObject({ kind: 'retry', action: expect.stringMatching(/download again/) });
    expect(interpretDisputeEvidence(null as never)).toMatchObject({ kind: 'retry', status: 'missing' });
  });
});

describe('interpretDisputeNotification', () => {
  const examples = webhookExamplesOf('notifyDispute');
  const notice = (name: string) => examples[name]!.value as DisputeNotification;
  const KIND_OF_TYPE: Record<string, string> = {
    DISPUTE_CREATED: 'dispute-created',
    DEFENSE_DUE_ALERT: 'defense-due-alert',
    DEFENSE_SUPPLIED: 'defense-supplied',
    DISPUTE_ACCEPTED: 'dispute-accepted',
    DISPUTE_JUDGED: 'dispute-judged',
    DISPUTE_CANCELLED: 'dispute-cancelled',
    RDR_RESOLVED: 'rdr-resolved',
  };

  it('has a kind of its own for every disputeNotificationType the spec lists, and each example reaches it with its ids', () => {
    expect(Object.keys(KIND_OF_TYPE).sort()).toEqual([...knownValuesOf('DisputeNotification', 'disputeNotificationType')].sort());
    for (const [name, { value }] of Object.entries(examples)) {
      const body = value as DisputeNotification;
      const outcome = interpretDisputeNotification(body);
      expect(outcome.kind, name).toBe(KIND_OF_TYPE[String(body.disputeNotificationType)]);
      expect(outcome).toMatchObject({ disputeId: body.disputeId, paymentId: body.paymentId, paymentRequestId: body.paymentRequestId, disputeAmount: body.disputeAmount, disputeType: body.disputeType });
      expect(outcome.message.length).toBeGreaterThan(20);
      expect(outcome.action.length).toBeGreaterThan(10);
    }
  });

  it('DISPUTE_CREATED: funds frozen, defend or accept before the parsed deadline', () => {
    const outcome = interpretDisputeNotification(notice('created'));
    expect(outcome).toMatchObject({
      kind: 'dispute-created', defendable: true, canAccept: true, defenseDueTime: '2024-12-15T09:12:44+08:00', deadline: new Date('2024-12-15T01:12:44Z'),
      disputeReasonCode: '10.4', disputeSource: 'VISA',
    });
    expect(outcome.message).toMatch(/chargeback.*frozen/i);
    expect(outcome.action).toMatch(/downloadDisputeEvidence.*supplyDefenseDocument.*acceptDispute before 2024-12-15T09:12:44\+08:00/);
  });

  it('DISPUTE_CREATED: a retrieval or compliance request cannot be accepted; an undefendable chargeback can only be accepted', () => {
    for (const disputeType of ['RETRIEVAL_REQUEST', 'COMPLIANCE_REQUEST']) {
      const outcome = interpretDisputeNotification({ ...notice('created'), disputeType });
      expect(outcome).toMatchObject({ kind: 'dispute-created', canAccept: false });
      expect(outcome.action).toMatch(/supplyDefenseDocument before 2024-12-15/);
      expect(outcome.action).not.toMatch(/acceptDispute/);
    }
    const undefendable = interpretDisputeNotification({ ...notice('created'), defendable: false });
    expect(undefendable.action).toMatch(/not defendable: accept it with acceptDispute/);
    expect(undefendable.action).not.toMatch(/supplyDefenseDocument/);
    const noDeadline = interpretDisputeNotification({ ...notice('created'), defenseDueTime: 'soon' });
    expect(noDeadline).toMatchObject({ defenseDueTime: 'soon', deadline: undefined });
  });

  it('DEFENSE_DUE_ALERT: act now, with the deadline parsed', () => {
    const outcome = interpretDisputeNotification(notice('defenseDueAlert'));
    expect(outcome).toMatchObject({ kind: 'defense-due-alert', deadline: new Date('2024-12-15T01:12:44Z') });
    expect(outcome.action).toMatch(/^Act now, before 2024-12-15T09:12:44\+08:00/);
  });

  it('DEFENSE_DUE_ALERT: a retrieval or compliance request is answered with documents, never accepted; an undefendable chargeback only accepted', () => {
    for (const disputeType of ['RETRIEVAL_REQUEST', 'COMPLIANCE_REQUEST']) {
      const outcome = interpretDisputeNotification({ ...notice('defenseDueAlert'), disputeType });
      expect(outcome.action, disputeType).toMatch(/^Act now, before 2024-12-15T09:12:44\+08:00: upload .* with supplyDefenseDocument/);
      expect(outcome.action, disputeType).not.toMatch(/acceptDispute|accepted on your behalf/);
    }
    const undefendable = interpretDisputeNotification({ ...notice('defenseDueAlert'), defendable: false } as DisputeNotification);
    expect(undefendable.action).toMatch(/accept it with acceptDispute/);
    expect(undefendable.action).not.toMatch(/supplyDefenseDocument/);
  });

  it('DISPUTE_JUDGED: who keeps the funds, for every result the spec lists; an unknown result is not-stated', () => {
    const judged = (disputeJudgedResult: unknown) => interpretDisputeNotification({ ...notice('judged'), disputeJudgedResult } as DisputeNotification);
    expect(judged('ACCEPT_BY_CUSTOMER')).toMatchObject({ kind: 'dispute-judged', judgement: 'merchant-keeps-funds', disputeJudgedAmount: { currency: 'USD', value: '0' } });
    expect(judged('ACCEPT_BY_CUSTOMER').action).toMatch(/keep the funds/);
    expect(judged('ACCEPT_BY_MERCHANT')).toMatchObject({ judgement: 'merchant-debited', message: expect.stringMatching(/deducted from your settlement/) });
    expect(judged('VALIDATE_FAIL').action).toMatch(/supplyDefenseDocument/);
    const judgements = knownValuesOf('DisputeNotification', 'disputeJudgedResult').map((value) => judged(value));
    expect(new Set(judgements.map((outcome) => outcome.kind === 'dispute-judged' && outcome.judgement)).size).toBe(judgements.length);
    expect(judgements.every((outcome) => outcome.kind === 'dispute-judged' && outcome.judgement !== 'not-stated')).toBe(true);
    expect(judged('SPLIT')).toMatchObject({ judgement: 'not-stated', message: expect.stringContaining('SPLIT') });
    expect(judged(undefined)).toMatchObject({ judgement: 'not-stated' });
  });

  it('DISPUTE_ACCEPTED: says how, for every reason the spec lists', () => {
    const accepted = (disputeAcceptReason: unknown) => interpretDisputeNotification({ ...notice('accepted'), disputeAcceptReason } as DisputeNotification);
    expect(accepted('MERCHANT_ACCEPTED')).toMatchObject({ kind: 'dispute-accepted', disputeAcceptReason: 'MERCHANT_ACCEPTED', disputeAcceptTime: '2024-12-06T15:40:02+08:00' });
    expect(accepted('TIMEOUT').message).toMatch(/deadline passed/);
    const messages = [...knownValuesOf('DisputeNotification', 'disputeAcceptReason'), 'OTHER'].map((reason) => accepted(reason).message);
    expect(new Set(messages).size).toBe(messages.length);
    expect(accepted('MERCHANT_ACCEPTED').action).toMatch(/do not refund the buyer again/);
  });

  it('DEFENSE_SUPPLIED waits for the decision (the validation, for a compliance request); cancelled and RDR need nothing', () => {
    expect(interpretDisputeNotification(notice('defenseSupplied')).action).toMatch(/DISPUTE_JUDGED/);
    expect(interpretDisputeNotification({ ...notice('defenseSupplied'), disputeType: 'COMPLIANCE_REQUEST' }).action).toMatch(/VALIDATE_SUCCESS or VALIDATE_FAIL/);
    expect(interpretDisputeNotification(notice('cancelled')).action).toMatch(/released to you/);
    expect(interpretDisputeNotification(notice('rdrResolved')).message).toMatch(/Rapid Dispute Resolution/);
  });

  it('keeps a type this version does not know, and any broken body, as unknown', () => {
    expect(interpretDisputeNotification({ ...notice('created'), disputeNotificationType: 'EVIDENCE_GENERATED' })).toMatchObject({
      kind: 'unknown', disputeNotificationType: 'EVIDENCE_GENERATED', disputeId: notice('created').disputeId, message: expect.stringContaining('EVIDENCE_GENERATED'),
    });
    for (const body of [null, undefined, 'DISPUTE_CREATED', [], { disputeNotificationType: 7 }, { disputeNotificationType: 'toString' }]) {
      expect(interpretDisputeNotification(body as never)).toMatchObject({ kind: 'unknown' });
    }
  });
});
