// Pure parts of the state layer: sandbox clock, scheduler, rules, amounts on the cashier page, PARAM_ILLEGAL text.
import { describe, expect, it } from 'vitest';
import { cashierHtml, formatAmount } from '../../sandbox/cashier/page.ts';
import { describeFinding } from '../../sandbox/param-illegal.ts';
import { MAX_SANDBOX_TIME, createClock, isoTime } from '../../sandbox/state/clock.ts';
import type { Payment } from '../../sandbox/state/model.ts';
import { cancelWindowOpen, expiryOf, refundableAmount } from '../../sandbox/state/rules.ts';
import { createScheduler } from '../../sandbox/state/scheduler.ts';

const payment = (over: Partial<Payment> = {}): Payment => ({
  clientId: 'C', paymentId: 'P', paymentRequestId: 'R', paymentAmount: { currency: 'USD', value: '1000' }, paymentStatus: 'SUCCESS',
  paymentResultCode: 'SUCCESS', paymentMethodType: 'ALIPAY_CN', captureMode: 'AUTOMATIC', paymentRedirectUrl: 'https://shop.example/',
  createdAt: Date.parse('2025-01-01T10:00:00Z'), expiresAt: 0, answer: '', refunds: [], captures: [], notifications: [], ...over,
});

describe('sandbox clock and scheduler', () => {
  it('when the clock is advanced, then due jobs run in due order and later ones wait', async () => {
    let wall = 1_000;
    const clock = createClock(() => wall);
    const ran: number[] = [];
    const scheduler = createScheduler(clock, (error) => {
      throw error;
    });
    scheduler.at(1_000 + 300, (due) => void ran.push(due));
    scheduler.at(1_000 + 100, (due) => {
      ran.push(due);
      scheduler.at(due + 50, (next) => void ran.push(next));
    });
    scheduler.at(1_000 + 10_000, (due) => void ran.push(due));
    clock.advance(500);
    await scheduler.runDue();
    expect(ran).toEqual([1_100, 1_150, 1_300]);
    expect(scheduler.pending()).toBe(1);
    wall += 9_500;
    await scheduler.runDue();
    expect(ran.at(-1)).toBe(11_000);
    scheduler.clear();
    expect(() => clock.advance(-1)).toThrow(RangeError);
  });

  it('when an advance would take the clock past the last time ISO 8601 dates can say, then it is refused and the clock stays', () => {
    const clock = createClock(() => 1_000);
    expect(() => clock.advance(1e16)).toThrow(/past 9999-12-31/);
    expect(() => clock.advance(MAX_SANDBOX_TIME)).toThrow(RangeError);
    expect(clock.offset()).toBe(0);
    expect(clock.advance(MAX_SANDBOX_TIME - 1_000)).toBe(MAX_SANDBOX_TIME);
    expect(isoTime(clock.now())).toBe('9999-12-31T23:59:59Z');
  });
});

describe('rules', () => {
  it('when the request gives no expiry, then the payment closes after the default; otherwise at the given time', () => {
    expect(expiryOf(0, undefined, 14 * 60_000)).toBe(14 * 60_000);
    expect(expiryOf(0, '2025-01-01T10:05:00+08:00', 1)).toBe(Date.parse('2025-01-01T02:05:00Z'));
  });

  it('when a wallet payment was made on day T (UTC+8), then it can be cancelled until 00:15 UTC+8 of T+1', () => {
    const paid = payment({ createdAt: Date.parse('2025-01-01T10:00:00+08:00') });
    expect(cancelWindowOpen(paid, Date.parse('2025-01-02T00:15:00+08:00'))).toBe(true);
    expect(cancelWindowOpen(paid, Date.parse('2025-01-02T00:15:01+08:00'))).toBe(false);
    const card = payment({ paymentMethodType: 'CARD' });
    expect(cancelWindowOpen(card, card.createdAt + 7 * 24 * 3_600_000)).toBe(true);
    expect(cancelWindowOpen(card, card.createdAt + 7 * 24 * 3_600_000 + 1)).toBe(false);
  });

  it('when refunds are running or done, then they count against the refundable amount; failed ones do not', () => {
    const refund = (value: string, refundStatus: 'PROCESSING' | 'SUCCESS' | 'FAIL') => ({
      refundId: value, refundRequestId: value, paymentId: 'P', refundAmount: { currency: 'USD', value }, refundStatus, createdAt: 0, answer: '',
    });
    expect(refundableAmount(payment({ refunds: [refund('300', 'SUCCESS'), refund('200', 'PROCESSING'), refund('400', 'FAIL')] }))).toBe(500n);
  });
});

describe('texts', () => {
  it.each([
    ['USD', '1999', 'USD 19.99'],
    ['JPY', '1999', 'JPY 1999'],
    ['KWD', '5', 'KWD 0.005'],
    ['SGD', '7', 'SGD 0.07'],
  ])('when %s %s is shown on the cashier page, then it reads %s', (currency, value, shown) => {
    expect(formatAmount(currency, value)).toBe(shown);
  });

  it('when Prism reports a missing property, then the PARAM_ILLEGAL text names the full field path and the rule', () => {
    expect(describeFinding({ location: ['body', 'order'], code: 'required', message: "Request body must have required property 'orderAmount'" })).toBe(
      "body.order.orderAmount required: Request body must have required property 'orderAmount'",
    );
    expect(describeFinding({ location: ['body', 'paymentAmount', 'value'], code: 'type', message: 'must be string' })).toBe('body.paymentAmount.value type: must be string');
  });
});

describe('cashier page links', () => {
  it.each([
    ['javascript:alert(document.domain)', undefined],
    ['data:text/html,<b>x</b>', undefined],
    ['https://shop.example/return?a=<b>', 'https://shop.example/return?a=%3Cb%3E'],
  ])('when paymentRedirectUrl is %s, then the finished page links to %s only', (paymentRedirectUrl, link) => {
    const html = cashierHtml(payment({ paymentRedirectUrl }));
    expect(html.match(/href="([^"]*)"/)?.[1]).toBe(link);
    expect(html).not.toMatch(/javascript:|data:text/);
  });
});
