// docs/recipes/integrations/api-only.ts against a real sandbox with the fixture catalogue (made-up methods with
// currencies and limits): consult lists the methods to show, pay answers the page to send the buyer to, the buyer
// pays on the sandbox cashier page (a real form post), notifyPayment reaches the shop and is recorded.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paymentMethods, payWith } from '../../../docs/recipes/integrations/api-only.ts';
import { FIXTURE_CATALOGUE } from '../../sandbox/helpers/sessions.ts';
import { buyerClicks, startShop } from '../helpers/shop.ts';
import type { Shop } from '../helpers/shop.ts';

let shop: Shop;
beforeAll(async () => {
  shop = await startShop({ settings: { catalogue: FIXTURE_CATALOGUE } });
});
afterAll(async () => {
  await shop?.close();
});

const SGD_10 = { currency: 'SGD', value: '1000' };
const newOrder = () => ({ id: `api-${randomUUID()}`, description: 'Ceramic pour-over set', amount: SGD_10 });

describe('API-only sample', () => {
  it("when a buyer in KR pays SGD 10.00, then the enabled methods come in Antom's order, the buyer's region first", async () => {
    // TEST_BANK_PL has no SGD: consult answers it disabled, and the sample leaves it out.
    expect(await paymentMethods(shop.client, SGD_10, 'KR')).toEqual(['TEST_WALLET_KR', 'TEST_WALLET_SG', 'TEST_CARD', 'TEST_ANYWHERE']);
    expect(await paymentMethods(shop.client, { currency: 'SGD', value: '20000' }, 'SG')).toEqual(['TEST_WALLET_SG', 'TEST_CARD', 'TEST_ANYWHERE']);
  });

  it('when the buyer picks a method and pays, then the shop records it paid from notifyPayment', async () => {
    const order = newOrder();
    const [method] = await paymentMethods(shop.client, order.amount, 'KR');
    const url = await payWith(shop.client, order, method!, shop.site);
    expect(url.startsWith(`${shop.sandbox.url}/__sandbox/cashier/`)).toBe(true);
    expect(await buyerClicks(url, 'SUCCESS')).toMatchObject({ status: 303, location: `${shop.site}/orders/${order.id}` });
    expect(shop.results.get(`order-${order.id}`)).toEqual(['paid']);
  });

  it('when the same order is paid again, then the same page comes back; with another amount the sample throws', async () => {
    const order = newOrder();
    const url = await payWith(shop.client, order, 'TEST_CARD', shop.site);
    expect(await payWith(shop.client, order, 'TEST_CARD', shop.site)).toBe(url);
    await expect(payWith(shop.client, { ...order, amount: { currency: 'SGD', value: '1100' } }, 'TEST_CARD', shop.site)).rejects.toThrow(/^failed: /);
  });
});
