// The response size limit, over both exchanges, against a real loopback server: a body above the limit ends the
// attempt with AntomResponseTooLargeError while it streams (never buffered whole), is not retried, and the process
// sees no unhandled rejection or uncaught exception.
import { describe, expect, it } from 'vitest';
import { isAntomError } from '../../src/index.ts';
import { minimalPayBody } from '../fixtures/pay-body.ts';
import { EXCHANGES, clientFor, useGuardedServer, hugeBody, settle } from './helpers/hardening.ts';
import { replySigned } from './helpers/recording-server.ts';
import { rejectionOf, signer } from './helpers/transport-fixtures.ts';

const MiB = 1024 * 1024;
const answer = JSON.stringify({ result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'Success' }, paymentRequestId: minimalPayBody.paymentRequestId });

const { serve, guard } = useGuardedServer();

function expectTooLarge(error: unknown, limit: number): void {
  expect((error as Error).name).toBe('AntomResponseTooLargeError');
  expect(isAntomError(error)).toBe(true);
  expect((error as { limitBytes?: number }).limitBytes).toBe(limit);
  expect((error as Error).message).toContain(String(limit));
  expect((error as { attempts?: number }).attempts).toBe(1);
}

describe.each(EXCHANGES)('over $name', ({ extra }) => {
  it('a 600 MB answer streamed lazily -> AntomResponseTooLargeError at the default limit, one attempt, process alive', async () => {
    const big = hugeBody(600 * MiB);
    const { origin, requests } = await serve(big.handler);
    const error = await rejectionOf(clientFor(origin, extra).pay(minimalPayBody));
    expectTooLarge(error, 4 * MiB);
    expect(requests).toHaveLength(1);
    await settle();
    // The client hung up long before the end: the server got far less than the 600 MB into the socket.
    expect(big.sent()).toBeLessThan(100 * MiB);
    guard().assertNone();
  });

  it('a body above maxResponseBytes without Content-Length (chunked) -> AntomResponseTooLargeError', async () => {
    const { origin, requests } = await serve(hugeBody(4096).handler);
    const error = await rejectionOf(clientFor(origin, { ...extra, maxResponseBytes: 1000 } as never).pay(minimalPayBody));
    expectTooLarge(error, 1000);
    expect(requests).toHaveLength(1);
    guard().assertNone();
  });

  it('a Content-Length above the limit is refused before the body is read (the server never sends it)', async () => {
    // Headers only, then nothing: a client that waited for the body would run into the attempt timeout instead.
    const { origin, requests } = await serve(({ res }) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(50 * MiB) });
      res.flushHeaders();
    });
    const error = await rejectionOf(clientFor(origin, { ...extra, timeoutMs: 8000 }).pay(minimalPayBody));
    expectTooLarge(error, 4 * MiB);
    expect(requests).toHaveLength(1);
    guard().assertNone();
  });

  it('an oversized 5xx error page is cut off at the limit too, and not retried', async () => {
    const { origin, requests } = await serve(({ res }) => {
      res.writeHead(503, { 'content-type': 'text/html' });
      res.end(`<html>${'x'.repeat(5000)}</html>`);
    });
    const error = await rejectionOf(clientFor(origin, { ...extra, maxResponseBytes: 2000 } as never).pay(minimalPayBody));
    expectTooLarge(error, 2000);
    expect(requests).toHaveLength(1);
  });

  it('a signed answer right at the limit is accepted', async () => {
    const { origin } = await serve((ctx) => replySigned(ctx, signer, answer));
    const { data } = await clientFor(origin, { ...extra, maxResponseBytes: Buffer.byteLength(answer) } as never).pay(minimalPayBody);
    expect(data).toEqual(JSON.parse(answer));
  });

  it('a 200 that is not JSON is downloaded once: AntomNetworkError after one attempt', async () => {
    const { origin, requests } = await serve(({ res }) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body>maintenance</body></html>');
    });
    const error = await rejectionOf(clientFor(origin, extra).pay(minimalPayBody));
    expect((error as Error).name).toBe('AntomNetworkError');
    expect((error as { attempts?: number }).attempts).toBe(1);
    expect(requests).toHaveLength(1);
  });

  it.each([0, -1, 1.5, Number.NaN, '4096'])('refuses maxResponseBytes %s at construction with AntomConfigError', (value) => {
    expect(() => clientFor('http://127.0.0.1:9', { ...extra, maxResponseBytes: value } as never)).toThrow(
      expect.objectContaining({ name: 'AntomConfigError', option: 'maxResponseBytes' }),
    );
  });
});
