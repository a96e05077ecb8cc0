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
}

/** What a lookup returns: the row, the code it was looked up by, and whether the table lists it. */
export interface ResultCodeEntry<Code extends string = string, Status extends ResultStatus = ResultStatus> extends ResultCodeRow<Status> {
  /** The result code as returned by the API. */
  readonly code: Code;
  /** False only for the generic entry returned for a code missing from the table. */
  readonly known: boolean;
}

/** Result codes of `reserveLocker` (POST /lockers/{lockerId}/reservations), in the order of the spec's table (3 codes). */
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

/** A result code listed for `reserveLocker` (POST /lockers/{lockerId}/reservations). */
export type ReserveLockerResultCode = keyof typeof reserveLockerResultCodes;

/** Generic row for a code that `reserveLocker` (POST /lockers/{lockerId}/reservations) returned but the table does not list. */
export const reserveLockerUnknownResultCode = { status: 'RETRY', message: 'Unknown outcome', action: 'Treat as not reserved and try again later.' } as const satisfies ResultCodeRow;

/** True when `code` is listed in the table of `reserveLocker` (POST /lockers/{lockerId}/reservations). */
export function isReserveLockerResultCode(code: string): code is ReserveLockerResultCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(reserveLockerResultCodes, code);
}

/** A fresh entry: the row of `code` plus `code` and `known: true`, or the generic row with `known: false` when `reserveLocker` (POST /lockers/{lockerId}/reservations) returned a code the table does not list. Never throws. */
export function lookupReserveLockerResultCode(code: string): ResultCodeEntry {
  return isReserveLockerResultCode(code) ? { ...reserveLockerResultCodes[code], code, known: true } : { ...reserveLockerUnknownResultCode, code, known: false };
}

/** Every result-code table, by operationId. */
export const resultCodeTables = {
  reserveLocker: reserveLockerResultCodes,
} as const;

/** The generic row of every table (for a code it does not list), by operationId. */
export const unknownResultCodes = {
  reserveLocker: reserveLockerUnknownResultCode,
} as const satisfies Record<ResultCodeOperationId, ResultCodeRow>;

/** An operationId that has a result-code table. */
export type ResultCodeOperationId = keyof typeof resultCodeTables;

/** A result code listed for the operation `Op` (for a union of operations, a code listed for any of them). */
export type ResultCodeOf<Op extends ResultCodeOperationId> = Op extends ResultCodeOperationId ? keyof (typeof resultCodeTables)[Op] & string : never;

/** Every result code listed by any operation of the API. */
export type ResultCode = ResultCodeOf<ResultCodeOperationId>;

/** True when `code` is listed in the table of `operationId`. */
export function isResultCode<Op extends ResultCodeOperationId>(operationId: Op, code: string): code is ResultCodeOf<Op> {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(resultCodeTables[operationId], code);
}

/** A fresh entry from the table of `operationId`: the row of `code` plus `code` and `known: true`, or the generic row with `known: false` for a code the table does not list. Never throws. */
export function lookupResultCode(operationId: ResultCodeOperationId, code: string): ResultCodeEntry {
  const table: Readonly<Record<string, ResultCodeRow>> = resultCodeTables[operationId];
  const row = typeof code === 'string' && Object.prototype.hasOwnProperty.call(table, code) ? table[code] : undefined;
  const fallback: ResultCodeRow = unknownResultCodes[operationId];
  return row ? { ...row, code, known: true } : { ...fallback, code, known: false };
}
