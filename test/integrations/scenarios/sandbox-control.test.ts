// docs/recipes/sandbox/control.ts (the README's control client sample) against a real sandbox and the shop: the
// buyer pays or walks away through the control client, and the shop records what notifyPayment told it.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { payWith } from '../../../docs/recipes/integrations/api-only.ts';
import { buyerFinishes, buyerWalksAway } from '../../../docs/recipes/sandbox/control.ts';
import { startShop } from '../helpers/shop.ts';
import type { Shop } from '../helpers/shop.ts';

let shop: Shop;
beforeAll(async () => {
  shop = await startShop();
});
afterAll(async () => {
  await shop?.close();
});

const newOrder = () => ({ id: `ctl-${randomUUID()}`, description: 'Tea tin', amount: { currency: 'USD', value: '1500' } });

describe('control client sample', () => {
  it('when the buyer pays, then the payment succeeds and the shop acknowledged and recorded notifyPayment', async () => {
    const order = newOrder();
    await payWith(shop.client, order, 'ALIPAY_CN', shop.site);
    expect(await buyerFinishes(shop.sandbox.url, `order-${order.id}`)).toEqual({ paymentStatus: 'SUCCESS', acknowledged: true });
    expect(shop.results.get(`order-${order.id}`)).toEqual(['paid']);
  });

  it('when the buyer declines, then the shop records the failure', async () => {
    const order = newOrder();
    await payWith(shop.client, order, 'ALIPAY_CN', shop.site);
    expect(await buyerFinishes(shop.sandbox.url, `order-${order.id}`, 'FAIL')).toEqual({ paymentStatus: 'FAIL', acknowledged: true });
    expect(shop.results.get(`order-${order.id}`)).toEqual(['failed']);
  });

  it('when the buyer walks away, then 15 minutes later the payment is closed and the shop is told', async () => {
    const order = newOrder();
    await payWith(shop.client, order, 'ALIPAY_CN', shop.site);
    expect(shop.results.get(`order-${order.id}`)).toBeUndefined();
    expect(await buyerWalksAway(shop.sandbox.url, `order-${order.id}`)).toBe('FAIL');
    expect(shop.results.get(`order-${order.id}`)).toEqual(['failed']);
  });
});
