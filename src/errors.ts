/**
 * Error classes thrown by the hand-written runtime.
 *
 * Business outcomes (resultStatus S/F/U) are data, never errors. These classes are
 * only for broken invariants: bad configuration, transport failures, timeouts,
 * signature failures and unexpected HTTP statuses.
 */

/** Options shared by every Antom error. */
export interface AntomErrorOptions {
  /** The underlying error, forwarded to the standard ES2022 `cause`. */
  cause?: unknown;
  /** How many HTTP attempts were made before giving up (transport errors only). */
  attempts?: number;
  /** The request id of the call the error is about (transport errors); named in the message too. */
  requestId?: RequestIdRef | undefined;
}

/**
 * The request id a call carried in its body, e.g. `{ field: 'paymentRequestId', value: 'order-17' }`: the id to
 * look up in your records or in Antom's dashboard when the call failed.
 */
export interface RequestIdRef {
  readonly field: string;
  readonly value: string;
}

/** Why a signature check failed. Never carries key material or the signature value. */
export type AntomSignatureFailureReason =
  | 'missing-signature'
  | 'malformed-signature'
  | 'missing-response-time'
  | 'client-id-mismatch'
  | 'bad-signature'
  | 'stale';

/** Largest `bodyText` kept on {@link AntomHttpError}, in UTF-8 bytes (2 KiB). */
export const HTTP_ERROR_BODY_LIMIT_BYTES = 2048;

/** Base class of every error thrown by this client. Discriminate on `code`. */
export class AntomError extends Error {
  override name: string = 'AntomError';
  readonly code: string = 'ANTOM_ERROR';
  readonly attempts: number | undefined;
  /** The request id the failed call carried (`paymentRequestId`, `refundRequestId`…), when it had one. */
  readonly requestId: RequestIdRef | undefined;

  constructor(message: string, options: AntomErrorOptions = {}) {
    super(options.requestId === undefined ? message : `${message} [${describeRequestId(options.requestId)}]`, 'cause' in options ? { cause: options.cause } : undefined);
    this.attempts = options.attempts;
    this.requestId = options.requestId;
  }
}

/** `paymentRequestId "order-17"`: the request id as an error message names it. */
export function describeRequestId(requestId: RequestIdRef): string {
  return `${requestId.field} ${JSON.stringify(requestId.value)}`;
}

/**
 * A client option or an argument is missing or invalid, or a function was called where it cannot work. `option`
 * names the option, the argument (`req.body`, `pay(body)`) or the function (`verifyNotification`); the message never
 * echoes a value.
 */
export class AntomConfigError extends AntomError {
  override name = 'AntomConfigError' as const;
  override readonly code = 'ANTOM_CONFIG_ERROR' as const;
  readonly option: string;

  /** `call: true` when `option` names a function that cannot be used here (the message then reads `name() …`). */
  constructor(option: string, problem: string, options: AntomErrorOptions & { call?: boolean } = {}) {
    super(options.call === true ? `${option}() ${problem}` : `Invalid "${option}": ${problem}`, options);
    this.option = option;
  }
}

/** The request never produced a usable response (refused, reset, truncated or non-JSON body, 5xx/429). */
export class AntomNetworkError extends AntomError {
  override name = 'AntomNetworkError' as const;
  override readonly code = 'ANTOM_NETWORK_ERROR' as const;
}

/** Every attempt ran past the per-attempt timeout. */
export class AntomTimeoutError extends AntomError {
  override name = 'AntomTimeoutError' as const;
  override readonly code = 'ANTOM_TIMEOUT_ERROR' as const;
}

/** A response or notification signature is missing, malformed, wrong or stale. Never retried. */
export class AntomSignatureError extends AntomError {
  override name = 'AntomSignatureError' as const;
  override readonly code = 'ANTOM_SIGNATURE_ERROR' as const;
  readonly reason: AntomSignatureFailureReason;

  /** @param context where the check happened, e.g. `[POST] https://host/path`; must not contain secrets. */
  constructor(reason: AntomSignatureFailureReason, context: string, options: AntomErrorOptions = {}) {
    super(`Antom signature check failed (${reason}): ${context}`, options);
    this.reason = reason;
  }
}

