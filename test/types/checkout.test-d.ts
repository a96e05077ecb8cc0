// The checkout and dispute interpreters' unions: each takes the data as the client returns it (no cast), narrows
// on `kind` to the fields of that branch, lists exactly its kinds, and is exhaustive; the dispute notification kind
// narrows `body` to DisputeNotification on every verifier, with disputeNotificationType as the spec's open list.
import { describe, expectTypeOf, it } from 'vitest';
import type {
  AcceptDisputeOutcome,
  AntomClient,
  AntomNotification,
  ConsultOption,
  ConsultOutcome,
  CreatePaymentSessionBody,
  DisputeEvidenceOutcome,
  DisputeJudgement,
  DisputeNotification,
  DisputeNotificationOutcome,
  IncomingNotification,
  NodeWebhookRequest,
  PaymentSessionOutcome,
  ResultCodeEntry,
  SupplyDefenseDocumentOutcome,
} from '../../src/index.ts';
import {
  interpretAcceptDispute,
  interpretConsult,
  interpretDisputeEvidence,
  interpretDisputeNotification,
  interpretPaymentSession,
  interpretSupplyDefenseDocument,
} from '../../src/index.ts';

declare const client: AntomClient;
declare const sessionBody: CreatePaymentSessionBody;
declare const incoming: IncomingNotification;
declare const nodeRequest: NodeWebhookRequest;

/** Only a value of type never fits: the switch above handled every kind. */
const exhaustive = (value: never): never => value;

describe('the interpreters take what the client returns and list their kinds', () => {
  it('createPaymentSession → PaymentSessionOutcome', async () => {
    const outcome = interpretPaymentSession((await client.createPaymentSession(sessionBody)).data);
    expectTypeOf(outcome).toEqualTypeOf<PaymentSessionOutcome>();
    expectTypeOf(outcome.kind).toEqualTypeOf<'created' | 'created-without-data' | 'failed' | 'retry'>();
    expectTypeOf(outcome.entry).toEqualTypeOf<ResultCodeEntry>();
    switch (outcome.kind) {
      case 'created':
        expectTypeOf(outcome.normalUrl).toEqualTypeOf<string | undefined>();
        expectTypeOf(outcome.paymentSessionData).toEqualTypeOf<string | undefined>();
        expectTypeOf(outcome.expiresAt).toEqualTypeOf<Date | undefined>();
        expectTypeOf(outcome.isPaymentResult).toEqualTypeOf<false>();
        break;
      case 'created-without-data':
        // @ts-expect-error only a created session has a URL
        void outcome.normalUrl;
        break;
      case 'failed':
        expectTypeOf(outcome.needsNewPaymentRequestId).toEqualTypeOf<boolean>();
        break;
      case 'retry':
        expectTypeOf(outcome.status).toEqualTypeOf<'U' | 'missing'>();
        break;
      default:
        exhaustive(outcome);
    }
  });

  it('consult → ConsultOutcome', async () => {
    const outcome = interpretConsult((await client.consult({ productCode: 'CASHIER_PAYMENT', paymentAmount: { currency: 'USD', value: '1' }, env: { terminalType: 'WEB' } })).data);
    expectTypeOf(outcome).toEqualTypeOf<ConsultOutcome>();
    expectTypeOf(outcome.kind).toEqualTypeOf<'options' | 'no-pay-options' | 'currency-not-supported' | 'failed' | 'retry'>();
    switch (outcome.kind) {
      case 'options':
        expectTypeOf(outcome.available).toEqualTypeOf<readonly ConsultOption[]>();
        break;
      case 'no-pay-options':
        expectTypeOf(outcome.status).toEqualTypeOf<'S' | 'F'>();
        expectTypeOf(outcome.options).toEqualTypeOf<readonly ConsultOption[]>();
        // @ts-expect-error nothing is available here
        void outcome.available;
        break;
      case 'currency-not-supported':
      case 'failed':
      case 'retry':
        expectTypeOf(outcome.action).toBeString();
        break;
      default:
        exhaustive(outcome);
    }
    expectTypeOf<ConsultOption['enabled']>().toEqualTypeOf<boolean>();
    const reason = {} as Exclude<ConsultOption['disableReason'], undefined>;
    expectTypeOf<Extract<typeof reason, 'SERVICE_DEGRADE'>>().toEqualTypeOf<'SERVICE_DEGRADE'>();
    expectTypeOf<'A_NEW_REASON'>().toMatchTypeOf<typeof reason>();
  });

  it('acceptDispute and supplyDefenseDocument → their outcomes', async () => {
    const accepted = interpretAcceptDispute((await client.acceptDispute({ disputeId: 'd' })).data);
    expectTypeOf(accepted).toEqualTypeOf<AcceptDisputeOutcome>();
    expectTypeOf(accepted.kind).toEqualTypeOf<'accepted' | 'already-handled' | 'deadline-passed' | 'failed' | 'retry'>();
    if (accepted.kind === 'accepted') expectTypeOf(accepted.disputeResolutionTime).toEqualTypeOf<string | undefined>();
    const supplied = interpretSupplyDefenseDocument((await client.supplyDefenseDocument({ disputeId: 'd', disputeEvidence: 'QQ==' })).data);
    expectTypeOf(supplied).toEqualTypeOf<SupplyDefenseDocumentOutcome>();
    expectTypeOf(supplied.kind).toEqualTypeOf<'submitted' | 'already-handled' | 'deadline-passed' | 'submission-limit-reached' | 'validation-pending' | 'failed' | 'retry'>();
  });

  it('downloadDisputeEvidence → DisputeEvidenceOutcome, with the bytes only on a file', async () => {
    const request = { disputeId: 'd', disputeEvidenceType: 'DISPUTE_EVIDENCE_TEMPLATE' } as const;
    const outcome = interpretDisputeEvidence((await client.downloadDisputeEvidence(request)).data, request);
    expectTypeOf(outcome).toEqualTypeOf<DisputeEvidenceOutcome>();
    expectTypeOf(outcome.kind).toEqualTypeOf<'file' | 'invalid-file' | 'failed' | 'retry'>();
    if (outcome.kind === 'file') {
      expectTypeOf(outcome.bytes).toEqualTypeOf<Uint8Array>();
      expectTypeOf(outcome.formatMatches).toEqualTypeOf<boolean | undefined>();
      expectTypeOf<Extract<Exclude<typeof outcome.format, undefined>, 'PDF'>>().toEqualTypeOf<'PDF'>();
    }
    if (outcome.kind === 'invalid-file') expectTypeOf(outcome.problem).toEqualTypeOf<'missing' | 'too-large' | 'not-base64'>();
    // @ts-expect-error only a file has bytes
    void outcome.bytes;
  });
});

