import { AntomConfigError } from '../errors.ts';
import { parsePrivateKey, parsePublicKey } from '../keys.ts';
import type { AntomPrivateKey, AntomPublicKey, PrivateKeyInput, PublicKeyInput } from '../keys.ts';
import { emitWarning } from '../platform/warn.ts';
import { canVerifySynchronously } from '../signing/rsa.ts';
import { defaultExchange, fetchExchange, checkingSignatures } from './exchange.ts';
import type { GatewayScope } from './gateway-scope.ts';
import { gatewayScope } from './gateway-scope.ts';
import { resolveDebug } from './debug.ts';
import type { DebugLog, DebugOption } from './debug.ts';
import { containHook } from './hooks.ts';
import type { RetryOptions } from './retry.ts';
import { MAX_TIMER_MS, normalizeRetry } from './retry.ts';
import { abortableSleep } from './sleep.ts';
import type { Exchange } from './wire.ts';

/**
 * Default `maxResponseBytes`: 4 MiB. Antom's answers are JSON of a few kilobytes (a pay answer with every
 * optional field and a long cashier URL stays under 10 KB; inquiry and refund answers are smaller), so this is
 * hundreds of times the largest real answer, while it bounds what one attempt can hold in memory (the bytes plus
 * the decoded text) to a few MB instead of whatever a broken proxy or a hostile endpoint streams.
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 4 * 1024 * 1024;
/** Largest accepted `maxResponseBytes` (256 MiB), well below V8's string length limit. */
export const MAX_RESPONSE_BYTES_LIMIT = 256 * 1024 * 1024;

/** What happened in one HTTP attempt, as reported to `onAttempt`. */
export type AttemptOutcome =
  | 'ok'
  | 'network-error'
  | 'timeout'
  | 'retryable-status'
  | 'invalid-json'
  | 'http-error'
  | 'signature-error'
  | 'response-too-large'
  | 'response-mismatch';

/** Passed to `onAttempt` after every attempt. Carries no body, key or signature. */
export interface AttemptInfo {
  /** The operation called, e.g. `pay`; undefined for a call made through `client.fetch`. */
  operationId: string | undefined;
  /** 1-based attempt number. */
  attempt: number;
  maxAttempts: number;
  method: string;
  url: string;
  /** How long the attempt took, in milliseconds: from sending to the whole answer read, or to the failure. */
  durationMs: number;
  outcome: AttemptOutcome;
  /** HTTP status, when a response arrived. */
  status: number | undefined;
  /** Backoff before the next attempt in milliseconds, or undefined when no attempt follows. */
  retryInMs: number | undefined;
}

/** Options of {@link createAntomFetch}. */
export interface AntomFetchConfig {
  clientId: string;
  /** Merchant RSA private key, in any form `parsePrivateKey` takes; parsed once, here. */
  privateKey: PrivateKeyInput;
  /** Antom's RSA public key, in any form `parsePublicKey` takes; required when `verifyResponses` is true. */
  antomPublicKey?: PublicKeyInput;
  /** Goes into the `Signature` header; Antom's SDKs default to 1. */
  keyVersion: number;
  verifyResponses: boolean;
  /** Per-attempt budget in milliseconds, covering the headers and the whole body. */
  timeoutMs: number;
  /** Retry policy (defaults filled in), or `false` for a single attempt. */
  retry?: Partial<RetryOptions> | false;
  /**
   * A fetch to carry each attempt; called as `fetch(url, init)`, once per attempt. By default attempts go over
   * `node:http`/`node:https` on Node and over the global `fetch` on every other runtime.
   */
  fetch?: typeof fetch;
  /** Clock in epoch milliseconds; defaults to `Date.now`. */
  now?: () => number;
  /** Waits between attempts; defaults to `setTimeout`. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Random source in [0, 1) for backoff jitter; defaults to `Math.random`. */
  random?: () => number;
  /**
   * Observability hook. A throw, or a returned promise that rejects, is contained (the call is unaffected) and
   * reported once per process as an `AntomHookWarning`.
   */
  onAttempt?: (info: AttemptInfo) => void;
  /**
   * Debug log of every call: its signed content (never the signature or a key) and each attempt's method, path,
   * status and duration. `true` prints with `console.error`; a function receives each line. Unset, the
   * `ANTOM_DEBUG` environment variable (`1`) turns it on.
   */
  debug?: DebugOption;
  /** Largest response body accepted, in bytes (default {@link DEFAULT_MAX_RESPONSE_BYTES}); enforced while streaming. */
  maxResponseBytes?: number;
  /**
   * Refuse a 2xx answer whose top-level `paymentRequestId`, `refundRequestId`, `captureRequestId` or `paymentId`
   * differs from the same field of the request body (default true): a replayed answer to another call.
   */
  matchResponseIds?: boolean;
  /**
   * Largest distance between a 2xx answer's `response-time` and now, either way, in milliseconds. Off by default:
   * it needs a clock in sync with Antom's, and a skewed server clock would then fail every call.
   */
  maxResponseAgeMs?: number;
  /**
   * The gateway base URL (e.g. `https://open-na-global.alipay.com/ams/api`). When given, a call to any other
   * origin or to a path outside it is refused with AntomConfigError before it is signed. The client always sets it.
   */
  baseUrl?: string;
}

