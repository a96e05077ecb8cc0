import { emitWarning } from '../platform/warn.ts';
import type { AttemptInfo } from './config.ts';

let hookWarningEmitted = false;

/**
 * Wraps the caller's `onAttempt` so it can never change the outcome of a call or hurt the process: a synchronous
 * throw is caught, and a returned promise (or thenable) that rejects is caught too, instead of becoming an
 * unhandled rejection after the payment call itself succeeded. The first failure in the process is reported once
 * as a process warning (`AntomHookWarning`, code `ANTOM_HOOK_FAILED`); later ones are dropped silently.
 */
export function containHook(hook: ((info: AttemptInfo) => unknown) | undefined): (info: AttemptInfo) => void {
  if (hook === undefined) return () => undefined;
  return (info) => {
    try {
      const returned: unknown = hook(info);
      if (returned !== null && (typeof returned === 'object' || typeof returned === 'function')) {
        // Promise.resolve adopts any thenable; a `then` that throws or rejects ends up in the catch below.
        Promise.resolve(returned).catch(reportHookFailure);
      }
    } catch (error) {
      reportHookFailure(error);
    }
  };
}

function reportHookFailure(error: unknown): void {
  if (hookWarningEmitted) return;
  hookWarningEmitted = true;
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : 'a non-Error value';
  emitWarning(`The onAttempt hook failed (${detail}); the call was not affected. Later hook failures are not reported.`, 'AntomHookWarning', 'ANTOM_HOOK_FAILED');
}
