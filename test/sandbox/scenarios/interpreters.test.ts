// The checkout and dispute interpreters on the sandbox's real answers, through the real client: consult over the
// fixture catalogue, payment sessions of every scene, and whole disputes opened through the control API on paid
// payments. Dispute notifications reach a local merchant endpoint (the examples' one: client.verifyNotification,
// typed by kind), are checked against the notifyDispute schema, and are interpreted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AntomNotification, ConsultBody, DisputeNotification } from '../../../src/index.ts';
import {
  interpretAcceptDispute,
  interpretConsult,
  interpretDisputeEvidence,
  interpretDisputeNotification,
  interpretInquiryPayment,
  interpretPaymentSession,
  interpretSupplyDefenseDocument,
} from '../../../src/index.ts';
import type { RunningMock } from '../../../sandbox/server.ts';
import { startExampleMerchant } from '../../../scripts/example-merchant.ts';
import type { ExampleMerchant } from '../../../scripts/example-merchant.ts';
import { requestExample } from '../../contract/helpers/spec.ts';
import { createTestClient } from '../../contract/helpers/test-client.ts';
import { expectValidNotification } from '../helpers/contract.ts';
import { advanceClock, checkedClient, complete, judgeDispute, openDispute, startTestSandbox } from '../helpers/sandbox.ts';
import { FIXTURE_CATALOGUE, sessionBody, sessionPayment } from '../helpers/sessions.ts';
import type { Scene } from '../helpers/sessions.ts';

let sandbox: RunningMock;
let merchant: ExampleMerchant;
let client: ReturnType<typeof checkedClient>;
const DAY = 24 * 3_600_000;

beforeAll(async () => {
  // Verifying a notification needs only the keys and the client ID, so the endpoint can start before the sandbox.
  merchant = await startExampleMerchant(createTestClient({ baseUrl: 'http://127.0.0.1:9' }));
  sandbox = await startTestSandbox({ notifyUrl: `${merchant.url}/antom/dashboard`, settings: { catalogue: FIXTURE_CATALOGUE } });
  client = checkedClient(sandbox.url);
});
afterAll(async () => {
  await sandbox?.close();
  await merchant?.close();
});

const consult = async (currency: string, value: string, extra: Record<string, unknown> = {}) => {
  const { userRegion: _region, ...example } = requestExample('web', 'consult');
  return interpretConsult((await client.consult({ ...example, paymentAmount: { currency, value }, ...extra } as unknown as ConsultBody)).data);
};
const typesOf = (options: ReadonlyArray<{ paymentMethodType: string }>) => options.map((option) => option.paymentMethodType);

describe('consult, interpreted', () => {
  it('when some methods are listed, then the available ones keep Antom\'s order and the others say why', async () => {
    const outcome = await consult('SGD', '1000', { userRegion: 'KR' });
    expect(outcome.kind).toBe('options');
    if (outcome.kind !== 'options') return;
    expect(typesOf(outcome.options)).toEqual(['TEST_WALLET_KR', 'TEST_WALLET_SG', 'TEST_BANK_PL', 'TEST_CARD', 'TEST_ANYWHERE']);
    expect(typesOf(outcome.available)).toEqual(['TEST_WALLET_KR', 'TEST_WALLET_SG', 'TEST_CARD', 'TEST_ANYWHERE']);
    expect(outcome.options[2]).toMatchObject({ enabled: false, disableReason: 'CHANNEL_NOT_SUPPORT_CURRENCY', disabledBecause: expect.stringMatching(/currency/), supportedCurrencies: ['PLN', 'EUR'] });
    expect(outcome.options[3]).toMatchObject({ cardBrands: [{ cardBrand: 'VISA', logo: undefined }], amountLimits: { USD: expect.any(Object) } });
    const limited = await consult('SGD', '99', { allowedPaymentMethodRegions: ['SG', 'GLOBAL'] });
    expect(limited.kind === 'options' && limited.options[0]).toMatchObject({ paymentMethodType: 'TEST_WALLET_SG', enabled: false, disabledBecause: expect.stringMatching(/limits/) });
  });

  it.each([
    ['no method fits the amount', 'SGD', '99', { allowedPaymentMethodRegions: ['SG'] }, 'no-pay-options'],
    ['the only region lacks the currency', 'SGD', '1000', { allowedPaymentMethodRegions: ['PL'] }, 'currency-not-supported'],
  ])('when %s, then the answer is its own kind', async (_name, currency, value, extra, kind) => {
    expect(await consult(currency, value, extra)).toMatchObject({ kind, status: 'F' });
  });
});

