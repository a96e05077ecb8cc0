/** Abort signal for one HTTP attempt: fires on the per-attempt timeout or when the caller aborts. */
export interface AttemptSignal {
  signal: AbortSignal;
  /** True when the per-attempt timeout (not the caller) fired. */
  timedOut(): boolean;
  /** Stops the timer and detaches from the caller's signal. Call once the attempt is over. */
  dispose(): void;
}

/** Creates the abort signal of one attempt, linked to the caller's signal. */
export function createAttemptSignal(timeoutMs: number, callerSignal: AbortSignal | null | undefined): AttemptSignal {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException(`attempt timed out after ${timeoutMs} ms`, 'TimeoutError'));
  }, timeoutMs);
  const onCallerAbort = (): void => controller.abort(callerSignal?.reason);
  if (callerSignal?.aborted) onCallerAbort();
  else callerSignal?.addEventListener('abort', onCallerAbort, { once: true });

  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    dispose: () => {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    },
  };
}

/**
 * Settles like `promise`, but rejects as soon as `signal` aborts — so an injected fetch, or a body stream,
 * that ignores the signal still cannot stall an attempt. `onAbort` may release resources (e.g. cancel a body).
 */
export function raceSignal<T>(promise: Promise<T>, signal: AbortSignal, onAbort?: () => void): Promise<T> {
  if (signal.aborted) {
    promise.catch(() => undefined);
    onAbort?.();
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const abort = (): void => {
      onAbort?.();
      reject(signal.reason);
    };
    signal.addEventListener('abort', abort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', abort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', abort);
        reject(error);
      },
    );
  });
}
