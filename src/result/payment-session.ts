import type { CreatePaymentSessionResultCode } from '../../generated/result-codes.ts';
import { lookupCreatePaymentSessionResultCode } from '../../generated/result-codes.ts';
import type { components } from '../../generated/schema.ts';
import type { OutcomeBase } from './read-result.ts';
import { readResult, stringField, timeField } from './read-result.ts';
import type { RetryOutcome } from './retry.ts';
import { retryOutcome } from './retry.ts';

export type CreatePaymentSessionResponse = components['schemas']['CreatePaymentSessionResponse'];

const NOT_A_RESULT =
  'This is not a payment result: the payment is decided later and arrives as notifyPayment, or ask inquiryPayment with the paymentRequestId.';

/**
 * `S`: the session exists. Give the front end what it needs: `normalUrl` for the hosted Checkout Page (redirect the
 * buyer there), `paymentSessionData` for the embedded Checkout Page, the Payment Element or EasySafePay (pass it
 * unchanged to Antom's client SDK). Nothing is paid yet (`isPaymentResult: false`).
 */
export interface PaymentSessionCreated extends OutcomeBase {
  readonly kind: 'created';
  readonly status: 'S';
  /** The hosted Antom Checkout Page of the session: send the buyer there. */
  readonly normalUrl: string | undefined;
  /** Session data for Antom's client SDK (embedded Checkout Page, Payment Element, EasySafePay). */
  readonly paymentSessionData: string | undefined;
  readonly paymentSessionId: string | undefined;
  /** The expiry as Antom sent it (ISO 8601). */
  readonly paymentSessionExpiryTime: string | undefined;
  /** `paymentSessionExpiryTime` parsed; undefined when absent or not a date-time with an offset. */
  readonly expiresAt: Date | undefined;
  /** Always false: a created session says nothing about the payment. */
  readonly isPaymentResult: false;
  readonly action: string;
}

/** `S` without `normalUrl` or `paymentSessionData`: the front end has nothing to open. */
export interface PaymentSessionWithoutData extends OutcomeBase {
  readonly kind: 'created-without-data';
  readonly status: 'S';
  readonly paymentSessionId: string | undefined;
  readonly isPaymentResult: false;
  readonly action: string;
}

/** `F`: no session was created; act on the code. */
export interface PaymentSessionFailed extends OutcomeBase {
  readonly kind: 'failed';
  readonly status: 'F';
  /**
   * True when this paymentRequestId cannot be used again for what you want to do (ORDER_IS_CLOSED: its payment
   * failed or expired; REPEAT_REQ_INCONSISTENT: it was used with other values): create the session with a new one.
   */
  readonly needsNewPaymentRequestId: boolean;
  readonly action: string;
}

export type PaymentSessionOutcome = PaymentSessionCreated | PaymentSessionWithoutData | PaymentSessionFailed | RetryOutcome;

/** The codes after which the same paymentRequestId cannot create the session the merchant wants. */
const NEW_ID_CODES: ReadonlySet<string> = new Set(['ORDER_IS_CLOSED', 'REPEAT_REQ_INCONSISTENT'] satisfies CreatePaymentSessionResultCode[]);

const RETRY =
  'Whether a session was created is unknown: send the identical request again with the same paymentRequestId; before creating a session with a new paymentRequestId, check the old one with inquiryPayment.';

function createdAction(normalUrl: string | undefined, paymentSessionData: string | undefined): string {
  const hosted = 'Hosted Checkout Page: redirect the buyer to normalUrl.';
  const sdk = "Embedded Checkout Page, Payment Element or EasySafePay: pass paymentSessionData unchanged to Antom's client SDK.";
  const use = normalUrl !== undefined && paymentSessionData !== undefined ? `${hosted} ${sdk}` : normalUrl !== undefined ? hosted : sdk;
  return `${use} ${NOT_A_RESULT}`;
}

/**
 * createPaymentSession's answer as a discriminated union: what to hand the front end (`created`), or why there is no
 * session. Gateway-wide codes are read through the lookup (INVALID_SIGNATURE is `failed` with its own action). A
 * created session is never a payment result. Never throws.
 */
export function interpretPaymentSession(data: CreatePaymentSessionResponse): PaymentSessionOutcome {
  const read = readResult(data, lookupCreatePaymentSessionResultCode);
  const { code, entry, message, status } = read;
  if (status === 'F') return { kind: 'failed', status, code, entry, message, needsNewPaymentRequestId: NEW_ID_CODES.has(code), action: entry.action };
  if (status !== 'S') return retryOutcome(read, RETRY);
  const normalUrl = stringField(data, 'normalUrl');
  const paymentSessionData = stringField(data, 'paymentSessionData');
  const paymentSessionId = stringField(data, 'paymentSessionId');
  if (normalUrl === undefined && paymentSessionData === undefined) {
    return {
      kind: 'created-without-data',
      status,
      code,
      entry,
      message,
      paymentSessionId,
      isPaymentResult: false,
      action:
        'The answer has neither normalUrl nor paymentSessionData, so the buyer cannot be sent anywhere. Check the paymentRequestId with inquiryPayment, then create the session again with a new paymentRequestId; contact Antom Technical Support if it repeats.',
    };
  }
  return {
    kind: 'created',
    status,
    code,
    entry,
    message,
    normalUrl,
    paymentSessionData,
    paymentSessionId,
    paymentSessionExpiryTime: stringField(data, 'paymentSessionExpiryTime'),
    expiresAt: timeField(data, 'paymentSessionExpiryTime'),
    isPaymentResult: false,
    action: createdAction(normalUrl, paymentSessionData),
  };
}
