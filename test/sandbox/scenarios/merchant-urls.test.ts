// The addresses a merchant gives the sandbox (issue 22, reproductions 4 and 8): every request field named …Url or
// …URL must be an http or https URL that `new URL` reads, or the call gets PARAM_ILLEGAL naming the field, in every
// operation (pay, createPaymentSession, refund, nested goods) and in both modes; such a payment is never opened.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningMock } from '../../../sandbox/server.ts';
import { signedPost } from '../../contract/helpers/signed-post.ts';
import { expectValidResponse } from '../helpers/contract.ts';
import { control, payBody, startTestSandbox } from '../helpers/sandbox.ts';
import { sessionBody } from '../helpers/sessions.ts';

let sandbox: RunningMock;
let stateless: RunningMock;
beforeAll(async () => {
  [sandbox, stateless] = await Promise.all([startTestSandbox(), startTestSandbox({ stateful: false })]);
});
afterAll(async () => {
  await Promise.all([sandbox?.close(), stateless?.close()]);
});

interface Answer {
  result: { resultCode: string; resultStatus: string; resultMessage: string };
}

async function post(origin: string, body: unknown, path = '/ams/api/v1/payments/pay'): Promise<Answer> {
  const answer = await signedPost(origin, JSON.stringify(body), path);
  expect(answer.status, answer.text).toBe(200);
  expect(answer.signatureValid).toBe(true);
  return JSON.parse(answer.text) as Answer;
}

const payments = async (): Promise<Array<{ paymentRequestId: string }>> =>
  (await control<{ payments: Array<{ paymentRequestId: string }> }>(sandbox.url, 'GET', 'payments')).data.payments;

/** They pass the schema's `format: uri` (checked below: Prism lets them through) but `new URL` refuses them. */
const UNREADABLE = ['http://merchant.example:99999/back', 'http://1.2.3.256/back', 'http://shop%20example/back', 'http://a:b/', 'http://xn--/'];
const BAD = ['javascript:alert(document.domain)', 'JavaScript:fetch("/__sandbox/reset")', 'data:text/html,<script>alert(1)</script>', 'ftp://merchant.example/notify', 'file:///etc/passwd', '/relative/path', ...UNREADABLE];

describe('merchant URLs in gateway requests', () => {
  it.each(BAD)('when pay gives paymentRedirectUrl %j, then PARAM_ILLEGAL names the field and no payment is opened', async (url) => {
    const body = payBody({ paymentRedirectUrl: url });
    const data = await post(sandbox.url, body);
    expectValidResponse('pay', data);
    expect(data.result).toMatchObject({ resultCode: 'PARAM_ILLEGAL', resultStatus: 'F' });
    expect(data.result.resultMessage).toContain('body.paymentRedirectUrl');
    expect((await payments()).map((payment) => payment.paymentRequestId)).not.toContain(body.paymentRequestId);
  });

  it('when only the URL breaks the rule, then Prism alone accepts the body and the sandbox check refuses it, stateless too', async () => {
    // The message is the sandbox check's, not Prism's format finding; with a good URL the example is PAYMENT_IN_PROCESS.
    for (const url of [...UNREADABLE, 'javascript:alert(1)', 'vbscript:msgbox(1)']) {
      const data = await post(stateless.url, payBody({ paymentRedirectUrl: url }));
      expect(data.result.resultCode, url).toBe('PARAM_ILLEGAL');
      expect(data.result.resultMessage, url).toMatch(/^body\.paymentRedirectUrl format: must be an absolute http or https URL$/);
    }
    expect((await post(stateless.url, payBody({ paymentRedirectUrl: 'https://merchant.example/back?x=1' }))).result.resultCode).toBe('PAYMENT_IN_PROCESS');
  });

  it('when any other URL field is not a web URL (notify URLs, a goods URL deep in the order, a session, a refund), then PARAM_ILLEGAL names that field', async () => {
    const base = payBody();
    const goods = [{ ...(base.order?.goods?.[0] ?? {}), goodsUrl: 'javascript:void 0' }];
    const cases: Array<{ path: string; body: unknown; field: string }> = [
      { path: '/ams/api/v1/payments/pay', body: payBody({ paymentNotifyUrl: 'gopher://127.0.0.1:70/' }), field: 'body.paymentNotifyUrl' },
      { path: '/ams/api/v1/payments/pay', body: payBody({ order: { ...base.order, goods } }), field: 'body.order.goods.0.goodsUrl' },
      { path: '/ams/api/v1/payments/createPaymentSession', body: sessionBody('CHECKOUT_PAYMENT', 'http://127.0.0.1:9', { paymentRedirectUrl: 'javascript:alert(1)' }), field: 'body.paymentRedirectUrl' },
      { path: '/ams/api/v1/payments/createPaymentSession', body: sessionBody('ELEMENT_PAYMENT', 'http://127.0.0.1:9', { paymentNotifyUrl: 'http://1.2.3.256/notify' }), field: 'body.paymentNotifyUrl' },
      { path: '/ams/api/v1/payments/refund', body: { refundRequestId: 'r-1', paymentId: 'p-1', refundAmount: { currency: 'USD', value: '1' }, refundNotifyUrl: 'file:///etc/passwd' }, field: 'body.refundNotifyUrl' },
    ];
    for (const { path, body, field } of cases) {
      const data = await post(sandbox.url, body, path);
      expect(data.result.resultCode, `${path} ${field}`).toBe('PARAM_ILLEGAL');
      expect(data.result.resultMessage, `${path} ${field}`).toContain(`${field} format`);
    }
  });

  it('when every URL is http or https, then the payment opens and the cashier page answers 200', async () => {
    const body = payBody({ paymentRedirectUrl: 'http://localhost:1/back', paymentNotifyUrl: 'https://127.0.0.1:1/notify' });
    const data = (await post(sandbox.url, body)) as Answer & { normalUrl: string };
    expect(data.result.resultCode).toBe('PAYMENT_IN_PROCESS');
    expect((await fetch(data.normalUrl)).status).toBe(200);
  });
});

describe('malformed ids in sandbox paths', () => {
  it('when an id is not valid percent-encoding, then 400 with a short message and no exception text', async () => {
    for (const path of ['/__sandbox/payments/%E0%A4%A', '/__sandbox/cashier/%ZZ', '/__sandbox/checkout/%E0%A4%A']) {
      const answer = await fetch(`${sandbox.url}${path}`);
      const text = await answer.text();
      expect(answer.status, path).toBe(400);
      expect(JSON.parse(text), path).toEqual({ error: 'BAD_REQUEST', message: 'the path holds a malformed percent escape' });
    }
  });
});
