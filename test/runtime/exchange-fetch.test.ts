// The fetch exchange as it runs over the runtime's own fetch (`native`: the default on Bun, Deno, workerd and the
// edge), here over Node's, against real local servers: a body framed by its Content-Length is read whole, a server
// that sends more than it declared or a fetch whose headers misdescribe the body never gets more than `maxBytes`
// accepted, a content-coded body is counted as it decodes, and timeouts and the caller's abort end a stalled
// answer at every step, with no race of our own. The same checks on the other runtimes: test/package/runtimes.test.ts.
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchExchange } from '../../src/transport/exchange-fetch.ts';
import { AttemptTimeout, BodyTooLarge } from '../../src/transport/wire.ts';
import type { AttemptLimits, Exchange } from '../../src/transport/wire.ts';
import { startRecordingServer } from './helpers/recording-server.ts';
import type { Handler, RecordingServer } from './helpers/recording-server.ts';
import { rejectionOf } from './helpers/transport-fixtures.ts';

const nativeExchange = fetchExchange((input, init) => fetch(input, init), true);
const injectedExchange = fetchExchange((input, init) => fetch(input, init));

let server: RecordingServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function call(handler: Handler, limits: Partial<AttemptLimits> = {}, exchange: Exchange = nativeExchange): Promise<string> {
  server = await startRecordingServer(handler);
  const request = { url: new URL('/ams/sandbox/api/v1/payments/pay', server.origin), method: 'GET', headers: {}, body: '' };
  return (await exchange(request, { timeoutMs: 10_000, signal: undefined, maxBytes: 1000, ...limits })).text;
}

/** A fetch that hands back the real response with other headers: a wrapper whose headers misdescribe the body. */
function rewriting(headers: Record<string, string>): Exchange {
  return fetchExchange(async (input, init) => {
    const response = await fetch(input, init);
    return new Response(response.body, { status: response.status, headers });
  }, true);
}

// ~500 B of gzip (under the 1000-byte limit) that decodes to 512 KiB; half of it is sent, then nothing: only a
// stream read can end this before the attempt timeout.
const GZIP_BOMB = gzipSync(Buffer.alloc(512 * 1024, '0'));
const HALF_GZIP: Handler = ({ res }) => {
  res.writeHead(200, { 'content-encoding': 'gzip', 'content-length': String(GZIP_BOMB.length) });
  res.write(GZIP_BOMB.subarray(0, GZIP_BOMB.length >> 1));
};
const STREAM_THEN_STALL: Handler = ({ res }) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.write('x'.repeat(4096));
};

describe('the fetch exchange over the runtime`s own fetch', () => {
  it('reads a Content-Length body sent in pieces, a character split across them, and drops a leading BOM', async () => {
    const text = '{"resultMessage":"成功 ✓ Zoë"}';
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    const got = await call(({ res }) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(bytes.length) });
      res.write(bytes.subarray(0, 22), () => res.write(bytes.subarray(22, 25), () => res.end(bytes.subarray(25))));
    });
    expect(got).toBe(text);
  });

  it.each([
    ['the runtime`s own fetch', nativeExchange],
    ['an injected fetch', injectedExchange],
  ])('over %s, a server that sends more than its Content-Length gets only the declared bytes accepted', async (_, exchange) => {
    const got = await call(({ req }) => {
      req.socket.end(`HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 20\r\nconnection: close\r\n\r\n${'y'.repeat(5000)}`);
    }, { maxBytes: 50 }, exchange);
    expect(got).toBe('y'.repeat(20));
  });

  it('counts a gzip body as it decodes: past maxBytes before the rest of it arrives, not at the attempt timeout', async () => {
    const error = await rejectionOf(call(HALF_GZIP, { timeoutMs: 5000 }));
    expect(GZIP_BOMB.length).toBeLessThan(1000);
    expect(error).toBeInstanceOf(BodyTooLarge);
  });

  it.each([
    ['chunked with a Content-Length', { 'content-length': '10', 'transfer-encoding': 'chunked' }],
    ['content-coded', { 'content-length': '10', 'content-encoding': 'gzip' }],
    ['a Content-Length that is not one number', { 'content-length': '10, 10' }],
  ])('a fetch whose headers say %s is read from the stream and counted, not waited for whole', async (_, headers) => {
    server = await startRecordingServer(STREAM_THEN_STALL);
    const request = { url: new URL('/', server.origin), method: 'GET', headers: {}, body: '' };
    const error = await rejectionOf(rewriting(headers)(request, { timeoutMs: 5000, signal: undefined, maxBytes: 1000 }));
    expect(error).toBeInstanceOf(BodyTooLarge);
  });

  it('a fetch that decodes gzip but keeps the coded Content-Length: the decoded size is still held to maxBytes', async () => {
    const coded = gzipSync(Buffer.alloc(5000, 'z'));
    server = await startRecordingServer(({ res }) => res.writeHead(200, { 'content-encoding': 'gzip', 'content-length': String(coded.length) }).end(coded));
    const request = { url: new URL('/', server.origin), method: 'GET', headers: {}, body: '' };
    const error = await rejectionOf(rewriting({ 'content-length': String(coded.length) })(request, { timeoutMs: 5000, signal: undefined, maxBytes: 1000 }));
    expect(coded.length).toBeLessThan(1000);
    expect(error).toBeInstanceOf(BodyTooLarge);
  });

  it('refuses a declared Content-Length above maxBytes before reading the body (the server never sends it)', async () => {
    const error = await rejectionOf(call(({ res }) => res.writeHead(200, { 'content-length': String(50 * 1024 * 1024) }).flushHeaders()));
    expect(error).toBeInstanceOf(BodyTooLarge);
  });

  it.each<[string, Handler]>([
    ['no headers', () => undefined],
    ['a Content-Length body cut short', ({ res }) => res.writeHead(200, { 'content-length': '500' }).write('x'.repeat(10))],
    ['a chunked body cut short', ({ res }) => res.writeHead(200).write('x'.repeat(10))],
  ])('ends at the attempt timeout on a server that stalls after %s', async (_, handler) => {
    const error = await rejectionOf(call(handler, { timeoutMs: 300 }));
    expect(error).toBeInstanceOf(AttemptTimeout);
  });

  it('ends with the caller`s reason when the caller aborts while the body stalls', async () => {
    const controller = new AbortController();
    const reason = new Error('the shopper left');
    const handler: Handler = ({ res }) => res.writeHead(200, { 'content-length': '500' }).write('x'.repeat(10), () => controller.abort(reason));
    const error = await rejectionOf(call(handler, { signal: controller.signal }));
    expect(error).toBe(reason);
  });
});
