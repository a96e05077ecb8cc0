// The default node:http / node:https exchange against real local servers: TLS certificates are verified, a UTF-8
// body split mid-character across packets arrives intact, and the Response handed back keeps status and headers.
import { readFileSync } from 'node:fs';
import { globalAgent } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { AntomNetworkError, AntomTimeoutError } from '../../src/errors.ts';
import { replySigned, startRecordingServer } from './helpers/recording-server.ts';
import type { RecordingServer } from './helpers/recording-server.ts';
import { PAY_PATH, expectTimedOutWithin, makeTransport, payBody, payRequest, rejectionOf, signer } from './helpers/transport-fixtures.ts';

const KEYS = new URL('../../sandbox/test-keys/', import.meta.url);

let server: RecordingServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('the node:http exchange (the default)', () => {
  it('refuses an HTTPS server whose certificate is not trusted, and never sends it the request body', async () => {
    const received: Buffer[] = [];
    const https = createServer({ cert: readFileSync(new URL('tls-test-cert.pem', KEYS)), key: readFileSync(new URL('tls-test-key.pem', KEYS)) }, (req, res) => {
      req.on('data', (chunk: Buffer) => received.push(chunk));
      req.on('end', () => res.end('{}'));
    });
    await new Promise<void>((resolve) => https.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = https.address() as AddressInfo;
      const error = await rejectionOf(makeTransport({ retry: false })(payRequest(`https://127.0.0.1:${port}`)));
      expect(error).toBeInstanceOf(AntomNetworkError);
      expect((error as Error).message).toMatch(/self[- ]signed|unable to verify|DEPTH_ZERO|UNABLE_TO_VERIFY/i);
      expect(received).toHaveLength(0);
    } finally {
      https.closeAllConnections();
      await new Promise((resolve) => https.close(resolve));
    }
  });

  it('decodes a UTF-8 body that arrives one byte per packet, and verifies its signature', async () => {
    const text = JSON.stringify({ result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: '成功 ✓ Zoë' } });
    server = await startRecordingServer((ctx) => {
      const capture = { writeHead: () => capture, end: () => capture };
      const headers = replySigned({ ...ctx, res: capture as never }, signer, text);
      const bytes = Buffer.from(text, 'utf8');
      ctx.res.writeHead(200, { ...headers, 'content-length': String(bytes.length) });
      let i = 0;
      const drip = (): void => {
        if (i >= bytes.length) return void ctx.res.end();
        ctx.res.write(bytes.subarray(i, i + 1), () => setImmediate(drip));
        i += 1;
      };
      drip();
    });
    const response = await makeTransport()(payRequest(server.origin, payBody()));
    expect(await response.text()).toBe(text);
  });

  it('hands back a readable Response with the status and every header value, repeated ones included', async () => {
    const text = JSON.stringify({ result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'ok' } });
    server = await startRecordingServer((ctx) => {
      ctx.res.setHeader('x-trace', ['a', 'b']);
      replySigned(ctx, signer, text, { status: 201 });
    });
    const response = await makeTransport()(payRequest(server.origin));
    expect(response.status).toBe(201);
    expect(response.headers.get('x-trace')).toBe('a, b');
    expect(response.headers.get('response-time')).toBe('1700000000123');
    // The body was decoded and is re-served from text: the wire's framing header no longer applies.
    expect(response.headers.get('content-length')).toBeNull();
    expect(await response.json()).toEqual(JSON.parse(text));
    expect(server.requests[0]?.path).toBe(PAY_PATH);
  });

  describe('while the request still waits for a socket (agent at maxSockets)', () => {
    // One request holds the only socket and never gets an answer; the second one queues in the agent.
    const withOneSocket = async (run: (origin: string) => Promise<void>): Promise<void> => {
      const previous = globalAgent.maxSockets;
      globalAgent.maxSockets = 1;
      server = await startRecordingServer(() => undefined);
      const holder = makeTransport({ retry: false, timeoutMs: 3000 })(payRequest(server.origin)).catch(() => undefined);
      try {
        await new Promise((resolve) => setTimeout(resolve, 50));
        await run(server.origin);
      } finally {
        globalAgent.maxSockets = previous;
        await server.close();
        server = undefined;
        await holder;
      }
    };

    it('the attempt deadline still ends the attempt on time', async () => {
      await withOneSocket(async (origin) => {
        const started = Date.now();
        const error = await rejectionOf(makeTransport({ retry: false, timeoutMs: 200 })(payRequest(origin)));
        expect(error).toBeInstanceOf(AntomTimeoutError);
        expectTimedOutWithin(started, 1, 200);
      });
    });

    it("a caller abort ends the call at once with the caller's reason", async () => {
      await withOneSocket(async (origin) => {
        const controller = new AbortController();
        const started = Date.now();
        setTimeout(() => controller.abort(new Error('caller gave up')), 100);
        const error = await rejectionOf(makeTransport({ timeoutMs: 5000 })(payRequest(origin, payBody(), { signal: controller.signal })));
        expect((error as Error).message).toBe('caller gave up');
        expect(Date.now() - started).toBeLessThan(1500);
      });
    });
  });
});
