// The sandbox Checkout Page in Debian's Chromium (playwright-core, headless, throw-away profile): a merchant opens a
// CHECKOUT_PAYMENT session through the typed client, the buyer opens its normalUrl, sees the methods consult lists
// for the same amount, currency and region, picks one and pays, declines or leaves it pending, and lands on the
// shop's paymentRedirectUrl; the notification arrived verified and inquiryPayment names the picked method.
// Screenshots are written to test-results/sandbox/.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningMock } from '../../../sandbox/server.ts';
import { launchChromium } from '../../docs/helpers/chromium.ts';
import type { LaunchedChromium } from '../../docs/helpers/chromium.ts';
import { startMerchant } from '../helpers/merchant.ts';
import type { Merchant } from '../helpers/merchant.ts';
import { checkedClient, settle, startTestSandbox } from '../helpers/sandbox.ts';
import { FIXTURE_CATALOGUE, sessionBody, sessionPayment } from '../helpers/sessions.ts';

const SHOTS = new URL('../../../test-results/sandbox/', import.meta.url);
let sandbox: RunningMock;
let merchant: Merchant;
let browser: LaunchedChromium;
let page: Page;
let client: ReturnType<typeof checkedClient>;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [sandbox, merchant, browser] = await Promise.all([startTestSandbox({ settings: { catalogue: FIXTURE_CATALOGUE } }), startMerchant(), launchChromium()]);
  page = await browser.context.newPage();
  client = checkedClient(sandbox.url);
});
afterAll(async () => {
  await browser?.close();
  await sandbox?.close();
  await merchant?.close();
});

const SGD_10 = { paymentAmount: { currency: 'SGD', value: '1000' }, order: { referenceOrderId: 'ORDER-CKP', orderDescription: 'Two mugs', orderAmount: { currency: 'SGD', value: '1000' } }, userRegion: 'KR' };

async function openCheckout(overrides: Record<string, unknown> = SGD_10) {
  const body = sessionBody('CHECKOUT_PAYMENT', merchant.url, overrides);
  const { data } = await client.createPaymentSession(body);
  expect(data.normalUrl).toBe(`${sandbox.url}/__sandbox/checkout/${data.paymentSessionId}`);
  await page.goto(data.normalUrl!);
  return { body, data };
}

/** The page's method list as `TYPE` or `TYPE:disabled`. */
const shownMethods = () =>
  page.locator('#methods li').evaluateAll((items) => items.map((item) => `${item.getAttribute('data-method')}${item.getAttribute('data-enabled') === 'true' ? '' : ':disabled'}`));

const cases = [
  { button: 'Pay', method: 'TEST_WALLET_SG', status: 'SUCCESS', notifyType: 'PAYMENT_RESULT', resultStatus: 'S' },
  { button: 'Decline', method: 'TEST_CARD', status: 'FAIL', notifyType: 'PAYMENT_RESULT', resultStatus: 'F' },
  { button: 'Leave pending', method: 'TEST_WALLET_KR', status: 'PENDING', notifyType: 'PAYMENT_PENDING', resultStatus: 'S' },
] as const;

