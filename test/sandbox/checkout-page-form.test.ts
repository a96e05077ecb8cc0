// The example's reading of the sandbox Checkout Page (scripts/checkout-page-form.ts) against the page the sandbox
// really renders (sandbox/checkout/page.ts): the methods in order with the disabled ones, where the form posts and
// what the Pay button sends; a closed payment's page has no form.
import { describe, expect, it } from 'vitest';
import { readCheckoutPage } from '../../scripts/checkout-page-form.ts';
import type { OptionsAnswer } from '../../sandbox/checkout/options.ts';
import { checkoutHtml } from '../../sandbox/checkout/page.ts';
import type { Payment } from '../../sandbox/state/model.ts';

const PAGE = 'http://127.0.0.1:4010/__sandbox/checkout/SBXSESSION1';
const payment = (paymentStatus: string) =>
  ({
    paymentId: 'P1',
    paymentRequestId: 'R1',
    paymentStatus,
    paymentMethodType: '',
    paymentAmount: { currency: 'USD', value: '2400' },
    paymentRedirectUrl: 'http://127.0.0.1:9/return',
  }) as unknown as Payment;
const answer: OptionsAnswer = {
  code: 'SUCCESS',
  options: [
    { paymentMethodType: 'P24', enabled: false, disableReason: 'CHANNEL_NOT_SUPPORT_CURRENCY' },
    { paymentMethodType: 'A&B "wallet"', enabled: true },
    { paymentMethodType: 'CARD', enabled: true },
  ],
};

describe('readCheckoutPage', () => {
  it('reads the methods in order, the disabled one too, the form address and the Pay button', () => {
    expect(readCheckoutPage(checkoutHtml(payment('PROCESSING'), answer), PAGE)).toEqual({
      action: PAGE,
      methods: [
        { paymentMethodType: 'P24', enabled: false },
        { paymentMethodType: 'A&B "wallet"', enabled: true },
        { paymentMethodType: 'CARD', enabled: true },
      ],
      pay: { name: 'outcome', value: 'SUCCESS' },
    });
  });

  it('refuses a page without the form (a paid payment), without a Pay button, or far too large', () => {
    expect(() => readCheckoutPage(checkoutHtml(payment('SUCCESS'), answer), PAGE)).toThrow(/no form/);
    const html = checkoutHtml(payment('PROCESSING'), answer);
    expect(() => readCheckoutPage(html.replace('>Pay</button>', '>Buy</button>'), PAGE)).toThrow(/no Pay button/);
    expect(() => readCheckoutPage(html.replace('method="post"', ''), PAGE)).toThrow(/does not post/);
    expect(() => readCheckoutPage(html + ' '.repeat(600 * 1024), PAGE)).toThrow(/larger than/);
    expect(readCheckoutPage(html.replace('<form method="post"', '<form method="post" action="/pay?x=1"'), PAGE).action).toBe('http://127.0.0.1:4010/pay?x=1');
  });
});
