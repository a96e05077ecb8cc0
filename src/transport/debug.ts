import { AntomConfigError } from '../errors.ts';
import type { AttemptInfo } from './config.ts';

/** The `debug` option: `true` prints each line with `console.error`, a function receives each line instead. */
export type DebugOption = boolean | ((line: string) => void);

/** Where debug lines go, or undefined when debugging is off. */
export type DebugLog = ((line: string) => void) | undefined;

const PREFIX = '[antom-pay]';

/**
 * Resolves the `debug` option once, when the client is built. Left unset, the `ANTOM_DEBUG` environment variable
 * decides (`1`, `true`, `yes` or `on` turn it on). A function given as `debug` is contained: if it throws, the line
 * is dropped and the call goes on.
 *
 * @throws AntomConfigError when `debug` is neither a boolean nor a function.
 */
export function resolveDebug(option: unknown): DebugLog {
  if (option === undefined) return debugFromEnvironment() ? printLine : undefined;
  if (option === false) return undefined;
  if (option === true) return printLine;
  if (typeof option !== 'function') throw new AntomConfigError('debug', 'must be a boolean or a function (line: string) => void');
  return (line) => {
    try {
      option(line);
    } catch {
      // A broken logger must not change the outcome of a payment call.
    }
  };
}

/**
 * The line for a call's signed content: what the signature covers, for comparing with what Antom (or the sandbox)
 * says it verified. Neither the signature nor any key is part of it.
 */
export function signedContentLine(operationId: string | undefined, method: string, path: string, content: string): string {
  return `${PREFIX} ${label(operationId, method, path)} signed content ${JSON.stringify(content)}`;
}

/** The line for one attempt: method, path, status or outcome, duration, and the wait before the next attempt. */
export function attemptLine(info: AttemptInfo, path: string): string {
  const status = info.status === undefined ? '' : ` HTTP ${info.status}`;
  const retry = info.retryInMs === undefined ? '' : `, retry in ${Math.round(info.retryInMs)} ms`;
  return `${PREFIX} ${label(info.operationId, info.method, path)} attempt ${info.attempt}/${info.maxAttempts}:${status} ${info.outcome} in ${info.durationMs.toFixed(1)} ms${retry}`;
}

function label(operationId: string | undefined, method: string, path: string): string {
  return `${operationId === undefined ? '' : `${operationId} `}${method} ${path}`;
}

function printLine(line: string): void {
  console.error(line);
}

/** `ANTOM_DEBUG` from the environment, where there is one: no `process` (browsers, Workers) or no permission to read it (Deno) means off. */
function debugFromEnvironment(): boolean {
  try {
    const value = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.ANTOM_DEBUG;
    return typeof value === 'string' && /^(1|true|yes|on)$/i.test(value.trim());
  } catch {
    return false;
  }
}
