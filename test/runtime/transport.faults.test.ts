// Fault injection against a real node:http server on 127.0.0.1.
import { afterEach, describe, expect, it } from 'vitest';
import { AntomHttpError, AntomNetworkError, AntomTimeoutError } from '../../src/errors.ts';
import { attemptsOf } from '../../src/transport/transport.ts';
import type { AttemptInfo } from '../../src/transport/transport.ts';
import { closedPort, replySigned, startRecordingServer } from './helpers/recording-server.ts';
import type { Handler, RecordingServer } from './helpers/recording-server.ts';
import {
  expectIdenticalSignedRequests,
  expectTimedOutWithin,
  makeTransport,
  payBody,
  payRequest,
  rejectionOf,
  signer,
} from './helpers/transport-fixtures.ts';

const okBody = (status: 'S' | 'F' | 'U', code = status === 'S' ? 'SUCCESS' : 'PROCESS_FAIL'): string =>
  JSON.stringify({ result: { resultCode: code, resultStatus: status, resultMessage: 'msg' }, paymentId: 'p-1' });

const reset: Handler = ({ req }) => req.socket.destroy();
const neverAnswer: Handler = () => undefined;
const signedOk: Handler = (ctx) => replySigned(ctx, signer, okBody('S'));
const html = (status: number): Handler => ({ res }) => {
  res.writeHead(status, { 'content-type': 'text/html' });
  res.end('<html><body><h1>Bad Gateway</h1></body></html>');
};

// Every case runs over both ways an attempt can travel: the default node:http exchange, and a caller-supplied
// fetch (here the built-in one), which the transport wraps and does not trust to honour its signal.
const EXCHANGES = [
  { name: 'node:http (default)', extra: {} },
  { name: 'an injected fetch', extra: { fetch: (input: string | URL | Request, init?: RequestInit) => globalThis.fetch(input, init) } },
];

let server: RecordingServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handlers: Handler | Handler[]): Promise<RecordingServer> {
  server = await startRecordingServer(handlers);
  return server;
}