/** The response body grew past `maxResponseBytes`: the attempt was cut off there and is not retried. */
export class AntomResponseTooLargeError extends AntomError {
  override name = 'AntomResponseTooLargeError' as const;
  override readonly code = 'ANTOM_RESPONSE_TOO_LARGE' as const;
  /** The limit that was exceeded, in bytes. */
  readonly limitBytes: number;

  /** @param context where it happened, e.g. `[POST] https://host/path`. */
  constructor(limitBytes: number, context: string, options: AntomErrorOptions = {}) {
    super(`${context}: response body exceeds maxResponseBytes (${limitBytes} bytes); the attempt was cut off`, options);
    this.limitBytes = limitBytes;
  }
}

/**
 * A response that is correctly signed (or not checked) but is not the answer to this call: it echoes another
 * request id than the one sent (`field` names it), or its `response-time` is outside `maxResponseAgeMs`
 * (`field` is `'response-time'`). A replayed answer looks exactly like this. Never retried.
 */
export class AntomResponseMismatchError extends AntomError {
  override name = 'AntomResponseMismatchError' as const;
  override readonly code = 'ANTOM_RESPONSE_MISMATCH' as const;
  /** The request id field that differs, or `'response-time'`. */
  readonly field: string;

  /** @param problem what differs; must not contain secrets. */
  constructor(field: string, problem: string, context: string, options: AntomErrorOptions = {}) {
    super(`${context}: signed, but not the answer to this call (${problem})`, options);
    this.field = field;
  }
}

/**
 * A notification's body is (or declares to be) larger than the webhook helpers' `maxBodyBytes`: reading stopped
 * there. Answer HTTP 413; a real Antom notification is a few kilobytes.
 */
export class AntomNotificationTooLargeError extends AntomError {
  override name = 'AntomNotificationTooLargeError' as const;
  override readonly code = 'ANTOM_NOTIFICATION_TOO_LARGE' as const;
  /** The limit that was exceeded, in bytes. */
  readonly limitBytes: number;

  constructor(limitBytes: number, context: string, options: AntomErrorOptions = {}) {
    super(`${context}: body exceeds maxBodyBytes (${limitBytes} bytes); it was not read further`, options);
    this.limitBytes = limitBytes;
  }
}

/** Fields of {@link AntomHttpError}. */
export interface AntomHttpErrorInit extends AntomErrorOptions {
  status: number;
  /** Response body; truncated to {@link HTTP_ERROR_BODY_LIMIT_BYTES}. */
  bodyText: string;
  /** Whether the response carried a valid Antom signature. */
  verified: boolean;
  /** Prefix for the message, e.g. `[POST] https://host/path`. */
  context: string;
}

/** The final response had a non-2xx status. */
export class AntomHttpError extends AntomError {
  override name = 'AntomHttpError' as const;
  override readonly code = 'ANTOM_HTTP_ERROR' as const;
  readonly status: number;
  readonly bodyText: string;
  readonly verified: boolean;

  constructor(init: AntomHttpErrorInit) {
    super(`${init.context} responded with HTTP ${init.status}`, init);
    this.status = init.status;
    this.bodyText = truncateUtf8(init.bodyText, HTTP_ERROR_BODY_LIMIT_BYTES);
    this.verified = init.verified;
  }
}

/** True for any error thrown by this client; checks `name` too, so it works across module copies. */
export function isAntomError(value: unknown): value is AntomError {
  if (value instanceof AntomError) return true;
  return value instanceof Error && value.name.startsWith('Antom') && typeof (value as { code?: unknown }).code === 'string';
}

/** Cuts `text` to at most `maxBytes` UTF-8 bytes without splitting a code point (no Node built-ins needed). */
function truncateUtf8(text: string, maxBytes: number): string {
  // Each UTF-16 unit is at most 3 UTF-8 bytes: a short text needs no counting.
  if (text.length * 3 <= maxBytes) return text;
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    const point = char.codePointAt(0)!;
    const size = point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
    if (bytes + size > maxBytes) {
      return text.slice(0, end);
    }
    bytes += size;
    end += char.length;
  }
  return text;
}
