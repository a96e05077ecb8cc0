// Requests that arrive at the same moment: 20 identical pays make one payment and 20 identical answers; refunds
// sent at once never exceed the paid amount. Raw signed requests, all started before any answer is read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningMock } from '../../../sandbox/server.ts';
import { signedPost } from '../../contract/helpers/signed-post.ts';
import { expectValidResponse } from '../helpers/contract.ts';
import { checkedClient, complete, getPayment, payBody, startTestSandbox } from '../helpers/sandbox.ts';

let sandbox: RunningMock;
const AT_ONCE = 20;
const PAY = '/ams/api/v1/payments/pay';
const REFUND = '/ams/api/v1/payments/refund';

beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(async () => {
  await sandbox?.close();
});

const sendAll = (path: string, bodies: readonly unknown[]) => Promise.all(bodies.map((body) => signedPost(sandbox.url, JSON.stringify(body), path)));

describe('concurrent requests', () => {
  it(`when ${AT_ONCE} identical pay requests are sent at once, then exactly one payment exists and all ${AT_ONCE} answers are identical`, async () => {
    const body = payBody();
    const answers = await sendAll(PAY, Array.from({ length: AT_ONCE }, () => body));
    expect(answers.every((answer) => answer.status === 200 && answer.signatureValid)).toBe(true);
    expect(new Set(answers.map((answer) => answer.text)).size).toBe(1);
    const data = JSON.parse(answers[0]!.text) as { result: { resultCode: string }; paymentId: string };
    expectValidResponse('pay', data);
    expect(data.result.resultCode).toBe('PAYMENT_IN_PROCESS');
    const { payments } = (await (await fetch(`${sandbox.url}/__sandbox/payments`)).json()) as { payments: Array<{ paymentRequestId: string }> };
    expect(payments.filter((payment) => payment.paymentRequestId === body.paymentRequestId)).toHaveLength(1);
  });

  it(`when ${AT_ONCE} different refunds of a tenth each are sent at once, then exactly ten succeed and the rest get REFUND_AMOUNT_EXCEED`, async () => {
    const { data } = await checkedClient(sandbox.url).pay(payBody({ paymentAmount: { currency: 'USD', value: '10000' } }));
    const paymentId = data!.paymentId as string;
    await complete(sandbox.url, paymentId, 'SUCCESS');
    const refunds = Array.from({ length: AT_ONCE }, (_, index) => ({ refundRequestId: `${paymentId}-par-${index}`, paymentId, refundAmount: { currency: 'USD', value: '1000' } }));
    const answers = await sendAll(REFUND, refunds);
    const codes = answers.map((answer) => {
      const parsed = JSON.parse(answer.text) as { result: { resultCode: string } };
      expectValidResponse('refund', parsed);
      return parsed.result.resultCode;
    });
    expect(codes.filter((code) => code === 'SUCCESS')).toHaveLength(10);
    expect(codes.filter((code) => code === 'REFUND_AMOUNT_EXCEED')).toHaveLength(AT_ONCE - 10);
    const view = await getPayment(sandbox.url, paymentId);
    expect(view.refunds.reduce((total, refund) => total + BigInt(refund.refundAmount.value), 0n)).toBe(10_000n);
  });

  it(`when the same refund is sent ${AT_ONCE} times at once, then one refund exists and every answer is the same`, async () => {
    const { data } = await checkedClient(sandbox.url).pay(payBody({ paymentAmount: { currency: 'USD', value: '5000' } }));
    const paymentId = data!.paymentId as string;
    await complete(sandbox.url, paymentId, 'SUCCESS');
    const refund = { refundRequestId: `${paymentId}-same`, paymentId, refundAmount: { currency: 'USD', value: '4000' } };
    const answers = await sendAll(REFUND, Array.from({ length: AT_ONCE }, () => refund));
    expect(new Set(answers.map((answer) => answer.text)).size).toBe(1);
    expect(JSON.parse(answers[0]!.text)).toMatchObject({ result: { resultCode: 'SUCCESS' } });
    expect((await getPayment(sandbox.url, paymentId)).refunds).toHaveLength(1);
  });
});
