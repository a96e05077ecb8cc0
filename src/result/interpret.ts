import type { PayResultCode, ResultCodeRowOf } from '../../generated/result-codes.ts';
import { lookupPayResultCode, payUnknownResultCode } from '../../generated/result-codes.ts';
import type { components } from '../../generated/schema.ts';
import type { OutcomeBase } from './read-result.ts';
import { actionWithoutStatus, readResult } from './read-result.ts';

export type PayResponse = components['schemas']['PayResponse'];

/** The response fields that carry the cashier address, in the order they are offered. */
export const CONTINUATION_URL_FIELDS = ['applinkUrl', 'normalUrl', 'schemeUrl'] as const;
export type ContinuationUrlField = (typeof CONTINUATION_URL_FIELDS)[number];

/** `S`: the payment succeeded. */
export interface PaySuccess extends OutcomeBase {
  readonly kind: 'success';
  readonly status: 'S';
  readonly paymentId: string | undefined;
}

/** `U` + `PAYMENT_IN_PROCESS` with at least one URL: the payment exists; send the buyer to pay. */
export interface PayRedirect extends OutcomeBase {
  readonly kind: 'redirect';
  readonly status: 'U';
  /** The first URL returned, preferring `normalUrl` (opens in any browser), then `applinkUrl`, then `schemeUrl`. */
  readonly url: string;
  readonly urls: Readonly<Partial<Record<ContinuationUrlField, string>>>;
  /** Android package name returned for APP and WAP terminals. */
  readonly appIdentifier: string | undefined;
  readonly paymentId: string | undefined;
  readonly paymentRequestId: string | undefined;
}

/** `F`: the call failed; act on the code's further action. */
export interface PayFailed extends OutcomeBase {
  readonly kind: 'failed';
  readonly status: 'F';
  readonly action: string;
}

/** `U` otherwise: no payment was created; call pay again with a NEW paymentRequestId. */
export interface PayRetryWithNewId extends OutcomeBase {
  readonly kind: 'retry-with-new-id';
  readonly status: 'U';
  readonly reason: 'unknown-result' | 'in-process-without-url';
  readonly action: string;
}

/**
 * No usable `resultStatus` came back, so pay's result logic cannot say whether a payment exists. Do not create a
 * new one blindly: query the payment (or ask Antom) first. When the code is one a table lists as a refusal (such as
 * the gateway-wide INVALID_SIGNATURE), `action` is that row's action instead.
 */
export interface PayUnknown extends OutcomeBase {
  readonly kind: 'unknown';
  readonly status: 'missing';
  readonly action: string;
}

export type PayOutcome = PaySuccess | PayRedirect | PayFailed | PayRetryWithNewId | PayUnknown;

/**
 * Which branch each code pay can answer leads to (its own codes and the gateway-wide ones), computed from the status
 * of the row a lookup reads (type level).
 */
export type PayOutcomeKindOf<C extends PayResultCode> = C extends 'PAYMENT_IN_PROCESS'
  ? 'redirect' | 'retry-with-new-id'
  : ResultCodeRowOf<'pay', C>['status'] extends infer S
    ? S extends 'S'
      ? 'success'
      : S extends 'F'
        ? 'failed'
        : 'retry-with-new-id'
    : never;

function assertNever(value: never): never {
  throw new Error(`unhandled result status ${String(value)}`);
}

function nonEmpty(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

/**
 * pay's result-process logic as a discriminated union. The response's `resultStatus` decides the branch (a code
 * missing from the tables still gets handled); the generated tables supply message and action: pay's own row, else
 * the gateway-wide one (INVALID_SIGNATURE is `failed` with the gateway-wide action).
 */
export function interpretPayResult(data: PayResponse): PayOutcome {
  const { code, entry, message, status } = readResult(data, lookupPayResultCode);
  if (status === undefined) {
    return { kind: 'unknown', status: 'missing', code, entry, message, action: actionWithoutStatus(entry, payUnknownResultCode.action) };
  }
  switch (status) {
    case 'S':
      return { kind: 'success', status, code, entry, message, paymentId: data.paymentId };
    case 'F':
      return { kind: 'failed', status, code, entry, message, action: entry.action };
    case 'U': {
      if (code !== 'PAYMENT_IN_PROCESS') {
        return { kind: 'retry-with-new-id', status, reason: 'unknown-result', code, entry, message, action: entry.action };
      }
      const urls: Partial<Record<ContinuationUrlField, string>> = {};
      for (const field of CONTINUATION_URL_FIELDS) {
        const value = data[field];
        if (nonEmpty(value)) urls[field] = value;
      }
      const url = urls.normalUrl ?? urls.applinkUrl ?? urls.schemeUrl;
      if (url === undefined) {
        return {
          kind: 'retry-with-new-id',
          status,
          reason: 'in-process-without-url',
          code,
          entry,
          message,
          action: 'No cashier URL came back, so the payment was not created: call pay again with a new paymentRequestId, and contact Antom Technical Support if it keeps happening.',
        };
      }
      return {
        kind: 'redirect',
        status,
        code,
        entry,
        message,
        url,
        urls,
        appIdentifier: data.appIdentifier,
        paymentId: data.paymentId,
        paymentRequestId: data.paymentRequestId,
      };
    }
    default:
      return assertNever(status);
  }
}
