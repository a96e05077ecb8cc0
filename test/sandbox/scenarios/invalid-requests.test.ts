// Invalid requests and the modes of the sandbox: PARAM_ILLEGAL as Antom answers it (default), Prism's 422 behind
// prismErrors (--prism-errors), and the stateless mode (--stateless) that only serves the spec's examples.
import { afterAll, describe, expect, it } from 'vitest';
import type { RunningMock } from '../../../sandbox/server.ts';
import { signedPost } from '../../contract/helpers/signed-post.ts';
import { expectValidResponse } from '../helpers/contract.ts';
import { payBody, startTestSandbox } from '../helpers/sandbox.ts';

const JSON_TYPE = { 'content-type': 'application/json' };
const started: RunningMock[] = [];
afterAll(async () => {
  await Promise.all(started.map((sandbox) => sandbox.close()));
});
async function sandboxWith(options: Parameters<typeof startTestSandbox>[0]): Promise<RunningMock> {
  const sandbox = await startTestSandbox(options);
  started.push(sandbox);
  return sandbox;
}

describe('invalid requests', () => {
  it('when a lifecycle request breaks its schema, then the answer is a signed HTTP 200 PARAM_ILLEGAL naming the field and rule', async () => {
    const sandbox = await sandboxWith({});
    const refund = await signedPost(sandbox.url, JSON.stringify({ paymentId: 'P1', refundAmount: { currency: 'USD', value: '1' } }), '/ams/api/v1/payments/refund');
    expect(refund.status).toBe(200);
    expect(refund.signatureValid).toBe(true);
    const data = JSON.parse(refund.text) as { result: { resultCode: string; resultStatus: string; resultMessage: string } };
    expectValidResponse('refund', data);
    expect(data.result).toMatchObject({ resultCode: 'PARAM_ILLEGAL', resultStatus: 'F' });
    expect(data.result.resultMessage).toContain('body.refundRequestId required');
    const amount = await signedPost(sandbox.url, JSON.stringify({ refundRequestId: 'R1', paymentId: 'P1', refundAmount: { currency: 'USD', value: 1 } }), '/ams/api/v1/payments/refund');
    expect((JSON.parse(amount.text) as { result: { resultMessage: string } }).result.resultMessage).toContain('body.refundAmount.value type');
  });

  it('when a body holds text that Prism\'s own log parser mangles, then Prism survives it, valid or not', async () => {
    // These two strings made jsonrepair turn Prism's "Request received" log line into an array, and Prism exited.
    const sandbox = await sandboxWith({});
    const consult = { productCode: 'CASHIER_PAYMENT', paymentAmount: { currency: 'USD', value: '1' }, env: { terminalType: 'WEB' } };
    const hostile = { ...consult, allowedPaymentMethods: ['uU[\u{db29f}\u{ba49d}'], customerId: ' &}|d:o' };
    for (const body of [hostile, { ...hostile, productCode: 5 }, consult]) {
      const answer = await signedPost(sandbox.url, JSON.stringify(body), '/ams/api/v1/payments/consult');
      expect(answer.status, answer.text).toBe(200);
      expect(answer.signatureValid).toBe(true);
    }
    const pay = await signedPost(sandbox.url, JSON.stringify(payBody()));
    expect((JSON.parse(pay.text) as { result: { resultCode: string } }).result.resultCode).toBe('PAYMENT_IN_PROCESS');
  });

  it('when prismErrors is on, then the same request gets Prism 422 problem with the violation', async () => {
    const sandbox = await sandboxWith({ prismErrors: true });
    const body = payBody();
    delete (body as unknown as Record<string, unknown>).paymentRequestId;
    const answer = await signedPost(sandbox.url, JSON.stringify(body));
    expect(answer.status).toBe(422);
    expect(answer.signatureValid).toBe(true);
    const problem = JSON.parse(answer.text) as { validation: Array<{ code: string; message: string }> };
    expect(problem.validation.some((item) => item.code === 'required' && item.message.includes('paymentRequestId'))).toBe(true);
  });

  it('when the sandbox runs stateless, then pay answers the spec example, a bad body still gets PARAM_ILLEGAL, and there is no control API', async () => {
    const sandbox = await sandboxWith({ stateful: false });
    const body = payBody();
    const bad = await signedPost(sandbox.url, JSON.stringify({ ...body, productCode: 'NOT_A_PRODUCT' }));
    expect((JSON.parse(bad.text) as { result: { resultCode: string; resultMessage: string } }).result).toMatchObject({
      resultCode: 'PARAM_ILLEGAL',
      resultMessage: expect.stringContaining('body.productCode enum'),
    });
    const first = await signedPost(sandbox.url, JSON.stringify(body));
    const data = JSON.parse(first.text) as { result: { resultCode: string }; normalUrl: string };
    expectValidResponse('pay', data);
    expect(data.result.resultCode).toBe('PAYMENT_IN_PROCESS');
    expect(data.normalUrl.startsWith(sandbox.url)).toBe(false);
    expect((await fetch(`${sandbox.url}/__sandbox/payments`)).status).toBe(404);
  });
});

