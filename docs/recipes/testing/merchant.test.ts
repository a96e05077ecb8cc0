// A shop's own unit tests with antom-pay/testing: no network, no Antom key. The app is the Hono recipe
// (docs/recipes/webhooks/hono.ts); any framework's app can be driven the same way.
import { describe, expect, it } from 'vitest';
import { createAntomClient } from 'antom-pay';
import type { AntomNotification } from 'antom-pay';
import { MERCHANT_TEST_PRIVATE_KEY } from 'antom-pay/sandbox';
import { ANTOM_TEST_PUBLIC_KEY, signTestNotification, signTestResponse } from 'antom-pay/testing';
import { createShop } from '../webhooks/hono.ts';

const clientId = 'SHOP_UNDER_TEST';
const privateKey = MERCHANT_TEST_PRIVATE_KEY; // your own test key would do as well
const paid = {
  notifyType: 'PAYMENT_RESULT',
  result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' },
  paymentRequestId: 'order-1001',
  paymentId: '2024050112345',
  paymentAmount: { currency: 'USD', value: '1299' },
};

describe('the notify endpoint', () => {
  const seen: AntomNotification[] = [];
  // The client trusts the published TEST key, which signTestNotification signs with by default.
  const client = createAntomClient({ clientId, privateKey, antomPublicKey: ANTOM_TEST_PUBLIC_KEY, region: 'na' });
  const app = createShop(client, async (notice) => void seen.push(notice));

  it('acknowledges a notification signed as Antom signs it', async () => {
    const signed = await signTestNotification({ path: '/shop/antom/notify', clientId, body: paid });
    const response = await app.fetch(signed.toRequest('https://shop.example'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' } });
    expect(seen.map((notice) => notice.kind)).toEqual(['payment']);
  });

  it('refuses one whose body was changed after signing', async () => {
    const signed = await signTestNotification({ path: '/shop/antom/notify', clientId, body: paid });
    const forged = new Request('https://shop.example/shop/antom/notify', {
      method: 'POST',
      headers: signed.headers,
      body: signed.body.replace('1299', '1'),
    });
    expect((await app.fetch(forged)).status).toBe(401);
  });
});

describe('a call to Antom', () => {
  it('reads an answer signed as the gateway signs it, from a stubbed fetch', async () => {
    const client = createAntomClient({
      clientId,
      privateKey,
      antomPublicKey: ANTOM_TEST_PUBLIC_KEY,
      region: 'na',
      fetch: async (url) => {
        const answer = { result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'Success' }, paymentRequestId: 'order-1001', paymentStatus: 'SUCCESS' };
        return (await signTestResponse({ path: String(url), clientId, body: answer })).toResponse();
      },
    });
    const { data } = await client.inquiryPayment({ paymentRequestId: 'order-1001' });
    expect(data.paymentStatus).toBe('SUCCESS');
  });
});
