// Answers are bound to their request: a correctly signed answer to one call, replayed to another, is refused with
// AntomResponseMismatchError (not a signature error), over both exchanges; so is a stale or far-future answer when
// maxResponseAgeMs is set.
import createClient from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import type { paths } from '../../generated/schema.ts';
import { interpretPayResult, isAntomError } from '../../src/index.ts';
import { minimalPayBody } from '../fixtures/pay-body.ts';
import { EXCHANGES, clientFor, useGuardedServer, settle } from './helpers/hardening.ts';
import { replySigned } from './helpers/recording-server.ts';
import type { Handler, HandlerContext } from './helpers/recording-server.ts';
import { rejectionOf, signer } from './helpers/transport-fixtures.ts';

const success = (fields: Record<string, string | undefined>): string =>
  JSON.stringify({ result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'Success' }, ...fields });

const { serve, guard } = useGuardedServer();

/** Answers the first call honestly (signed), then replays that exact signed answer, headers and bytes, to every later call. */
function replayFirstAnswer(answerFor: (ctx: HandlerContext) => string): Handler {
  let recorded: { headers: Record<string, string>; body: string } | undefined;
  return (ctx) => {
    if (recorded === undefined) {
      const body = answerFor(ctx);
      recorded = { headers: replySigned(ctx, signer, body), body };
      return;
    }
    ctx.res.writeHead(200, recorded.headers);
    ctx.res.end(recorded.body);
  };
}

const echoPaymentRequestId = (ctx: HandlerContext): string =>
  success({ paymentRequestId: (JSON.parse(ctx.request.body.toString('utf8')) as { paymentRequestId: string }).paymentRequestId, paymentId: 'pay-A' });

function expectMismatch(error: unknown, field: string): void {
  expect((error as Error).name).toBe('AntomResponseMismatchError');
  expect(isAntomError(error)).toBe(true);
  expect((error as { field?: string }).field).toBe(field);
  expect((error as Error).message).toContain('not the answer to this call');
  expect((error as { attempts?: number }).attempts).toBe(1);
}

describe.each(EXCHANGES)('over $name', ({ extra }) => {
  it('a signed S for payment A replayed to the call for payment B -> AntomResponseMismatchError, process alive', async () => {
    const { origin, requests } = await serve(replayFirstAnswer(echoPaymentRequestId));
    const client = clientFor(origin, extra);
    const first = await client.pay({ ...minimalPayBody, paymentRequestId: 'pay-A' });
    expect(interpretPayResult(first.data!).kind).toBe('success');
    const error = await rejectionOf(client.pay({ ...minimalPayBody, paymentRequestId: 'pay-B' }));
    expectMismatch(error, 'paymentRequestId');
    expect(requests).toHaveLength(2);
    await settle();
    guard().assertNone();
  });

  it('the same replay through client.fetch (openapi-fetch on the transport) is refused too', async () => {
    const { origin } = await serve(replayFirstAnswer(echoPaymentRequestId));
    const client = clientFor(origin, extra);
    const raw = createClient<paths>({ baseUrl: client.baseUrl, fetch: client.fetch });
    await raw.POST('/v1/payments/pay', { body: { ...minimalPayBody, paymentRequestId: 'pay-A' } });
    expectMismatch(await rejectionOf(raw.POST('/v1/payments/pay', { body: { ...minimalPayBody, paymentRequestId: 'pay-B' } })), 'paymentRequestId');
  });

  it.each([
    { field: 'refundRequestId', request: { refundRequestId: 'r-2', paymentId: 'p-1' }, response: { refundRequestId: 'r-1', paymentId: 'p-1' } },
    { field: 'captureRequestId', request: { captureRequestId: 'c-2', paymentId: 'p-1' }, response: { captureRequestId: 'c-1', paymentId: 'p-1' } },
    { field: 'paymentId', request: { paymentId: 'p-2' }, response: { paymentId: 'p-1', paymentRequestId: 'x' } },
  ])('a signed answer echoing another $field -> AntomResponseMismatchError naming it', async ({ field, request, response }) => {
    const { origin } = await serve((ctx) => replySigned(ctx, signer, success(response)));
    const client = clientFor(origin, extra);
    const error = await rejectionOf(client.fetch(new Request(`${client.baseUrl}/v1/payments/other`, { method: 'POST', body: JSON.stringify(request) })));
    expectMismatch(error, field);
  });

  it('an answer that echoes the same ids, or none, is accepted', async () => {
    const { origin } = await serve((ctx) => replySigned(ctx, signer, ctx.index === 0 ? echoPaymentRequestId(ctx) : success({})));
    const client = clientFor(origin, extra);
    expect((await client.pay(minimalPayBody)).data?.paymentRequestId).toBe(minimalPayBody.paymentRequestId);
    expect((await client.pay(minimalPayBody)).data?.result.resultStatus).toBe('S');
  });

  it('matchResponseIds: false accepts the replayed answer (opt-out)', async () => {
    const { origin } = await serve(replayFirstAnswer(echoPaymentRequestId));
    const client = clientFor(origin, { ...extra, matchResponseIds: false } as never);
    await client.pay({ ...minimalPayBody, paymentRequestId: 'pay-A' });
    const { data } = await client.pay({ ...minimalPayBody, paymentRequestId: 'pay-B' });
    expect(data?.paymentRequestId).toBe('pay-A');
  });

  describe('maxResponseAgeMs', () => {
    const now = Date.now();
    it.each([
      { name: 'an hour old', time: String(now - 3_600_000) },
      { name: 'an hour in the future', time: String(now + 3_600_000) },
      { name: 'an hour old, as ISO 8601', time: new Date(now - 3_600_000).toISOString() },
    ])('a correctly signed answer $name -> AntomResponseMismatchError (response-time)', async ({ time }) => {
      const { origin, requests } = await serve((ctx) => replySigned(ctx, signer, echoPaymentRequestId(ctx), { responseTime: time }));
      const error = await rejectionOf(clientFor(origin, { ...extra, maxResponseAgeMs: 60_000 } as never).pay(minimalPayBody));
      expectMismatch(error, 'response-time');
      expect(requests).toHaveLength(1);
    });

    it('a fresh answer is accepted, and without the option an old one is too (off by default)', async () => {
      const { origin } = await serve((ctx) => replySigned(ctx, signer, echoPaymentRequestId(ctx), { responseTime: ctx.index === 0 ? String(Date.now()) : '1700000000123' }));
      expect((await clientFor(origin, { ...extra, maxResponseAgeMs: 60_000 } as never).pay(minimalPayBody)).data?.result.resultStatus).toBe('S');
      expect((await clientFor(origin, extra).pay(minimalPayBody)).data?.result.resultStatus).toBe('S');
    });

    it.each([-1, Number.NaN, Infinity, '60000'])('refuses maxResponseAgeMs %s at construction', (value) => {
      expect(() => clientFor('http://127.0.0.1:9', { ...extra, maxResponseAgeMs: value } as never)).toThrow(
        expect.objectContaining({ name: 'AntomConfigError', option: 'maxResponseAgeMs' }),
      );
    });
  });
});
