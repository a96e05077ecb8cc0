// docs/recipes/integrations/payment-element.ts against a real sandbox: the merchant's server opens a Payment Element
// session; the buyer's part (paying inside the Element) is played through the sandbox's control API, as Antom's SDK
// would report it; notifyPayment reaches the shop and the Checkout Page sample's paymentState answers alike.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paymentState } from '../../../docs/recipes/integrations/checkout-page.ts';
import { openPaymentElement } from '../../../docs/recipes/integrations/payment-element.ts';
import { startShop } from '../helpers/shop.ts';
import type { Shop } from '../helpers/shop.ts';

let shop: Shop;
beforeAll(async () => {
  shop = await startShop();
});
afterAll(async () => {
  await shop?.close();
});

const HOUR = 3_600_000;
const newOrder = () => ({ id: `pe-${randomUUID()}`, description: 'Rail ticket', amount: { currency: 'EUR', value: '4200' } });

describe('Payment Element sample', () => {
  it('when the buyer pays in the Element, then the shop records it paid and paymentState says success', async () => {
    const order = newOrder();
    const { now } = await shop.control.advanceClock(0);
    const session = await openPaymentElement(shop.client, order, shop.site);
    expect(session.sessionData.length).toBeGreaterThan(0);
    expect(session.expiresAt!.getTime() - Date.parse(now)).toBeGreaterThan(HOUR - 60_000);
    expect(session.expiresAt!.getTime() - Date.parse(now)).toBeLessThanOrEqual(HOUR + 60_000);
    const payment = await shop.control.payment({ paymentRequestId: `order-${order.id}` });
    expect(payment).toMatchObject({ productScene: 'ELEMENT_PAYMENT', paymentStatus: 'PROCESSING' });

    expect((await shop.control.complete(payment.paymentId, 'SUCCESS')).paymentStatus).toBe('SUCCESS');
    await shop.control.settle(payment.paymentId);
    expect(shop.results.get(`order-${order.id}`)).toEqual(['paid']);
    expect(await paymentState(shop.client, order.id)).toMatchObject({ kind: 'success', paymentId: payment.paymentId });
  });

  it('when the front end asks again for the same order, then it gets the same session', async () => {
    const order = newOrder();
    const first = await openPaymentElement(shop.client, order, shop.site);
    expect(await openPaymentElement(shop.client, order, shop.site)).toEqual(first);
  });

  it('when the session is refused, then the sample throws the code', async () => {
    const order = newOrder();
    const session = await openPaymentElement(shop.client, order, shop.site);
    await shop.control.complete((await shop.control.payment({ paymentRequestId: `order-${order.id}` })).paymentId, 'FAIL');
    expect(session.sessionData.length).toBeGreaterThan(0);
    await expect(openPaymentElement(shop.client, order, shop.site)).rejects.toThrow(/^No Element session \(ORDER_IS_CLOSED\): \S/);
  });
});