describe.each(EXCHANGES)('over $name', ({ extra }) => {
  const transport = (overrides: Parameters<typeof makeTransport>[0] = {}) => makeTransport({ ...extra, ...overrides });

  describe('retries that end in an error', () => {
    it('connection reset on every attempt -> AntomNetworkError after 3 identical attempts', async () => {
      const { origin, requests } = await serve(reset);
      const body = payBody();
      const error = await rejectionOf(transport()(payRequest(origin, body)));
      expect(error).toBeInstanceOf(AntomNetworkError);
      expect((error as AntomNetworkError).attempts).toBe(3);
      expect((error as AntomNetworkError).cause).toBeInstanceOf(Error);
      expectIdenticalSignedRequests(requests, 3, body);
    });

    it('handler that never answers -> AntomTimeoutError after 3 attempts', async () => {
      const { origin, requests } = await serve(neverAnswer);
      const body = payBody();
      const started = Date.now();
      const error = await rejectionOf(transport({ timeoutMs: 150 })(payRequest(origin, body)));
      expect(error).toBeInstanceOf(AntomTimeoutError);
      expect((error as AntomTimeoutError).attempts).toBe(3);
      expectTimedOutWithin(started, 3, 150);
      expectIdenticalSignedRequests(requests, 3, body);
    });

    it('body that stalls after the headers -> AntomTimeoutError after 3 attempts', async () => {
      const { origin, requests } = await serve(({ res }) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '500' });
        res.write('{"result":{"resultStatus":');
      });
      const body = payBody();
      const started = Date.now();
      const error = await rejectionOf(transport({ timeoutMs: 150 })(payRequest(origin, body)));
      expect(error).toBeInstanceOf(AntomTimeoutError);
      expect((error as AntomTimeoutError).attempts).toBe(3);
      expectTimedOutWithin(started, 3, 150);
      expectIdenticalSignedRequests(requests, 3, body);
    });

    it('Content-Length larger than the bytes written, then the socket closes -> AntomNetworkError', async () => {
      const { origin, requests } = await serve(({ res }) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '400' });
        res.write('{"result":{"resultCode":"SUCC', () => res.socket?.destroy());
      });
      const body = payBody();
      const error = await rejectionOf(transport()(payRequest(origin, body)));
      expect(error).toBeInstanceOf(AntomNetworkError);
      expect((error as AntomNetworkError).attempts).toBe(3);
      expectIdenticalSignedRequests(requests, 3, body);
    });

    it('complete 200 response whose JSON is cut mid-way (even if signed) -> AntomNetworkError, not retried (downloaded once)', async () => {
      const { origin, requests } = await serve((ctx) => replySigned(ctx, signer, okBody('S').slice(0, 25)));
      const body = payBody();
      const error = await rejectionOf(transport()(payRequest(origin, body)));
      expect(error).toBeInstanceOf(AntomNetworkError);
      expect((error as AntomNetworkError).attempts).toBe(1);
      expect((error as AntomNetworkError).cause).toBeInstanceOf(SyntaxError);
      expectIdenticalSignedRequests(requests, 1, body);
    });

    it('HTML error page with 502 -> AntomNetworkError whose cause is the last AntomHttpError', async () => {
      const { origin, requests } = await serve(html(502));
      const body = payBody();
      const error = await rejectionOf(transport()(payRequest(origin, body)));
      expect(error).toBeInstanceOf(AntomNetworkError);
      expect((error as AntomNetworkError).attempts).toBe(3);
      const cause = (error as AntomNetworkError).cause;
      expect(cause).toBeInstanceOf(AntomHttpError);
      expect((cause as AntomHttpError).status).toBe(502);
      expect((cause as AntomHttpError).bodyText).toContain('<h1>Bad Gateway</h1>');
      expect((cause as AntomHttpError).verified).toBe(false);
      expectIdenticalSignedRequests(requests, 3, body);
    });

    it('HTML page with 200 -> AntomNetworkError (not JSON) after one attempt: a 2xx is never downloaded twice', async () => {
      const { origin, requests } = await serve(html(200));
      const body = payBody();
      const error = await rejectionOf(transport()(payRequest(origin, body)));
      expect(error).toBeInstanceOf(AntomNetworkError);
      expect((error as AntomNetworkError).attempts).toBe(1);
      expectIdenticalSignedRequests(requests, 1, body);
    });

    it('connection refused -> AntomNetworkError after 3 attempts', async () => {
      const port = await closedPort();
      const error = await rejectionOf(transport()(payRequest(`http://127.0.0.1:${port}`)));
      expect(error).toBeInstanceOf(AntomNetworkError);
      expect((error as AntomNetworkError).attempts).toBe(3);
      expect((error as AntomNetworkError).message).toContain('ECONNREFUSED');
    });

    it('mixed failures end with the class of the last one (500, reset, timeout -> timeout)', async () => {
      const { origin, requests } = await serve([html(500), reset, neverAnswer]);
      const body = payBody();
      const started = Date.now();
      const error = await rejectionOf(transport({ timeoutMs: 150 })(payRequest(origin, body)));
      expect(error).toBeInstanceOf(AntomTimeoutError);
      expect((error as AntomTimeoutError).attempts).toBe(3);
      expectTimedOutWithin(started, 1, 150);
      expectIdenticalSignedRequests(requests, 3, body);
    });

    it('a non-retryable 400 -> AntomHttpError after one attempt, verified when Antom signed it', async () => {
      const { origin, requests } = await serve((ctx) => replySigned(ctx, signer, '{"error":"bad"}', { status: 400 }));
      const error = await rejectionOf(transport()(payRequest(origin)));
      expect(error).toBeInstanceOf(AntomHttpError);
      expect((error as AntomHttpError).status).toBe(400);
      expect((error as AntomHttpError).verified).toBe(true);
      expect((error as AntomHttpError).attempts).toBe(1);
      expect(requests).toHaveLength(1);
    });

    it('an unsigned 404 -> AntomHttpError with verified false (no signature error for non-2xx)', async () => {
      const { origin } = await serve(({ res }) => {
        res.writeHead(404);
        res.end('not found');
      });
      const error = await rejectionOf(transport()(payRequest(origin)));
      expect(error).toBeInstanceOf(AntomHttpError);
      expect((error as AntomHttpError).verified).toBe(false);
    });
  });

  describe('retries that recover', () => {
    it('500 then a signed 200 -> the 200 body, after 2 identical attempts', async () => {
      const { origin, requests } = await serve([html(500), signedOk]);
      const body = payBody();
      const response = await transport()(payRequest(origin, body));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual(JSON.parse(okBody('S')));
      expect(attemptsOf(response)).toBe(2);
      expectIdenticalSignedRequests(requests, 2, body);
    });

    it('429 then reset then a signed 200 -> 3 attempts', async () => {
      const tooMany: Handler = ({ res }) => {
        res.writeHead(429);
        res.end();
      };
      const { origin, requests } = await serve([tooMany, reset, signedOk]);
      const body = payBody();
      const response = await transport()(payRequest(origin, body));
      expect(attemptsOf(response)).toBe(3);
      expectIdenticalSignedRequests(requests, 3, body);
    });

    it('reports each attempt and sleeps the full-jitter backoff between them', async () => {
      const { origin } = await serve([html(503), reset, signedOk]);
      const infos: AttemptInfo[] = [];
      const sleeps: number[] = [];
      const send = transport({
        onAttempt: (info) => infos.push(info),
        sleep: async (ms) => {
          sleeps.push(ms);
        },
        random: () => 0.5,
      });
      await send(payRequest(origin));
      expect(infos.map((i) => [i.attempt, i.outcome, i.status, i.retryInMs])).toEqual([
        [1, 'retryable-status', 503, 5],
        [2, 'network-error', undefined, 10],
        [3, 'ok', 200, undefined],
      ]);
      expect(sleeps).toEqual([5, 10]);
    });
  });

  describe('decoding', () => {
    it('drops a leading UTF-8 byte-order mark before verifying and parsing, as fetch does', async () => {
      const text = okBody('S');
      const { origin } = await serve((ctx) => {
        const capture = { writeHead: () => capture, end: () => capture };
        const headers = replySigned({ ...ctx, res: capture as never }, signer, text);
        ctx.res.writeHead(200, headers);
        ctx.res.end(`\uFEFF${text}`);
      });
      const response = await transport()(payRequest(origin));
      expect(await response.text()).toBe(text);
    });
  });

  describe('never retried', () => {
    it.each(['F', 'U'] as const)('a signed 200 JSON with resultStatus %s is returned after exactly one attempt', async (status) => {
      const { origin, requests } = await serve((ctx) => replySigned(ctx, signer, okBody(status)));
      const response = await transport()(payRequest(origin));
      expect(attemptsOf(response)).toBe(1);
      expect(requests).toHaveLength(1);
      expect(((await response.json()) as { result: { resultStatus: string } }).result.resultStatus).toBe(status);
    });

    it('a caller abort is rethrown as-is without retrying', async () => {
      const controller = new AbortController();
      // Aborted once the request has reached the server (not after a fixed delay, which a loaded machine can outrun).
      const { origin, requests } = await serve((ctx) => {
        neverAnswer(ctx);
        controller.abort();
      });
      const started = Date.now();
      const error = await rejectionOf(transport({ timeoutMs: 5000 })(payRequest(origin, payBody(), { signal: controller.signal })));
      expect((error as Error).name).toBe('AbortError');
      // Well before the 5 s attempt deadline: the abort itself ended the call.
      expect(Date.now() - started).toBeLessThan(1500);
      expect(requests).toHaveLength(1);
    });
  });

  describe('request shape', () => {
    it('forwards caller headers but the four signed headers win', async () => {
      const { origin, requests } = await serve(signedOk);
      const headers = { 'x-trace-id': 'trace-1', 'Client-Id': 'spoofed', Signature: 'forged', 'Content-Type': 'text/plain' };
      await transport()(payRequest(origin, payBody(), { headers }));
      const recorded = requests[0];
      expect(recorded?.headers['x-trace-id']).toBe('trace-1');
      expect(recorded?.headers['client-id']).toBe('SANDBOX_5Y3A2N2YEB3D03');
      expect(recorded?.headers['signature']).toMatch(/^algorithm=RSA256,keyVersion=1,signature=[A-Za-z0-9%]+$/);
      expect(recorded?.headers['content-type']).toBe('application/json; charset=UTF-8');
      expect(recorded?.headers['request-time']).toMatch(/^\d{13}$/);
    });
  });
});

// Outside the per-exchange cases: the fetch under test is this deaf one, whichever exchange the suite would pick.
describe('an injected fetch that ignores its signal', () => {
  // An injected fetch is not trusted to honour the attempt's signal: the transport races it itself.
  const deafFetch: typeof fetch = (input, init) => globalThis.fetch(input, { ...init, signal: null });

  it.each([
    { name: 'never answers', handler: neverAnswer },
    {
      name: 'stalls the body',
      handler: (({ res }) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '500' });
        res.write('{"result":');
      }) as Handler,
    },
  ])('an injected fetch that ignores the signal while the server $name -> AntomTimeoutError after 3 attempts', async ({ handler }) => {
    const { origin, requests } = await serve(handler);
    const body = payBody();
    const started = Date.now();
    const error = await rejectionOf(makeTransport({ timeoutMs: 150, fetch: deafFetch })(payRequest(origin, body)));
    expect(error).toBeInstanceOf(AntomTimeoutError);
    expect((error as AntomTimeoutError).attempts).toBe(3);
    expectTimedOutWithin(started, 3, 150);
    expectIdenticalSignedRequests(requests, 3, body);
  });
});
