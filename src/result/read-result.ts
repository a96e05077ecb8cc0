import type { ResultCodeEntry, ResultStatus } from '../../generated/result-codes.ts';

/** What every interpreter reads from a response's `result` object, whatever the operation. */
export interface ReadResult {
  /** The result code as returned ('' when none came back). */
  readonly code: string;
  /** The code's entry: the operation's own row, else the gateway-wide row; `entry.known` is false for a code neither lists. */
  readonly entry: ResultCodeEntry;
  /** The response's own `resultMessage`, or the table's message when the response has none. */
  readonly message: string;
  /** `S`, `F` or `U`; undefined when the response carries no usable status. */
  readonly status: ResultStatus | undefined;
}

/** Common fields of every interpreted outcome. */
export interface OutcomeBase {
  /** The result code as returned (may be a code the table does not list). */
  readonly code: string;
  /** The code's entry (the operation's own row, else the gateway-wide one); `entry.known` is false for a code neither table lists. */
  readonly entry: ResultCodeEntry;
  /** The response's own message, or the table's when it sent none. */
  readonly message: string;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Reads `data.result` defensively: a response that lost its result object still gets an answer, never a throw. */
export function readResult(data: unknown, lookup: (code: string) => ResultCodeEntry): ReadResult {
  const result = isRecord(data) && isRecord(data.result) ? data.result : {};
  const code = typeof result.resultCode === 'string' ? result.resultCode : '';
  const entry = lookup(code);
  const message = typeof result.resultMessage === 'string' && result.resultMessage !== '' ? result.resultMessage : entry.message;
  const raw = result.resultStatus;
  const status = raw === 'S' || raw === 'F' || raw === 'U' ? raw : undefined;
  return { code, entry, message, status };
}

/**
 * What to do with an answer that has no usable `resultStatus`: when its code is one a table lists as a refusal
 * (`F`), the row's action, since the code says what went wrong (a gateway-wide configuration error such as
 * INVALID_SIGNATURE must not be answered with "query the payment" or "resend"); otherwise `otherwise`.
 */
export function actionWithoutStatus(entry: ResultCodeEntry, otherwise: string): string {
  return entry.known && entry.status === 'F' ? entry.action : otherwise;
}

/** A top-level string field of a response, or undefined. */
export function stringField(data: unknown, name: string): string | undefined {
  if (!isRecord(data)) return undefined;
  const value = data[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A wire boolean: Antom sends the JSON strings "true" / "false"; native booleans are read too. Anything else: undefined. */
export function wireBoolean(value: unknown): boolean | undefined {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  return undefined;
}

/** An `{ currency, value }` amount field of a response, when both are strings; else undefined. */
export function amountField(data: unknown, name: string): { readonly currency: string; readonly value: string } | undefined {
  const value = isRecord(data) ? data[name] : undefined;
  if (!isRecord(value) || typeof value.currency !== 'string' || typeof value.value !== 'string') return undefined;
  return { currency: value.currency, value: value.value };
}

/** ISO 8601 date-time with its offset (a time without one would be read in the server's own zone). */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO 8601 date-time field (with its offset) parsed to a Date; undefined when absent or not such a time. */
export function timeField(data: unknown, name: string): Date | undefined {
  const text = stringField(data, name);
  const at = text !== undefined && DATE_TIME.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(at) ? undefined : new Date(at);
}
