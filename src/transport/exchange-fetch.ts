import { concatBytes } from '../platform/bytes.ts';
import { createAttemptSignal, raceSignal } from './attempt-signal.ts';
import { AttemptTimeout, BodyTooLarge, STALE_RESPONSE_HEADERS, declaresMoreThan } from './wire.ts';
import type { Exchange } from './wire.ts';

/**
 * An exchange over a caller-supplied `fetch` (e.g. one bound to an undici proxy dispatcher). That fetch gets the
 * attempt's signal but is not trusted to honour it, so each step also races the signal itself. The body is read
 * from its stream chunk by chunk and counted: past `maxBytes` (or a larger declared Content-Length) the stream is
 * cancelled and the attempt ends.
 */
export function fetchExchange(fetchImpl: typeof fetch): Exchange {
  return async (request, { timeoutMs, signal: callerSignal, maxBytes }) => {
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
      const reader = response.body?.getReader();
      const cancel = (): void => void reader?.cancel().catch(() => undefined);
      if (declaresMoreThan(response.headers.get('content-length'), maxBytes)) {
        cancel();
        throw new BodyTooLarge(maxBytes);
      }
      const text = reader === undefined ? '' : await raceSignal(readText(reader, maxBytes), signal, cancel);
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

/** Reads the whole stream as UTF-8 (a leading BOM dropped, as `text()` does), cancelling it past `maxBytes`. */
async function readText(reader: ReadableStreamDefaultReader<Uint8Array>, maxBytes: number): Promise<string> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      reader.cancel().catch(() => undefined);
      throw new BodyTooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8').decode(chunks.length === 1 ? chunks[0] : concatBytes(chunks));
}
