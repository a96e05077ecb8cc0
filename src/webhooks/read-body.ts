// Reading a notification's body with a size limit, without Node built-ins: a web ReadableStream, or a Node
// request stream through its 'data' events (duck-typed, so this module loads on any runtime).
import { AntomError, AntomNotificationTooLargeError } from '../errors.ts';
import { declaresMoreThan } from '../transport/wire.ts';

/** The part of a Node `Readable` the reader uses. */
export interface NodeReadable {
  on(event: string, listener: (...args: never[]) => void): unknown;
  removeListener(event: string, listener: (...args: never[]) => void): unknown;
  pause?(): unknown;
  resume?(): unknown;
}

/** Refuses a body whose `content-length` says it is larger than the limit, before reading any of it. */
export function refuseDeclaredOverLimit(contentLength: string | null | undefined, limit: number, context: string): void {
  if (declaresMoreThan(contentLength, limit)) throw new AntomNotificationTooLargeError(limit, context);
}

/**
 * Reads a web stream to its end, counting bytes as they arrive: past `limit` the stream is cancelled and the
 * rest is never read.
 */
export async function readWebStream(stream: ReadableStream<Uint8Array>, limit: number, context: string): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return concat(chunks, size);
      const bytes = toBytes(value);
      size += bytes.byteLength;
      if (size > limit) {
        reader.cancel().catch(() => undefined);
        throw new AntomNotificationTooLargeError(limit, context);
      }
      chunks.push(bytes);
    }
  } catch (error) {
    if (error instanceof AntomError) throw error;
    throw new AntomError(`${context}: the body could not be read (the connection may have closed early)`, { cause: error });
  } finally {
    reader.releaseLock();
  }
}

/**
 * Reads a Node request stream to its end. Past `limit` it stops listening and pauses the stream (nothing more is
 * kept; the HTTP server discards the rest when you answer, so answer with status 413 and `connection: close`).
 * The stream is not destroyed, so you can still answer.
 */
export function readNodeStream(stream: NodeReadable, limit: number, context: string): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const onData = (chunk: unknown): void => {
      const bytes = toBytes(chunk);
      size += bytes.byteLength;
      if (size > limit) {
        stop();
        stream.pause?.();
        reject(new AntomNotificationTooLargeError(limit, context));
        return;
      }
      chunks.push(bytes);
    };
    const onEnd = (): void => {
      stop();
      resolve(concat(chunks, size));
    };
    const onError = (error: unknown): void => {
      stop();
      reject(new AntomError(`${context}: the body could not be read`, { cause: error }));
    };
    const onClose = (): void => {
      stop();
      reject(new AntomError(`${context}: the connection closed before the end of the body`));
    };
    function stop(): void {
      stream.removeListener('data', onData as never);
      stream.removeListener('end', onEnd);
      stream.removeListener('error', onError as never);
      stream.removeListener('close', onClose);
    }
    stream.on('data', onData as never);
    stream.on('end', onEnd);
    stream.on('error', onError as never);
    stream.on('close', onClose);
    stream.resume?.();
  });
}

/** Bytes of a chunk: a Uint8Array (Node's Buffer is one) as is, a string (a stream with an encoding set) as UTF-8. */
function toBytes(chunk: unknown): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk;
  if (typeof chunk === 'string') return new TextEncoder().encode(chunk);
  throw new TypeError('the request stream gave a chunk that is neither bytes nor text');
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