describe('the Checkout Page in Chromium', () => {
  it.each(cases)('when the buyer picks $method and clicks $button, then the payment is $status with that method, notified, and the browser is back at the shop', async ({ button, method, status, notifyType, resultStatus }) => {
    const { body } = await openCheckout();
    const { data: consult } = await client.consult({ productCode: 'CASHIER_PAYMENT', paymentAmount: SGD_10.paymentAmount, userRegion: 'KR', env: { terminalType: 'WEB' } });
    const consulted = (consult.paymentOptions ?? []).map((option) => `${option.paymentMethodType}${option.enabled === 'true' ? '' : ':disabled'}`);
    expect(await shownMethods()).toEqual(consulted);
    expect(consulted).toEqual(['TEST_WALLET_KR', 'TEST_WALLET_SG', 'TEST_BANK_PL:disabled', 'TEST_CARD', 'TEST_ANYWHERE']);
    await expect(page.locator('#amount').textContent()).resolves.toBe('SGD 10.00');
    expect(await page.locator('main').innerText()).toContain('Two mugs');
    await expect(page.getByLabel('TEST_BANK_PL').isDisabled()).resolves.toBe(true);

    await page.getByLabel(method).check();
    await page.screenshot({ path: new URL(`checkout-before-${status.toLowerCase()}.png`, SHOTS).pathname });
    await Promise.all([page.waitForURL(`${merchant.url}/return/${body.paymentRequestId}`), page.getByRole('button', { name: button }).click()]);
    expect(await page.locator('h1').textContent()).toBe('Thank you for your order');

    // The buyer's return and the notification are independent, as on Antom: wait for the delivery.
    await settle(sandbox.url);
    const notice = merchant.received.find((item) => item.body.paymentRequestId === body.paymentRequestId);
    expect(notice).toMatchObject({ verified: true, body: { notifyType, result: { resultStatus }, paymentMethodType: method } });
    const { data: inquiry } = await client.inquiryPayment({ paymentRequestId: body.paymentRequestId });
    expect(inquiry).toMatchObject({ paymentStatus: status, paymentMethodType: method });
    expect((await sessionPayment(sandbox.url, body.paymentRequestId)).notifications).toEqual([expect.objectContaining({ kind: 'notifyPayment', acknowledged: true })]);
  });

  it('when the buyer clicks Pay without picking a method, then the browser does not send the form', async () => {
    const { body } = await openCheckout();
    await page.getByRole('button', { name: 'Pay' }).click();
    expect(page.url()).toContain('/__sandbox/checkout/');
    expect((await sessionPayment(sandbox.url, body.paymentRequestId)).paymentStatus).toBe('PROCESSING');
  });

  it('when a form names a disabled or unknown method, then the sandbox refuses it with 400 and the payment stays open', async () => {
    const { body, data } = await openCheckout();
    for (const method of ['TEST_BANK_PL', 'NOT_LISTED']) {
      const answer = await fetch(data.normalUrl!, { method: 'POST', body: new URLSearchParams({ outcome: 'SUCCESS', paymentMethodType: method }), redirect: 'manual' });
      expect(answer.status).toBe(400);
      expect(await answer.text()).toContain('Choose one of the available payment methods.');
    }
    expect((await sessionPayment(sandbox.url, body.paymentRequestId)).paymentStatus).toBe('PROCESSING');
  });

  it('when the paid session page is opened again, then it shows the status and the method, without buttons', async () => {
    const { data } = await openCheckout();
    await page.getByLabel('TEST_CARD').check();
    await Promise.all([page.waitForURL(/\/return\//), page.getByRole('button', { name: 'Pay' }).click()]);
    await page.goto(data.normalUrl!);
    expect(await page.locator('main').innerText()).toContain('This payment is SUCCESS (TEST_CARD).');
    expect(await page.getByRole('button').count()).toBe(0);
  });

  it('when no method fits the session, then the page says so and offers no button', async () => {
    await openCheckout({ ...SGD_10, allowedPaymentMethodRegions: ['BR'] });
    expect(await page.getByRole('alert').innerText()).toContain('No payment method is available for this payment (NO_PAY_OPTIONS).');
    expect(await page.getByRole('button').count()).toBe(0);
  });

  it('when order fields hold markup and script, then the page shows them as text and runs nothing', async () => {
    const hostile = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => void (dialogs.push(dialog.message()), dialog.dismiss()));
    await openCheckout({ ...SGD_10, order: { referenceOrderId: hostile.slice(0, 64), orderDescription: hostile, goods: [{ goodsName: hostile, referenceGoodsId: 'G1' }], orderAmount: SGD_10.paymentAmount } });
    await page.screenshot({ path: new URL('checkout-hostile.png', SHOTS).pathname });
    expect(await page.evaluate(() => ({ scripts: document.scripts.length, images: document.images.length, pwned: (window as unknown as { __pwned?: number }).__pwned }))).toEqual({ scripts: 0, images: 0, pwned: undefined });
    const text = await page.locator('main').innerText();
    expect(text.split(hostile).length - 1).toBe(2);
    expect(dialogs).toEqual([]);
  });
});
