import type { AcceptDisputeResultCode, ResultCodeEntry, SupplyDefenseDocumentResultCode } from '../../generated/result-codes.ts';
import { lookupAcceptDisputeResultCode, lookupSupplyDefenseDocumentResultCode } from '../../generated/result-codes.ts';
import type { components } from '../../generated/schema.ts';
import type { OutcomeBase } from './read-result.ts';
import { readResult, stringField } from './read-result.ts';
import type { RetryOutcome } from './retry.ts';
import { retryOutcome } from './retry.ts';

export type AcceptDisputeResponse = components['schemas']['AcceptDisputeResponse'];
export type SupplyDefenseDocumentResponse = components['schemas']['SupplyDefenseDocumentResponse'];

/** `S`: the dispute is accepted (`accepted`) or the document submitted (`submitted`). */
export interface DisputeRequestDone<Kind extends 'accepted' | 'submitted'> extends OutcomeBase {
  readonly kind: Kind;
  readonly status: 'S';
  readonly disputeId: string | undefined;
  /** When Antom recorded it, as sent (normally ISO 8601). */
  readonly disputeResolutionTime: string | undefined;
  readonly action: string;
}

/**
 * An `F` that is final for this dispute, or asks you to wait: `already-handled` (REPEAT_REQUEST: it was already
 * accepted or defended), `deadline-passed` (TIME_EXCEEDS_LIMIT: defenseDueTime is over), and for supplyDefenseDocument
 * on a compliance request `submission-limit-reached` (DEFENSE_EXCEED_LIMIT) and `validation-pending`
 * (NOT_ALLOW_IN_CURRENT_STATUS: wait for the validation result before uploading again).
 */
export interface DisputeRequestRefused<Kind extends DisputeRefusalKind> extends OutcomeBase {
  readonly kind: Kind;
  readonly status: 'F';
  readonly action: string;
}
export type DisputeRefusalKind = 'already-handled' | 'deadline-passed' | 'submission-limit-reached' | 'validation-pending';

/** Any other `F` (PARAM_ILLEGAL, a gateway-wide code…): act on the code. */
export interface DisputeRequestFailed extends OutcomeBase {
  readonly kind: 'failed';
  readonly status: 'F';
  readonly action: string;
}

/** acceptDispute: `accepted`, refused for good, `failed`, or `retry` (U / no status: call again with the same disputeId). */
export type AcceptDisputeOutcome =
  | DisputeRequestDone<'accepted'>
  | DisputeRequestRefused<'already-handled' | 'deadline-passed'>
  | DisputeRequestFailed
  | RetryOutcome;

/** supplyDefenseDocument: `submitted`, refused (four kinds), `failed`, or `retry` (same disputeId and document). */
export type SupplyDefenseDocumentOutcome =
  | DisputeRequestDone<'submitted'>
  | DisputeRequestRefused<DisputeRefusalKind>
  | DisputeRequestFailed
  | RetryOutcome;

const ACCEPT_REFUSALS = { REPEAT_REQUEST: 'already-handled', TIME_EXCEEDS_LIMIT: 'deadline-passed' } as const satisfies Partial<Record<AcceptDisputeResultCode, DisputeRefusalKind>>;
const SUPPLY_REFUSALS = {
  ...ACCEPT_REFUSALS,
  DEFENSE_EXCEED_LIMIT: 'submission-limit-reached',
  NOT_ALLOW_IN_CURRENT_STATUS: 'validation-pending',
} as const satisfies Partial<Record<SupplyDefenseDocumentResultCode, DisputeRefusalKind>>;

function interpretDisputeRequest<Kind extends 'accepted' | 'submitted', Refusal extends DisputeRefusalKind>(
  data: unknown,
  lookup: (code: string) => ResultCodeEntry,
  done: { kind: Kind; action: string },
  refusals: Readonly<Partial<Record<string, Refusal>>>,
  retry: string,
): DisputeRequestDone<Kind> | DisputeRequestRefused<Refusal> | DisputeRequestFailed | RetryOutcome {
  const read = readResult(data, lookup);
  const { code, entry, message, status } = read;
  const base = { code, entry, message };
  switch (status) {
    case 'S':
      return {
        kind: done.kind,
        status,
        ...base,
        disputeId: stringField(data, 'disputeId'),
        disputeResolutionTime: stringField(data, 'disputeResolutionTime'),
        action: entry.known && entry.status === 'S' ? entry.action : done.action,
      };
    case 'F': {
      const kind = Object.hasOwn(refusals, code) ? refusals[code] : undefined;
      return kind === undefined ? { kind: 'failed', status, ...base, action: entry.action } : { kind, status, ...base, action: entry.action };
    }
    default:
      return retryOutcome(read, retry);
  }
}

/** acceptDispute's answer as a discriminated union; gateway-wide codes read through the lookup. Never throws. */
export function interpretAcceptDispute(data: AcceptDisputeResponse): AcceptDisputeOutcome {
  return interpretDisputeRequest(
    data,
    lookupAcceptDisputeResultCode,
    { kind: 'accepted', action: 'Accepted: the disputed amount goes back to the buyer. Nothing more to do for this dispute.' },
    ACCEPT_REFUSALS,
    'Whether the dispute was accepted is unknown: call acceptDispute again with the same disputeId (a REPEAT_REQUEST answer then means it was).',
  );
}

/** supplyDefenseDocument's answer as a discriminated union; gateway-wide codes read through the lookup. Never throws. */
export function interpretSupplyDefenseDocument(data: SupplyDefenseDocumentResponse): SupplyDefenseDocumentOutcome {
  return interpretDisputeRequest(
    data,
    lookupSupplyDefenseDocumentResultCode,
    { kind: 'submitted', action: 'Submitted: wait for the dispute notifications that follow (defense supplied, then the decision).' },
    SUPPLY_REFUSALS,
    'Whether the document was accepted is unknown: call supplyDefenseDocument again with the same disputeId and document (a REPEAT_REQUEST answer then means it was).',
  );
}
