// docs/recipes/integrations/checkout-page.ts against a real sandbox: the merchant opens a hosted Checkout Page
// session, the buyer opens its page and picks a method (a real form post), the signed notifyPayment reaches the shop
// (the node:http webhook recipe) and the sample's handler records it, and paymentState answers from inquiryPayment.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCheckoutPage, paymentState } from '../../../docs/recipes/integrations/checkout-page.ts';
import type { Order } from '../../../docs/recipes/integrations/checkout-page.ts';
import { buyerClicks, startShop } from '../helpers/shop.ts';
import type { Shop } from '../helpers/shop.ts';

let shop: Shop;
beforeAll(async () => {
  shop = await startShop();
});
afterAll(async () => {
  await shop?.close();
});

const newOrder = (value = '2400'): Order => ({ id: `ckp-${randomUUID()}`, description: 'Two enamel mugs', amount: { currency: 'USD', value } });

describe('Antom Checkout Page sample', () => {
  it('when the buyer pays on the page, then the shop records it paid from notifyPayment and paymentState says success', async () => {
    const order = newOrder();
    const url = await openCheckoutPage(shop.client, order, shop.site);
    expect(url.startsWith(`${shop.sandbox.url}/__sandbox/checkout/`)).toBe(true);
    expect((await paymentState(shop.client, order.id)).kind).toBe('processing');

    const buyer = await buyerClicks(url, 'SUCCESS', 'ALIPAY_CN');
    expect(buyer.page).toContain('data-method="ALIPAY_CN"');
    expect(buyer).toMatchObject({ status: 303, location: `${shop.site}/orders/${order.id}` });
    expect(shop.results.get(`order-${order.id}`)).toEqual(['paid']);
    expect(await paymentState(shop.client, order.id)).toMatchObject({ kind: 'success', paymentStatus: 'SUCCESS' });
  });

  it('when the buyer declines, then the shop records it failed and paymentState says failed', async () => {
    const order = newOrder();
    await buyerClicks(await openCheckoutPage(shop.client, order, shop.site), 'FAIL', 'CARD');
    expect(shop.results.get(`order-${order.id}`)).toEqual(['failed']);
    expect((await paymentState(shop.client, order.id)).kind).toBe('failed');
  });

  it('when the same order is opened again, then it gets the same page; with another amount the sample throws the code', async () => {
    const order = newOrder();
    const url = await openCheckoutPage(shop.client, order, shop.site);
    expect(await openCheckoutPage(shop.client, order, shop.site)).toBe(url);
    await expect(openCheckoutPage(shop.client, { ...order, amount: { currency: 'USD', value: '2500' } }, shop.site)).rejects.toThrow(
      /^No checkout session \(REPEAT_REQ_INCONSISTENT\): \S/,
    );
  });

  it('when the order is unknown, then paymentState says the query failed', async () => {
    expect((await paymentState(shop.client, `never-${randomUUID()}`)).kind).toBe('query-failed');
  });
});
