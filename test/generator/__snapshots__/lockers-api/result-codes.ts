// Generated from test/fixtures/lockers-api/openapi.yaml (Parcel lockers 2.3.0) by generator/. Do not edit.
// Regenerate with `npm run generate`; CI fails when this file differs from what the spec generates.

/**
 * Result status of a call, as returned in the result object.
 * - `OK`: Done. The compartment is held for you.
 * - `RETRY`: Try later. Nothing was reserved; try again.
 * - `ERR`: Refused. The request cannot succeed as sent.
 */
export type ResultStatus = 'OK' | 'RETRY' | 'ERR';

/** One row of a result-code table, keyed by its code. */
export interface ResultCodeRow<Status extends ResultStatus = ResultStatus> {
  /** Result status the code comes with. */
  readonly status: Status;
  /** The API's own message string for the code. */
  readonly message: string;
  /** What the caller should do next. */
  readonly action: string;
  /** Present (and true) only when the code, or its meaning for this operation, rests on inference rather than on a published table. */
  readonly inferred?: true;
}

/** What a lookup returns: the row, the code it was looked up by, and whether a table lists it. */
export interface ResultCodeEntry<Code extends string = string, Status extends ResultStatus = ResultStatus> extends ResultCodeRow<Status> {
  /** The result code as returned by the API. */
  readonly code: Code;
  /** False only for the generic entry returned for a code that neither the operation's table nor the gateway-wide one lists. */
  readonly known: boolean;
}

/** Gateway-wide result codes: any operation can answer them (0 codes). An operation's own row for the same code takes precedence. */
export const commonResultCodes = {} as const satisfies Record<string, ResultCodeRow>;

/** A gateway-wide result code. */
export type CommonResultCode = keyof typeof commonResultCodes;

/** True when `code` is listed in the gateway-wide table. */
export function isCommonResultCode(code: string): code is CommonResultCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(commonResultCodes, code);
}

/** A fresh entry for a gateway-wide code (its row plus `code` and `known: true`), or undefined for any other code: an operation's lookup then answers with its own fallback. Never throws. */
export function lookupCommonResultCode(code: string): ResultCodeEntry | undefined {
  const row = ownRow(commonResultCodes, code);
  return row ? { ...row, code, known: true } : undefined;
}

/** The row `table` lists for `code`, never an inherited key such as `toString`. */
function ownRow(table: Readonly<Record<string, ResultCodeRow>>, code: string): ResultCodeRow | undefined {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(table, code) ? table[code] : undefined;
}

/** The operation's own row, else the gateway-wide row, else the operation's fallback (`known: false`). */
function entryOf(table: Readonly<Record<string, ResultCodeRow>>, fallback: ResultCodeRow, code: string): ResultCodeEntry {
  const row = ownRow(table, code) ?? ownRow(commonResultCodes, code);
  return row ? { ...row, code, known: true } : { ...fallback, code, known: false };
}

/** Result codes of `reserveLocker` (POST /lockers/{lockerId}/reservations), in the order of the spec's table (3 codes). The gateway-wide codes of `commonResultCodes` apply too. */
export const reserveLockerResultCodes = {
  /**
   * `OK`: Compartment reserved.
   *
   * Further action: Give the holder the compartment number.
   */
  RESERVED: { status: 'OK', message: 'Compartment reserved.', action: 'Give the holder the compartment number.' },
  /**
   * `RETRY`: No free compartment of that size.
   *
   * Further action: Offer another size or another locker.
   */
  LOCKER_FULL: { status: 'RETRY', message: 'No free compartment of that size.', action: 'Offer another size or another locker.' },
  /**
   * `ERR`: The holder may not use lockers; it's final.
   *
   * Further action: Tell the holder to contact support | escalation.
   */
  HOLDER_BANNED: { status: 'ERR', message: 'The holder may not use lockers; it\'s final.', action: 'Tell the holder to contact support | escalation.' },
} as const satisfies Record<string, ResultCodeRow>;

/** A result code `reserveLocker` (POST /lockers/{lockerId}/reservations) can answer: its own table's or a gateway-wide one. */
export type ReserveLockerResultCode = keyof typeof reserveLockerResultCodes | CommonResultCode;

/** Generic row for a code that `reserveLocker` (POST /lockers/{lockerId}/reservations) returned but neither its table nor the gateway-wide one lists. */
export const reserveLockerUnknownResultCode = { status: 'RETRY', message: 'Unknown outcome', action: 'Treat as not reserved and try again later.' } as const satisfies ResultCodeRow;

/** True when `code` is listed in the table of `reserveLocker` (POST /lockers/{lockerId}/reservations) or in the gateway-wide one. */
export function isReserveLockerResultCode(code: string): code is ReserveLockerResultCode {
  return ownRow(reserveLockerResultCodes, code) !== undefined || isCommonResultCode(code);
}

/** A fresh entry: the row of `code` in the table of `reserveLocker` (POST /lockers/{lockerId}/reservations), else its gateway-wide row, plus `code` and `known: true`; or the generic row with `known: false`. Never throws. */
export function lookupReserveLockerResultCode(code: string): ResultCodeEntry {
  return entryOf(reserveLockerResultCodes, reserveLockerUnknownResultCode, code);
}

/** Every operation's own result-code table, by operationId (the gateway-wide codes are in `commonResultCodes`). */
export const resultCodeTables = {
  reserveLocker: reserveLockerResultCodes,
} as const;

/** The generic row of every table (for a code it does not list), by operationId. */
export const unknownResultCodes = {
  reserveLocker: reserveLockerUnknownResultCode,
} as const satisfies Record<ResultCodeOperationId, ResultCodeRow>;

/** An operationId that has a result-code table. */
export type ResultCodeOperationId = keyof typeof resultCodeTables;

/** A result code the operation `Op` can answer: its own or a gateway-wide one (for a union of operations, a code any of them can answer). */
export type ResultCodeOf<Op extends ResultCodeOperationId> = Op extends ResultCodeOperationId ? (keyof (typeof resultCodeTables)[Op] & string) | CommonResultCode : never;

/** The row a lookup of `C` for `Op` reads: the operation's own row, else the gateway-wide one (literal types). */
export type ResultCodeRowOf<Op extends ResultCodeOperationId, C extends ResultCodeOf<Op>> = C extends keyof (typeof resultCodeTables)[Op] ? (typeof resultCodeTables)[Op][C] : C extends CommonResultCode ? (typeof commonResultCodes)[C] : never;

/** Every result code listed by any operation of the API or by the gateway-wide table. */
export type ResultCode = ResultCodeOf<ResultCodeOperationId> | CommonResultCode;

/** True when `code` is listed in the table of `operationId` or in the gateway-wide one. */
export function isResultCode<Op extends ResultCodeOperationId>(operationId: Op, code: string): code is ResultCodeOf<Op> {
  const table: Readonly<Record<string, ResultCodeRow>> = resultCodeTables[operationId];
  return ownRow(table, code) !== undefined || isCommonResultCode(code);
}

/** A fresh entry for `code` as `operationId` answers it: its own row, else the gateway-wide row, plus `code` and `known: true`; or the generic row of `operationId` with `known: false`. Never throws. */
export function lookupResultCode(operationId: ResultCodeOperationId, code: string): ResultCodeEntry {
  return entryOf(resultCodeTables[operationId], unknownResultCodes[operationId], code);
}
