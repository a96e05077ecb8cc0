// createPaymentSession and consult as the plain functions they are (ctx, call) => answer text, on an in-process
// sandbox state (no Prism, no HTTP): idempotency, closed payments, session expiry, what each scene answers, the
// Checkout Page's escaping. The end-to-end versions are in scenarios/sessions*.test.ts.
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkoutHtml } from '../../sandbox/checkout/page.ts';
import { checkoutOptions } from '../../sandbox/checkout/routes.ts';
import { consult } from '../../sandbox/handlers/consult.ts';
import { createPaymentSession } from '../../sandbox/handlers/create-payment-session.ts';
import { pay } from '../../sandbox/handlers/pay.ts';
import { createSandboxContext } from '../../sandbox/state/context.ts';
import type { SandboxContext } from '../../sandbox/state/context.ts';
import { cancelPayment, completePayment } from '../../sandbox/state/transitions.ts';
import { parsePrivateKey } from '../../src/index.ts';
import { ANTOM_TEST_PRIVATE_KEY_PATH, readTestKey } from '../../sandbox/test-keys.ts';

const SPEC = fileURLToPath(new URL('../../generated/openapi.json', import.meta.url));
const ORIGIN = 'http://127.0.0.1:4010';
const HOUR = 3_600_000;
let ctx: SandboxContext;
let counter = 0;

beforeEach(() => {
  ctx = createSandboxContext({ specPath: SPEC, antomPrivateKey: parsePrivateKey(readTestKey(ANTOM_TEST_PRIVATE_KEY_PATH)), onError: (error) => { throw error; } });
});
afterEach(() => ctx.scheduler.clear());

function sessionBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    productCode: 'CASHIER_PAYMENT',
    productScene: 'CHECKOUT_PAYMENT',
    paymentRequestId: `unit-session-${++counter}`,
    order: { referenceOrderId: 'ORDER-1', orderDescription: 'Two mugs', orderAmount: { currency: 'USD', value: '1999' } },
    paymentAmount: { currency: 'USD', value: '1999' },
    settlementStrategy: { settlementCurrency: 'USD' },
    paymentRedirectUrl: 'https://shop.example/return',
    ...overrides,
  };
}
const call = (body: Record<string, unknown>) => ({ clientId: 'CLIENT', body, origin: ORIGIN });
const open = (body: Record<string, unknown>) => JSON.parse(createPaymentSession(ctx, call(body))) as Record<string, unknown> & { result: { resultCode: string } };
const paymentOf = (body: Record<string, unknown>) => ctx.store.payment('CLIENT', { paymentRequestId: body.paymentRequestId as string })!;

