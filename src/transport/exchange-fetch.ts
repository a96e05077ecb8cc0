import { concatBytes } from '../platform/bytes.ts';
import { createAttemptSignal, raceSignal } from './attempt-signal.ts';
import { AttemptTimeout, BodyTooLarge, STALE_RESPONSE_HEADERS, declaresMoreThan } from './wire.ts';
import type { Exchange } from './wire.ts';

/** Shared: `decode()` without `{ stream: true }` keeps no state from one call to the next. */
const decoder = new TextDecoder('utf-8');

/**
 * An exchange over a `fetch`. Each attempt's fetch gets a signal that aborts on the attempt's timeout or the
 * caller's abort, and a declared Content-Length above `maxBytes` ends the attempt before the body is read.
 *
 * - A caller-supplied `fetch` (e.g. one bound to an undici proxy dispatcher) is trusted with nothing: each step
 *   also races the signal itself, and the body is read from its stream chunk by chunk and counted; past
 *   `maxBytes` the stream is cancelled and the attempt ends.
 * - The runtime's own `fetch` (`native`: Bun, Deno, workerd, edge runtimes) is trusted to do what the Fetch
 *   standard says, as test/package/runtimes.test.ts checks on each: reject the call and the body read when the
 *   signal aborts, and end a body at its Content-Length. So no race (two promises and two listener pairs fewer
 *   per attempt), and a body framed by its Content-Length is read whole ({@link readFramed}). Measured per call
 *   against the raced, streamed path (`npm run bench:runtimes:breakdown`, "exchange" peers, loaded machine): Bun
 *   80 → 67 µs, Deno 270 → 181 µs, workerd 207 → 177 µs (docs/benchmarks.md).
 */
export function fetchExchange(fetchImpl: typeof fetch, native = false): Exchange {
  return async (request, { timeoutMs, signal: callerSignal, maxBytes }) => {
    const deadline = createAttemptSignal(timeoutMs, callerSignal);
    const { signal } = deadline;
    try {
      // (url, init) rather than a Request: undici would otherwise build and wrap a second Request per attempt.
      const sent = fetchImpl(request.url.href, {
        method: request.method,
        headers: request.headers,
        body: request.body === '' ? undefined : request.body,
        signal,
        redirect: 'manual',
      });
      const response = await (native ? sent : raceSignal(sent, signal));
      const length = response.headers.get('content-length');
      if (declaresMoreThan(length, maxBytes)) {
        response.body?.cancel().catch(() => undefined);
        throw new BodyTooLarge(maxBytes);
      }
      const text = native ? await readFramed(response, length, maxBytes) : await readRaced(response, maxBytes, signal);
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

/** The body of a caller-supplied fetch's response: read from the stream, the read raced against the signal. */
function readRaced(response: Response, maxBytes: number, signal: AbortSignal): Promise<string> {
  const reader = response.body?.getReader();
  if (reader === undefined) return Promise.resolve('');
  return raceSignal(readStream(reader, maxBytes), signal, () => void reader.cancel().catch(() => undefined));
}

/**
 * The body of the runtime's own fetch's response. One whose Content-Length is declared (at most `maxBytes`, the
 * caller checked) and that is neither chunked nor content-coded cannot run past that length: HTTP/1.1 ends it
 * there (what a server sends beyond is not body), HTTP/2 and 3 refuse a longer one as malformed. It is read with
 * `arrayBuffer()`, one native call instead of a JavaScript loop over the stream's reads, and its size checked
 * again once read. Any other body (chunked, compressed: its Content-Length counts the coded bytes, not what
 * fetch decodes; of unknown length) is read from its stream and counted chunk by chunk.
 */
async function readFramed(response: Response, length: string | null, maxBytes: number): Promise<string> {
  const { headers } = response;
  if (length !== null && DIGITS.test(length) && !headers.has('transfer-encoding') && UNCODED.test(headers.get('content-encoding') ?? '')) {
    const bytes = await response.arrayBuffer();
    if (bytes.byteLength > maxBytes) throw new BodyTooLarge(maxBytes);
    return decoder.decode(bytes);
  }
  return response.body === null ? '' : readStream(response.body.getReader(), maxBytes);
}

const DIGITS = /^\s*\d+\s*$/;
const UNCODED = /^\s*(?:identity\s*)?$/i;

/** Reads the whole stream as UTF-8 (a leading BOM dropped, as `text()` does), cancelling it past `maxBytes`. */
async function readStream(reader: ReadableStreamDefaultReader<Uint8Array>, maxBytes: number): Promise<string> {
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
  return decoder.decode(chunks.length === 1 ? chunks[0] : concatBytes(chunks));
}