describe('payment sessions, interpreted', () => {
  const open = async (scene: Scene, overrides: Record<string, unknown> = {}) => {
    const body = sessionBody(scene, merchant.url, overrides);
    return { body, outcome: interpretPaymentSession((await client.createPaymentSession(body)).data) };
  };

  it('when a Checkout Page session is created, then it hands over the page and the SDK data, and the payment is still open', async () => {
    const { body, outcome } = await open('CHECKOUT_PAYMENT');
    expect(outcome).toMatchObject({ kind: 'created', normalUrl: expect.stringMatching(`^${sandbox.url}/__sandbox/checkout/`), paymentSessionData: expect.any(String), isPaymentResult: false });
    const view = await sessionPayment(sandbox.url, body.paymentRequestId);
    expect(outcome.kind === 'created' && outcome.expiresAt?.getTime()).toBe(Date.parse(view.paymentSessionExpiryTime ?? ''));
    expect((await fetch(outcome.kind === 'created' ? outcome.normalUrl! : '')).status).toBe(200);
    const { data } = await client.inquiryPayment({ paymentRequestId: body.paymentRequestId });
    expect(interpretInquiryPayment(data).kind).toBe('processing');
  });

  it.each(['ELEMENT_PAYMENT', 'EASY_PAY'] as const)('when a %s session is created, then only the SDK data comes back', async (scene) => {
    expect((await open(scene)).outcome).toMatchObject({ kind: 'created', normalUrl: undefined, paymentSessionData: expect.stringMatching(/^SBXSESSION/) });
  });

  it('when the paymentRequestId is reused with another amount or after the session expired, then a new one is needed; a bad field is fixed in place', async () => {
    const { body } = await open('CHECKOUT_PAYMENT');
    const changed = interpretPaymentSession((await client.createPaymentSession({ ...body, paymentAmount: { currency: 'USD', value: '1' } })).data);
    expect(changed).toMatchObject({ kind: 'failed', code: 'REPEAT_REQ_INCONSISTENT', needsNewPaymentRequestId: true });
    await advanceClock(sandbox.url, 61 * 60_000);
    expect(interpretPaymentSession((await client.createPaymentSession(body)).data)).toMatchObject({ kind: 'failed', code: 'ORDER_IS_CLOSED', needsNewPaymentRequestId: true });
    const late = new Date(Date.now() + 3 * DAY).toISOString();
    expect((await open('CHECKOUT_PAYMENT', { paymentSessionExpiryTime: late })).outcome).toMatchObject({ kind: 'failed', code: 'PARAM_ILLEGAL', needsNewPaymentRequestId: false });
  });
});

/** A paid Payment Element session's paymentId (the buyer's part done through the control API). */
async function paidPayment(): Promise<string> {
  const body = sessionBody('ELEMENT_PAYMENT', merchant.url);
  await client.createPaymentSession(body);
  const { paymentId } = await sessionPayment(sandbox.url, body.paymentRequestId);
  expect((await complete(sandbox.url, paymentId, 'SUCCESS')).status).toBe(200);
  return paymentId;
}

