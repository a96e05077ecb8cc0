// docs/recipes/integrations/after-the-payment.ts against a real sandbox: refunds (at once for a wallet, later for a
// card), the refund's state, cancel, manual capture, and every result notification the sandbox signs reaching the
// shop (the node:http webhook recipe) and recorded by the sample's onNotification.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancel, capture, refund, refundState } from '../../../docs/recipes/integrations/after-the-payment.ts';
import { paymentState } from '../../../docs/recipes/integrations/checkout-page.ts';
import type { PayBody } from '../../../src/index.ts';
import { requestExample } from '../../contract/helpers/spec.ts';
import { startShop } from '../helpers/shop.ts';
import type { Shop } from '../helpers/shop.ts';

let shop: Shop;
beforeAll(async () => {
  shop = await startShop();
});
afterAll(async () => {
  await shop?.close();
});

const usd = (value: string) => ({ currency: 'USD', value });

/** A payment of the spec's wallet or card example (USD), created as the order `order-<id>`, notified to the shop. */
async function payment(kind: 'wallet' | 'card' | 'manual-capture card', outcome?: 'SUCCESS' | 'PENDING') {
  const id = `atp-${randomUUID()}`;
  const { paymentRequestId: _fixed, ...example } = requestExample(kind === 'wallet' ? undefined : 'card');
  const body = {
    ...example,
    paymentRequestId: `order-${id}`,
    paymentNotifyUrl: `${shop.site}/antom/notify`,
    ...(kind === 'wallet' ? { paymentAmount: usd('2400') } : {}),
    ...(kind === 'manual-capture card' ? { paymentFactor: { isAuthorization: 'true', captureMode: 'MANUAL' } } : {}),
  } as unknown as PayBody;
  const { data } = await shop.client.pay(body);
  const paymentId = data.paymentId!;
  if (outcome !== undefined) {
    expect((await shop.control.complete(paymentId, outcome)).paymentStatus).toBe(outcome);
    await shop.control.settle(paymentId);
  }
  return { id, paymentRequestId: body.paymentRequestId, paymentId, amount: body.paymentAmount };
}

describe('After the payment sample', () => {
  it('when a paid wallet payment is refunded in two parts, then each is done and notified; more than was paid fails', async () => {
    const paid = await payment('wallet', 'SUCCESS');
    expect(shop.results.get(paid.paymentRequestId)).toEqual(['paid']);
    const first = `${paid.id}-r1`;
    expect(await refund(shop.client, paid.paymentId, first, usd('1000'), shop.site)).toMatchObject({ kind: 'done' });
    expect(await refund(shop.client, paid.paymentId, `${paid.id}-r2`, usd('1400'), shop.site)).toMatchObject({ kind: 'done' });
    expect(await refund(shop.client, paid.paymentId, `${paid.id}-r3`, usd('1'), shop.site)).toMatchObject({ kind: 'failed', code: 'REFUND_AMOUNT_EXCEED' });
    await shop.control.settle();
    expect([shop.results.get(first), shop.results.get(`${paid.id}-r2`), shop.results.get(`${paid.id}-r3`)]).toEqual([['refunded'], ['refunded'], undefined]);
    expect(await refundState(shop.client, first)).toMatchObject({ kind: 'refunded', refundStatus: 'SUCCESS' });
    // The same refundRequestId again is the same refund, not a second one.
    expect(await refund(shop.client, paid.paymentId, first, usd('1000'), shop.site)).toMatchObject({ kind: 'done' });
  });

  it('when a card payment is refunded, then it is in process, and done once notifyRefund has arrived', async () => {
    const paid = await payment('card', 'SUCCESS');
    const refundRequestId = `${paid.id}-r1`;
    expect(await refund(shop.client, paid.paymentId, refundRequestId, usd('100'), shop.site)).toMatchObject({ kind: 'in-process' });
    expect(await refundState(shop.client, refundRequestId)).toMatchObject({ kind: 'refund-processing' });
    expect(shop.results.get(refundRequestId)).toBeUndefined();
    await shop.control.advanceClock('+1m');
    await shop.control.settle();
    expect(shop.results.get(refundRequestId)).toEqual(['refunded']);
    expect((await refundState(shop.client, refundRequestId)).kind).toBe('refunded');
  });

  it('when an unpaid payment is cancelled, then it is done and paymentState says cancelled', async () => {
    const unpaid = await payment('wallet');
    expect(await cancel(shop.client, unpaid.paymentRequestId)).toMatchObject({ kind: 'done' });
    expect((await paymentState(shop.client, unpaid.id)).kind).toBe('cancelled');
  });

  it('when a buyer has paid but the result is pending, then the shop records it pending', async () => {
    const pending = await payment('wallet', 'PENDING');
    expect(shop.results.get(pending.paymentRequestId)).toEqual(['pending']);
    expect((await paymentState(shop.client, pending.id)).kind).toBe('pending');
  });

  it('when a manual-capture card payment is captured in two parts, then each is notified; beyond the authorisation fails', async () => {
    const authorised = await payment('manual-capture card', 'SUCCESS');
    const half = String(BigInt(authorised.amount.value) / 2n);
    const rest = String(BigInt(authorised.amount.value) - BigInt(half));
    expect(await capture(shop.client, authorised.paymentId, `${authorised.id}-c1`, usd(half))).toMatchObject({ kind: 'done' });
    expect(await capture(shop.client, authorised.paymentId, `${authorised.id}-c2`, usd(rest))).toMatchObject({ kind: 'done' });
    expect(await capture(shop.client, authorised.paymentId, `${authorised.id}-c3`, usd('1'))).toMatchObject({ kind: 'failed' });
    await shop.control.settle();
    expect([shop.results.get(`${authorised.id}-c1`), shop.results.get(`${authorised.id}-c2`), shop.results.get(`${authorised.id}-c3`)]).toEqual([
      ['captured'],
      ['captured'],
      undefined,
    ]);
  });
});
