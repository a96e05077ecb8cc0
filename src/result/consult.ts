import type { ConsultResultCode } from '../../generated/result-codes.ts';
import { lookupConsultResultCode } from '../../generated/result-codes.ts';
import type { components } from '../../generated/schema.ts';
import type { ConsultOption } from './consult-option.ts';
import { readConsultOption } from './consult-option.ts';
import type { OutcomeBase } from './read-result.ts';
import { isRecord, readResult } from './read-result.ts';
import type { RetryOutcome } from './retry.ts';
import { retryOutcome } from './retry.ts';

export type ConsultResponse = components['schemas']['ConsultResponse'];

/** `S` with at least one enabled method: show `available` in this order; grey out or hide the rest of `options`. */
export interface ConsultOptionsListed extends OutcomeBase {
  readonly kind: 'options';
  readonly status: 'S';
  /** Every method listed, in Antom's order (disabled ones included, with why). */
  readonly options: readonly ConsultOption[];
  /** The enabled methods, in Antom's order: what the buyer can choose. */
  readonly available: readonly ConsultOption[];
  readonly action: string;
}

/**
 * Nothing the buyer can pay with: NO_PAY_OPTIONS, or a successful answer whose every method is disabled (`options`
 * then says why each one is).
 */
export interface ConsultNoPayOptions extends OutcomeBase {
  readonly kind: 'no-pay-options';
  readonly status: 'S' | 'F';
  readonly options: readonly ConsultOption[];
  readonly action: string;
}

/** CURRENCY_NOT_SUPPORT: no method of the contract takes this currency. */
export interface ConsultCurrencyNotSupported extends OutcomeBase {
  readonly kind: 'currency-not-supported';
  readonly status: 'F';
  readonly action: string;
}

/** Any other `F` (PARAM_ILLEGAL, a gateway-wide code such as INVALID_SIGNATURE…): act on the code. */
export interface ConsultFailed extends OutcomeBase {
  readonly kind: 'failed';
  readonly status: 'F';
  readonly action: string;
}

export type ConsultOutcome = ConsultOptionsListed | ConsultNoPayOptions | ConsultCurrencyNotSupported | ConsultFailed | RetryOutcome;

const NO_PAY_OPTIONS = 'NO_PAY_OPTIONS' satisfies ConsultResultCode;
const CURRENCY_NOT_SUPPORT = 'CURRENCY_NOT_SUPPORT' satisfies ConsultResultCode;
const NONE_ENABLED =
  'Every method listed is disabled for this amount, currency and environment: offer no Antom method for it; each option says why it is disabled.';
const SHOW = 'Show the available methods in the order given, with their logos; hide or grey out the others (disabledBecause says why).';
const RETRY = 'The outcome is unknown: consult again (it creates nothing); contact Antom Technical Support if it repeats.';

/** paymentOptions, or paymentMethodInfos (the shorter list some integrations answer with) when there is none. */
function readOptions(data: unknown): ConsultOption[] {
  const record = isRecord(data) ? data : {};
  const fromOptions = Array.isArray(record.paymentOptions) || !Array.isArray(record.paymentMethodInfos);
  const entries: readonly unknown[] = fromOptions ? (Array.isArray(record.paymentOptions) ? record.paymentOptions : []) : (record.paymentMethodInfos as unknown[]);
  return entries.flatMap((entry) => readConsultOption(entry, fromOptions) ?? []);
}

/**
 * consult's answer as a discriminated union: the methods to show, in Antom's order, each with whether it is enabled
 * (the wire's "true"/"false" or a native boolean) and, when not, why. NO_PAY_OPTIONS and CURRENCY_NOT_SUPPORT are
 * their own kinds; gateway-wide codes are read through the lookup. consult creates nothing. Never throws.
 */
export function interpretConsult(data: ConsultResponse): ConsultOutcome {
  const read = readResult(data, lookupConsultResultCode);
  const { code, entry, message, status } = read;
  const base = { code, entry, message };
  if (status === 'F') {
    if (code === NO_PAY_OPTIONS) return { kind: 'no-pay-options', status, ...base, options: [], action: entry.action };
    if (code === CURRENCY_NOT_SUPPORT) return { kind: 'currency-not-supported', status, ...base, action: entry.action };
    return { kind: 'failed', status, ...base, action: entry.action };
  }
  if (status !== 'S') return retryOutcome(read, RETRY);
  const options = readOptions(data);
  const available = options.filter((option) => option.enabled);
  if (available.length === 0) return { kind: 'no-pay-options', status, ...base, options, action: NONE_ENABLED };
  return { kind: 'options', status, ...base, options, available, action: entry.known && entry.status === 'S' ? entry.action : SHOW };
}