/** {@link AntomFetchConfig} after validation and defaults. */
export interface TransportSettings {
  clientId: string;
  privateKey: AntomPrivateKey;
  antomPublicKey: AntomPublicKey | undefined;
  keyVersion: number;
  verifyResponses: boolean;
  timeoutMs: number;
  retry: RetryOptions;
  /** How each attempt is carried: `node:http`/`node:https` (Node), the global `fetch` (elsewhere), or the caller's `fetch`. */
  exchange: Exchange;
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  random: () => number;
  onAttempt: (info: AttemptInfo) => void;
  /** Where debug lines go; undefined when debugging is off. */
  debug: DebugLog;
  maxResponseBytes: number;
  matchResponseIds: boolean;
  maxResponseAgeMs: number | undefined;
  /** Where calls may go; undefined when no `baseUrl` was given. */
  scope: GatewayScope | undefined;
}

let unverifiedWarningEmitted = false;

/** Header-safe and signed verbatim: printable ASCII, no spaces (Headers would trim them, breaking the signature). */
export const CLIENT_ID_PATTERN = /^[\x21-\x7E]{1,128}$/;

/**
 * Validates the transport options and fills in defaults.
 *
 * @throws AntomConfigError naming the bad option.
 */
export function resolveTransportSettings(config: AntomFetchConfig): TransportSettings {
  if (typeof config.clientId !== 'string' || !CLIENT_ID_PATTERN.test(config.clientId)) {
    throw new AntomConfigError('clientId', 'must be non-empty printable ASCII without spaces (it is sent in a header and signed verbatim)');
  }
  if (!Number.isSafeInteger(config.keyVersion) || config.keyVersion < 0) {
    throw new AntomConfigError('keyVersion', 'must be a non-negative integer');
  }
  if (typeof config.timeoutMs !== 'number' || !Number.isFinite(config.timeoutMs) || config.timeoutMs <= 0 || config.timeoutMs > MAX_TIMER_MS) {
    throw new AntomConfigError('timeoutMs', `must be a positive number of milliseconds, at most ${MAX_TIMER_MS}`);
  }
  const verifyResponses = config.verifyResponses !== false;
  if (verifyResponses && config.antomPublicKey === undefined) {
    throw new AntomConfigError('antomPublicKey', 'is required while verifyResponses is true');
  }
  if (!verifyResponses) warnUnverifiedOnce();
  const maxResponseBytes = config.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  if (!Number.isSafeInteger(maxResponseBytes) || maxResponseBytes < 1 || maxResponseBytes > MAX_RESPONSE_BYTES_LIMIT) {
    throw new AntomConfigError('maxResponseBytes', `must be an integer number of bytes from 1 to ${MAX_RESPONSE_BYTES_LIMIT}`);
  }
  const { maxResponseAgeMs } = config;
  if (maxResponseAgeMs !== undefined && (typeof maxResponseAgeMs !== 'number' || !Number.isFinite(maxResponseAgeMs) || maxResponseAgeMs < 0)) {
    throw new AntomConfigError('maxResponseAgeMs', 'must be a finite number of milliseconds >= 0');
  }
  if (config.matchResponseIds !== undefined && typeof config.matchResponseIds !== 'boolean') {
    throw new AntomConfigError('matchResponseIds', 'must be a boolean');
  }
  if (config.onAttempt !== undefined) requireFunction(config.onAttempt, 'onAttempt');

  const antomPublicKey = config.antomPublicKey === undefined ? undefined : parsePublicKey(config.antomPublicKey, 'antomPublicKey');
  const carrier = config.fetch === undefined ? defaultExchange() : fetchExchange(requireFunction(config.fetch, 'fetch'));
  return {
    clientId: config.clientId,
    privateKey: parsePrivateKey(config.privateKey, 'privateKey'),
    antomPublicKey,
    keyVersion: config.keyVersion,
    verifyResponses,
    timeoutMs: config.timeoutMs,
    retry: normalizeRetry(config.retry),
    // Where verification cannot run synchronously (Web Crypto), each reply's signature is checked as it arrives,
    // so the synchronous response checks find the answer already on it.
    exchange: verifyResponses && antomPublicKey !== undefined && !canVerifySynchronously() ? checkingSignatures(carrier, config.clientId, antomPublicKey) : carrier,
    now: config.now ?? Date.now,
    sleep: config.sleep ?? abortableSleep,
    random: config.random ?? Math.random,
    onAttempt: containHook(config.onAttempt),
    debug: resolveDebug(config.debug),
    maxResponseBytes,
    matchResponseIds: config.matchResponseIds ?? true,
    maxResponseAgeMs,
    scope: config.baseUrl === undefined ? undefined : gatewayScope(config.baseUrl),
  };
}

function requireFunction<T>(value: T, option: string): T {
  if (typeof value !== 'function') throw new AntomConfigError(option, 'must be a function');
  return value;
}

function warnUnverifiedOnce(): void {
  if (unverifiedWarningEmitted) return;
  unverifiedWarningEmitted = true;
  emitWarning(
    'Antom response signatures are not verified (verifyResponses: false); a forged or altered response would be accepted.',
    'AntomSecurityWarning',
    'ANTOM_UNVERIFIED_RESPONSES',
  );
}