describe('hostile input to the sandbox listener', () => {
  /** A request body that never ends on its own: it stops only when the sandbox stops reading. */
  function endless(): { body: ReadableStream<Uint8Array>; sent: () => number } {
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 65_536;
        if (sent > 512 * 1024 * 1024) controller.close();
        else controller.enqueue(new Uint8Array(65_536).fill(0x20));
      },
    });
    return { body, sent: () => sent };
  }

  it('when a body is larger than the route takes, then 413 before it is all read (gateway, control API, cashier), and the sandbox serves on', async () => {
    const sandbox = await sandboxWith({});
    const open = await signedPost(sandbox.url, JSON.stringify(payBody()));
    const { paymentId } = JSON.parse(open.text) as { paymentId: string };
    for (const path of ['/ams/api/v1/payments/pay', '/__sandbox/clock', `/__sandbox/cashier/${paymentId}`]) {
      const stream = endless();
      const answer = await fetch(`${sandbox.url}${path}`, { method: 'POST', headers: JSON_TYPE, body: stream.body, duplex: 'half' } as RequestInit);
      expect(answer.status, path).toBe(413);
      expect((JSON.parse(await answer.text()) as { error: string }).error, path).toBe('PAYLOAD_TOO_LARGE');
      expect(stream.sent(), path).toBeLessThan(512 * 1024 * 1024);
    }
    // A defense document of the largest size the API allows still fits the gateway's limit.
    const evidence = JSON.stringify({ disputeId: 'D1', disputeEvidence: 'A'.repeat(1_000_000) });
    const large = await signedPost(sandbox.url, evidence, '/ams/api/v1/payments/supplyDefenseDocument');
    expect(large.status).toBe(200);
    expect((JSON.parse(large.text) as { result: { resultCode: string } }).result.resultCode).not.toBe('PARAM_ILLEGAL');
    // PHP's json_encode (Antom's PHP SDK) writes every `/` as `\/`: the same document, all slashes, is 2 000 000
    // bytes of body, which is why the limit is 2 MiB and not 1 MiB.
    const escaped = `{"disputeId":"D1","disputeEvidence":"${'\\/'.repeat(1_000_000)}"}`;
    expect(escaped.length).toBeGreaterThan(1024 * 1024);
    const php = await signedPost(sandbox.url, escaped, '/ams/api/v1/payments/supplyDefenseDocument');
    expect(php.status).toBe(200);
    expect((JSON.parse(php.text) as { result: { resultCode: string } }).result.resultCode).not.toBe('PARAM_ILLEGAL');
    const after = await fetch(`${sandbox.url}/__sandbox/payments/${paymentId}`);
    expect(after.status).toBe(200);
  });

  it('when the clock is asked to move past the year 9999, then 400 and the sandbox keeps working', async () => {
    const sandbox = await sandboxWith({});
    for (const advanceMs of [1e16, Number.MAX_VALUE]) {
      const answer = await fetch(`${sandbox.url}/__sandbox/clock`, { method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ advanceMs }) });
      expect(answer.status, String(advanceMs)).toBe(400);
    }
    const pay = await signedPost(sandbox.url, JSON.stringify(payBody()));
    expect((JSON.parse(pay.text) as { result: { resultCode: string } }).result.resultCode).toBe('PAYMENT_IN_PROCESS');
    expect((await fetch(`${sandbox.url}/__sandbox/payments`)).status).toBe(200);
  });

  it('when the clock is asked to move by a fraction of a millisecond or a negative amount, then 400 and it stays put', async () => {
    const sandbox = await sandboxWith({});
    for (const advanceMs of [0.5, 1_000.25, -1, '60000']) {
      const answer = await fetch(`${sandbox.url}/__sandbox/clock`, { method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ advanceMs }) });
      expect(answer.status, String(advanceMs)).toBe(400);
      expect(await answer.json()).toEqual({ error: 'BAD_REQUEST', message: 'advanceMs must be a whole number of milliseconds >= 0' });
    }
    const read = await fetch(`${sandbox.url}/__sandbox/clock`, { method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ advanceMs: 0 }) });
    expect(((await read.json()) as { offsetMs: number }).offsetMs).toBe(0);
  });

  it('when a sandbox path holds a malformed percent escape, then 400, not a sandbox error', async () => {
    const sandbox = await sandboxWith({});
    for (const path of ['/__sandbox/payments/%E0%A4%A', '/__sandbox/cashier/%E0%A4%A', '/__sandbox/disputes/%E0%A4%A/judge']) {
      const answer = await fetch(`${sandbox.url}${path}`, path.endsWith('judge') ? { method: 'POST', headers: JSON_TYPE, body: '{}' } : {});
      expect(answer.status, path).toBe(400);
    }
  });
});