describe('createPaymentSession, in process', () => {
  it('when a Checkout Page session is opened, then it answers normalUrl and paymentSessionData and a PROCESSING payment without a method exists', () => {
    const body = sessionBody();
    const answer = open(body);
    expect(answer.result.resultCode).toBe('SUCCESS');
    expect(answer.normalUrl).toBe(`${ORIGIN}/__sandbox/checkout/${answer.paymentSessionId as string}`);
    expect(answer.paymentSessionData).toEqual(expect.stringMatching(/^SBXSESSION[0-9A-F]{24}&&[\w-]{64}$/));
    const payment = paymentOf(body);
    expect(payment).toMatchObject({ paymentStatus: 'PROCESSING', paymentMethodType: '', session: { productScene: 'CHECKOUT_PAYMENT', paymentSessionId: answer.paymentSessionId } });
    expect(Date.parse(answer.paymentSessionExpiryTime as string)).toBe(payment.expiresAt);
    expect(payment.expiresAt - payment.createdAt).toBeGreaterThan(HOUR - 1000);
    expect(payment.expiresAt - payment.createdAt).toBeLessThanOrEqual(HOUR);
  });

  it.each(['ELEMENT_PAYMENT', 'EASY_PAY'])('when a %s session is opened, then it answers paymentSessionData without normalUrl and keeps the method', (productScene) => {
    const body = sessionBody({ productScene, paymentMethod: { paymentMethodType: 'KAKAOPAY' }, paymentNotifyUrl: 'http://127.0.0.1:1/notify' });
    const answer = open(body);
    expect(Object.keys(answer).sort()).toEqual(['paymentSessionData', 'paymentSessionExpiryTime', 'paymentSessionId', 'result']);
    expect(paymentOf(body)).toMatchObject({ paymentMethodType: 'KAKAOPAY', session: { productScene } });
  });

  it('when the same request is repeated, then the answer is the same text; changed amount, currency, method or scene get REPEAT_REQ_INCONSISTENT', () => {
    const body = sessionBody({ productScene: 'ELEMENT_PAYMENT', paymentMethod: { paymentMethodType: 'CARD' } });
    const first = createPaymentSession(ctx, call(body));
    expect(createPaymentSession(ctx, call(structuredClone(body)))).toBe(first);
    // Fields outside the key (order text, URLs) do not make a different request.
    expect(createPaymentSession(ctx, call({ ...body, paymentRedirectUrl: 'https://shop.example/other' }))).toBe(first);
    for (const change of [
      { paymentAmount: { currency: 'USD', value: '2000' } },
      { paymentAmount: { currency: 'EUR', value: '1999' } },
      { paymentMethod: { paymentMethodType: 'ALIPAY_CN' } },
      { productScene: 'CHECKOUT_PAYMENT' },
      { productCode: 'AGREEMENT_PAYMENT' },
    ]) {
      expect(open({ ...body, ...change }).result.resultCode, JSON.stringify(change)).toBe('REPEAT_REQ_INCONSISTENT');
    }
    expect(ctx.store.payments()).toHaveLength(1);
  });

  it('when the paymentRequestId belongs to a payment made by pay, then a session for it is REPEAT_REQ_INCONSISTENT, and the other way round', () => {
    const body = sessionBody();
    const payBody = { ...body, paymentMethod: { paymentMethodType: 'ALIPAY_CN' }, env: { terminalType: 'WEB' } };
    expect(JSON.parse(pay(ctx, call(payBody))).result.resultCode).toBe('PAYMENT_IN_PROCESS');
    expect(open(body).result.resultCode).toBe('REPEAT_REQ_INCONSISTENT');
    const other = sessionBody();
    open(other);
    expect(JSON.parse(pay(ctx, call({ ...other, paymentMethod: { paymentMethodType: 'ALIPAY_CN' } }))).result.resultCode).toBe('REPEAT_REQ_INCONSISTENT');
  });

  it('when the session payment failed, was cancelled or expired, then a repeat gets ORDER_IS_CLOSED', () => {
    const failed = sessionBody();
    open(failed);
    completePayment(ctx, paymentOf(failed), 'FAIL');
    const cancelled = sessionBody();
    open(cancelled);
    cancelPayment(ctx, paymentOf(cancelled));
    const expired = sessionBody();
    open(expired);
    ctx.clock.advance(HOUR);
    for (const body of [failed, cancelled, expired]) expect(open(body).result.resultCode).toBe('ORDER_IS_CLOSED');
    expect(paymentOf(expired)).toMatchObject({ paymentStatus: 'FAIL', paymentResultCode: 'ORDER_IS_CLOSED' });
  });

  it('when the session was paid, then a repeat still gets the first answer', () => {
    const body = sessionBody();
    const first = createPaymentSession(ctx, call(body));
    completePayment(ctx, paymentOf(body), 'SUCCESS');
    expect(createPaymentSession(ctx, call(body))).toBe(first);
  });

  it('when paymentSessionExpiryTime is inside the hour after creation, then it is answered as sent and the payment closes then', () => {
    const at = new Date(ctx.clock.now() + 30 * 60_000).toISOString();
    const body = sessionBody({ paymentSessionExpiryTime: at });
    expect(open(body).paymentSessionExpiryTime).toBe(at);
    ctx.clock.advance(30 * 60_000 - 1_000);
    expect(open(body).result.resultCode).toBe('SUCCESS');
    ctx.clock.advance(1_000);
    expect(open(body).result.resultCode).toBe('ORDER_IS_CLOSED');
  });

  it.each([
    ['now', 0],
    ['in the past', -60_000],
    ['one hour and one second later', HOUR + 1_000],
  ])('when paymentSessionExpiryTime is %s, then PARAM_ILLEGAL names the rule and nothing is stored', (_name, offset) => {
    const body = sessionBody({ paymentSessionExpiryTime: new Date(ctx.clock.now() + offset).toISOString() });
    const answer = open(body);
    expect(answer.result).toMatchObject({ resultCode: 'PARAM_ILLEGAL', resultStatus: 'F', resultMessage: expect.stringMatching(/^body\.paymentSessionExpiryTime invalid: must be after the session's creation \(.+\) and at most 1 hour after it$/) });
    expect(ctx.store.payments()).toHaveLength(0);
  });

  it('when exactly one hour is asked for, then the session is opened', () => {
    expect(open(sessionBody({ paymentSessionExpiryTime: new Date(ctx.clock.now() + HOUR).toISOString() })).result.resultCode).toBe('SUCCESS');
  });
});

describe('consult, in process', () => {
  const ask = (body: Record<string, unknown>) => JSON.parse(consult(ctx, call({ productCode: 'CASHIER_PAYMENT', env: { terminalType: 'WEB' }, ...body })));

  it('when asked for a region with methods, then S with the list; for one without, NO_PAY_OPTIONS and no list', () => {
    expect(ask({ paymentAmount: { currency: 'USD', value: '100' }, allowedPaymentMethodRegions: ['GLOBAL'] })).toEqual({
      result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: expect.any(String) },
      paymentOptions: [expect.objectContaining({ paymentMethodType: 'CARD', enabled: 'true' })],
    });
    const none = ask({ paymentAmount: { currency: 'USD', value: '100' }, allowedPaymentMethodRegions: ['BR'] });
    expect(none).toEqual({ result: expect.objectContaining({ resultCode: 'NO_PAY_OPTIONS', resultStatus: 'F' }) });
  });

  it('when a Checkout Page session is opened with the same amount and regions, then the page lists what consult answers', () => {
    const query = { paymentAmount: { currency: 'USD', value: '100' }, userRegion: 'KR' };
    const body = sessionBody(query);
    open(body);
    const page = checkoutOptions(ctx, paymentOf(body)).options.map((option) => ({ ...option, enabled: String(option.enabled) }));
    expect(page).toEqual(ask(query).paymentOptions);
  });
});

describe('the Checkout Page', () => {
  it('when order fields hold markup, then the page shows it as text and holds no element of it', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&';
    const body = sessionBody({ order: { referenceOrderId: hostile, orderDescription: hostile, goods: [{ goodsName: hostile }], orderAmount: { currency: 'USD', value: '1' } }, paymentRedirectUrl: `javascript:alert(3)//${hostile}` });
    open(body);
    const payment = paymentOf(body);
    const html = checkoutHtml(payment, checkoutOptions(ctx, payment), hostile);
    expect(html).not.toMatch(/<script|<img|javascript:/i);
    expect(html.split('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&quot;&#39;&amp;').length - 1).toBe(4);
  });
});