/** The dispute notifications of a dispute, as client.verifyNotification typed them, each checked against the schema. */
function notices(disputeId: string): DisputeNotification[] {
  const dispute = merchant.notices.filter((notice): notice is Extract<AntomNotification, { kind: 'dispute' }> => notice.kind === 'dispute');
  const bodies = dispute.filter((notice) => notice.body.disputeId === disputeId).map((notice) => notice.body);
  for (const body of bodies) expectValidNotification('notifyDispute', body);
  return bodies;
}
const latest = (disputeId: string) => interpretDisputeNotification(notices(disputeId).at(-1)!);
const settle = () => advanceClock(sandbox.url, 0);
const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`).toString('base64');

describe('a chargeback, interpreted at every step', () => {
  it('when it is opened, defended with the completed template and judged for the merchant, then each answer and notification says what to do', async () => {
    const paymentId = await paidPayment();
    const { data: opened } = await openDispute(sandbox.url, paymentId, { disputeAmount: { currency: 'EUR', value: '4000' } });
    const { disputeId } = opened;
    const created = latest(disputeId);
    expect(created).toMatchObject({ kind: 'dispute-created', disputeType: 'CHARGEBACK', canAccept: true, paymentId, disputeAmount: { currency: 'EUR', value: '4000' } });
    expect(created.kind === 'dispute-created' && created.deadline?.getTime()).toBe(Date.parse(opened.defenseDueTime));
    expect(created.action).toContain(`before ${opened.defenseDueTime}`);

    const early = { disputeId, disputeEvidenceType: 'DISPUTE_EVIDENCE_FILE' } as const;
    expect(interpretDisputeEvidence((await client.downloadDisputeEvidence(early)).data, early)).toMatchObject({ kind: 'failed', code: 'PARAM_ILLEGAL' });
    const asked = { disputeId, disputeEvidenceType: 'DISPUTE_EVIDENCE_TEMPLATE' } as const;
    const template = interpretDisputeEvidence((await client.downloadDisputeEvidence(asked)).data, asked);
    expect(template).toMatchObject({ kind: 'file', format: 'PDF', formatMatches: true, fileName: `dispute-${disputeId}-template.pdf`, mediaType: 'application/pdf' });
    if (template.kind !== 'file') return;
    expect(Buffer.from(template.bytes).toString('latin1')).toContain(`(Payment ID: ${paymentId})`);

    const letter = Buffer.from(template.bytes).toString('base64');
    expect(interpretSupplyDefenseDocument((await client.supplyDefenseDocument({ disputeId, disputeEvidence: letter })).data)).toMatchObject({ kind: 'submitted', disputeId });
    await settle();
    expect(latest(disputeId)).toMatchObject({ kind: 'defense-supplied', action: expect.stringMatching(/DISPUTE_JUDGED/) });
    expect(interpretSupplyDefenseDocument((await client.supplyDefenseDocument({ disputeId, disputeEvidence: pdf('again') })).data)).toMatchObject({ kind: 'already-handled' });
    expect(interpretAcceptDispute((await client.acceptDispute({ disputeId })).data)).toMatchObject({ kind: 'already-handled', code: 'REPEAT_REQUEST' });
    const uploaded = { disputeId, disputeEvidenceType: 'DISPUTE_EVIDENCE_FILE' } as const;
    const back = interpretDisputeEvidence((await client.downloadDisputeEvidence(uploaded)).data, uploaded);
    expect(back).toMatchObject({ kind: 'file', fileName: `dispute-${disputeId}-file.pdf` });
    expect(back.kind === 'file' && Buffer.from(back.bytes)).toEqual(Buffer.from(template.bytes));

    expect((await judgeDispute(sandbox.url, disputeId, { disputeJudgedResult: 'ACCEPT_BY_CUSTOMER' })).status).toBe(200);
    expect(latest(disputeId)).toMatchObject({ kind: 'dispute-judged', judgement: 'merchant-keeps-funds', disputeJudgedResult: 'ACCEPT_BY_CUSTOMER' });
    expect(notices(disputeId).map((body) => body.disputeNotificationType)).toEqual(['DISPUTE_CREATED', 'DEFENSE_SUPPLIED', 'DISPUTE_JUDGED']);
  });

  it('when a defended chargeback is decided against the merchant, then the funds are debited', async () => {
    const { data } = await openDispute(sandbox.url, await paidPayment());
    await client.supplyDefenseDocument({ disputeId: data.disputeId, disputeEvidence: pdf('defense') });
    await judgeDispute(sandbox.url, data.disputeId, { disputeJudgedResult: 'ACCEPT_BY_MERCHANT' });
    expect(latest(data.disputeId)).toMatchObject({ kind: 'dispute-judged', judgement: 'merchant-debited', action: expect.stringMatching(/do not refund the buyer again/) });
  });

  it('when the merchant accepts, then DISPUTE_ACCEPTED says so', async () => {
    const { data } = await openDispute(sandbox.url, await paidPayment());
    expect(interpretAcceptDispute((await client.acceptDispute({ disputeId: data.disputeId })).data)).toMatchObject({ kind: 'accepted', disputeId: data.disputeId });
    await settle();
    expect(latest(data.disputeId)).toMatchObject({ kind: 'dispute-accepted', disputeAcceptReason: 'MERCHANT_ACCEPTED' });
  });

  it('when nothing is done, then the alert comes a day before, then the chargeback is accepted at the deadline and the API answers deadline-passed', async () => {
    const { data } = await openDispute(sandbox.url, await paidPayment());
    await advanceClock(sandbox.url, 6 * DAY);
    const alert = latest(data.disputeId);
    expect(alert).toMatchObject({ kind: 'defense-due-alert', defenseDueTime: data.defenseDueTime });
    expect(alert.kind === 'defense-due-alert' && alert.deadline?.getTime()).toBe(Date.parse(data.defenseDueTime));
    await advanceClock(sandbox.url, DAY);
    expect(latest(data.disputeId)).toMatchObject({ kind: 'dispute-accepted', disputeAcceptReason: 'TIMEOUT', message: expect.stringMatching(/deadline passed/) });
    expect(interpretAcceptDispute((await client.acceptDispute({ disputeId: data.disputeId })).data)).toMatchObject({ kind: 'deadline-passed' });
    expect(interpretSupplyDefenseDocument((await client.supplyDefenseDocument({ disputeId: data.disputeId, disputeEvidence: pdf('late') })).data)).toMatchObject({ kind: 'deadline-passed' });
  });
});

describe('retrieval and compliance requests, interpreted', () => {
  it('when a retrieval request is opened, then it cannot be accepted and documents are asked for', async () => {
    const { data } = await openDispute(sandbox.url, await paidPayment(), { disputeType: 'RETRIEVAL_REQUEST' });
    const created = latest(data.disputeId);
    expect(created).toMatchObject({ kind: 'dispute-created', disputeType: 'RETRIEVAL_REQUEST', canAccept: false });
    expect(created.action).not.toMatch(/acceptDispute/);
  });

  it('when compliance material is uploaded, validated as failed and uploaded again to the limit, then each answer has its kind', async () => {
    const { data } = await openDispute(sandbox.url, await paidPayment(), { disputeType: 'COMPLIANCE_REQUEST' });
    const { disputeId } = data;
    const supply = async (n: number) => interpretSupplyDefenseDocument((await client.supplyDefenseDocument({ disputeId, disputeEvidence: pdf(`material ${n}`) })).data);
    expect(await supply(1)).toMatchObject({ kind: 'submitted' });
    expect(await supply(2)).toMatchObject({ kind: 'validation-pending', code: 'NOT_ALLOW_IN_CURRENT_STATUS' });
    await settle();
    expect(latest(disputeId)).toMatchObject({ kind: 'defense-supplied', action: expect.stringMatching(/VALIDATE_SUCCESS or VALIDATE_FAIL/) });
    for (const n of [2, 3]) {
      await judgeDispute(sandbox.url, disputeId, { disputeJudgedResult: 'VALIDATE_FAIL' });
      expect(latest(disputeId)).toMatchObject({ kind: 'dispute-judged', judgement: 'validation-failed' });
      expect(await supply(n)).toMatchObject({ kind: 'submitted' });
    }
    await judgeDispute(sandbox.url, disputeId, { disputeJudgedResult: 'VALIDATE_FAIL' });
    expect(await supply(4)).toMatchObject({ kind: 'submission-limit-reached', code: 'DEFENSE_EXCEED_LIMIT' });
  });
});