describe('dispute notifications', () => {
  it('every verifier returns AntomNotification, whose dispute kind narrows body and keeps the open list', async () => {
    expectTypeOf(client.verifyNotification(incoming)).toEqualTypeOf<AntomNotification>();
    expectTypeOf(client.verifyNotificationAsync(incoming)).toEqualTypeOf<Promise<AntomNotification>>();
    expectTypeOf(client.verifyWebhook(new Request('http://127.0.0.1/'))).toEqualTypeOf<Promise<AntomNotification>>();
    expectTypeOf(client.verifyNodeWebhook(nodeRequest)).toEqualTypeOf<Promise<AntomNotification>>();
    const notice = await client.verifyWebhook(new Request('http://127.0.0.1/'));
    if (notice.kind !== 'dispute') return;
    expectTypeOf(notice.body).toEqualTypeOf<DisputeNotification>();
    expectTypeOf(notice.notifyType).toEqualTypeOf<undefined>();
    type Type = typeof notice.disputeNotificationType;
    expectTypeOf<Type>().not.toEqualTypeOf<string>();
    expectTypeOf<Extract<Type, 'DISPUTE_CREATED' | 'DISPUTE_JUDGED'>>().toEqualTypeOf<'DISPUTE_CREATED' | 'DISPUTE_JUDGED'>();
    expectTypeOf<'A_NEW_EVENT'>().toMatchTypeOf<Type>();
    expectTypeOf(interpretDisputeNotification(notice.body)).toEqualTypeOf<DisputeNotificationOutcome>();
  });

  it('interpretDisputeNotification narrows on kind', () => {
    const outcome = {} as DisputeNotificationOutcome;
    expectTypeOf(outcome.kind).toEqualTypeOf<
      'dispute-created' | 'defense-due-alert' | 'defense-supplied' | 'dispute-accepted' | 'dispute-judged' | 'dispute-cancelled' | 'rdr-resolved' | 'unknown'
    >();
    switch (outcome.kind) {
      case 'dispute-created':
        expectTypeOf(outcome.deadline).toEqualTypeOf<Date | undefined>();
        expectTypeOf(outcome.canAccept).toEqualTypeOf<boolean>();
        break;
      case 'defense-due-alert':
        expectTypeOf(outcome.deadline).toEqualTypeOf<Date | undefined>();
        break;
      case 'dispute-judged':
        expectTypeOf(outcome.judgement).toEqualTypeOf<DisputeJudgement>();
        expectTypeOf<DisputeJudgement>().toEqualTypeOf<'merchant-keeps-funds' | 'merchant-debited' | 'validation-passed' | 'validation-failed' | 'not-stated'>();
        break;
      case 'dispute-accepted':
        expectTypeOf<Extract<Exclude<typeof outcome.disputeAcceptReason, undefined>, 'TIMEOUT'>>().toEqualTypeOf<'TIMEOUT'>();
        break;
      case 'defense-supplied':
      case 'dispute-cancelled':
      case 'rdr-resolved':
      case 'unknown':
        // @ts-expect-error only an open dispute has a deadline
        void outcome.deadline;
        break;
      default:
        exhaustive(outcome);
    }
    expectTypeOf(outcome.action).toBeString();
    expectTypeOf(outcome.message).toBeString();
  });
});
