import { createAttemptSignal, raceSignal } from './attempt-signal.ts';
import { AttemptTimeout, STALE_RESPONSE_HEADERS } from './exchange.ts';
import type { Exchange } from './exchange.ts';

/**
 * An exchange over a caller-supplied `fetch` (e.g. one bound to an undici proxy dispatcher). That fetch gets the
 * attempt's signal but is not trusted to honour it, so each step also races the signal itself.
 */
export function fetchExchange(fetchImpl: typeof fetch): Exchange {
  return async (request, { timeoutMs, signal: callerSignal }) => {
    const deadline = createAttemptSignal(timeoutMs, callerSignal);
    const { signal } = deadline;
    try {
      // (url, init) rather than a Request: undici would otherwise build and wrap a second Request per attempt.
      const response = await raceSignal(
        fetchImpl(request.url.href, {
          method: request.method,
          headers: request.headers,
          body: request.body === '' ? undefined : request.body,
          signal,
          redirect: 'manual',
        }),
        signal,
      );
      const text = await raceSignal(response.text(), signal, () => {
        response.body?.cancel().catch(() => undefined);
      });
      return {
        status: response.status,
        headers: response.headers,
        text,
        toResponse: () => {
          const headers = new Headers(response.headers);
          for (const name of STALE_RESPONSE_HEADERS) headers.delete(name);
          return new Response(text, { status: response.status, statusText: response.statusText, headers });
        },
      };
    } catch (error) {
      if (deadline.timedOut() && !callerSignal?.aborted) throw new AttemptTimeout(timeoutMs);
      throw error;
    } finally {
      deadline.dispose();
    }
  };
}
