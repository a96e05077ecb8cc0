import type { KeyObject } from 'node:crypto';
import { AntomConfigError } from './errors.ts';
import type { Exchange } from './exchange.ts';
import { fetchExchange } from './exchange-fetch.ts';
import { nodeExchange } from './exchange-node.ts';
import { parsePrivateKey, parsePublicKey } from './keys.ts';
import type { RetryOptions } from './retry.ts';
import { MAX_TIMER_MS, normalizeRetry } from './retry.ts';

/** What happened in one HTTP attempt, as reported to `onAttempt`. */
export type AttemptOutcome =
  | 'ok'
  | 'network-error'
  | 'timeout'
  | 'retryable-status'
  | 'invalid-json'
  | 'http-error'
  | 'signature-error';

/** Passed to `onAttempt` after every attempt. Carries no body, key or signature. */
export interface AttemptInfo {
  /** 1-based attempt number. */
  attempt: number;
  maxAttempts: number;
  method: string;
  url: string;
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
  privateKey: string | KeyObject;
  /** Antom's RSA public key, in any form `parsePublicKey` takes; required when `verifyResponses` is true. */
  antomPublicKey?: string | KeyObject;
  /** Goes into the `Signature` header; Antom's SDKs default to 1. */
  keyVersion: number;
  verifyResponses: boolean;
  /** Per-attempt budget in milliseconds, covering the headers and the whole body. */
  timeoutMs: number;
  /** Retry policy (defaults filled in), or `false` for a single attempt. */
  retry?: Partial<RetryOptions> | false;
  /** A fetch to carry each attempt instead of `node:http`/`node:https`; called as `fetch(url, init)`, once per attempt. */
  fetch?: typeof fetch;
  /** Clock in epoch milliseconds; defaults to `Date.now`. */
  now?: () => number;
  /** Waits between attempts; defaults to `setTimeout`. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Random source in [0, 1) for backoff jitter; defaults to `Math.random`. */
  random?: () => number;
  /** Observability hook; errors it throws are ignored. */
  onAttempt?: (info: AttemptInfo) => void;
}

/** {@link AntomFetchConfig} after validation and defaults. */
export interface TransportSettings {
  clientId: string;
  privateKey: KeyObject;
  antomPublicKey: KeyObject | undefined;
  keyVersion: number;
  verifyResponses: boolean;
  timeoutMs: number;
  retry: RetryOptions;
  /** How each attempt is carried: `node:http`/`node:https`, or the caller's `fetch`. */
  exchange: Exchange;
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  random: () => number;
  onAttempt: (info: AttemptInfo) => void;
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
  const onAttempt = config.onAttempt;

  return {
    clientId: config.clientId,
    privateKey: parsePrivateKey(config.privateKey, 'privateKey'),
    antomPublicKey: config.antomPublicKey === undefined ? undefined : parsePublicKey(config.antomPublicKey, 'antomPublicKey'),
    keyVersion: config.keyVersion,
    verifyResponses,
    timeoutMs: config.timeoutMs,
    retry: normalizeRetry(config.retry),
    exchange: config.fetch === undefined ? nodeExchange : fetchExchange(requireFunction(config.fetch, 'fetch')),
    now: config.now ?? Date.now,
    sleep: config.sleep ?? abortableSleep,
    random: config.random ?? Math.random,
    onAttempt: (info) => {
      try {
        onAttempt?.(info);
      } catch {
        // A logging hook must not change the outcome of a payment call.
      }
    },
  };
}

function requireFunction<T>(value: T, option: string): T {
  if (typeof value !== 'function') throw new AntomConfigError(option, 'must be a function');
  return value;
}

function warnUnverifiedOnce(): void {
  if (unverifiedWarningEmitted) return;
  unverifiedWarningEmitted = true;
  process.emitWarning(
    'Antom response signatures are not verified (verifyResponses: false); a forged or altered response would be accepted.',
    { type: 'AntomSecurityWarning', code: 'ANTOM_UNVERIFIED_RESPONSES' },
  );
}

/** Waits `ms`; an abort of `signal` clears the timer, so a cancelled call does not keep the process alive. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
