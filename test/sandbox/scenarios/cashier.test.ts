// The cashier page in Debian's Chromium (playwright-core, headless, throw-away profile): the buyer opens the
// normalUrl of a PROCESSING payment, sees the order and amount, clicks a button, and lands on the shop's
// paymentRedirectUrl; the click changed the payment's state and sent the notification. Screenshots are written
// to test-results/sandbox/.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningMock } from '../../../sandbox/server.ts';
import { launchChromium } from '../../docs/helpers/chromium.ts';
import type { LaunchedChromium } from '../../docs/helpers/chromium.ts';
import { startMerchant } from '../helpers/merchant.ts';
import type { Merchant } from '../helpers/merchant.ts';
import { createPaymentSession } from '../../../sandbox/handlers/create-payment-session.ts';
import { pay } from '../../../sandbox/handlers/pay.ts';
import { TEST_CLIENT_ID } from '../../../sandbox/test-keys.ts';
import { checkedClient, control, getPayment, payBody, startTestSandbox } from '../helpers/sandbox.ts';
import { sessionBody } from '../helpers/sessions.ts';

const SHOTS = new URL('../../../test-results/sandbox/', import.meta.url);
let sandbox: RunningMock;
let merchant: Merchant;
let browser: LaunchedChromium;
let page: Page;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [sandbox, merchant, browser] = await Promise.all([startTestSandbox(), startMerchant(), launchChromium()]);
  page = await browser.context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await sandbox?.close();
  await merchant?.close();
});

async function openCashier(order: string) {
  const body = payBody({
    paymentAmount: { currency: 'SGD', value: '1999' },
    paymentMethod: { paymentMethodType: 'GRABPAY_SG' },
    paymentRedirectUrl: `${merchant.url}/return/${order}`,
    paymentNotifyUrl: `${merchant.url}/notify`,
  });
  const { data } = await checkedClient(sandbox.url).pay(body);
  const paymentId = data!.paymentId as string;
  await page.goto(data!.normalUrl as string);
  return { paymentId, body };
}

const cases = [
  { button: 'Pay', status: 'SUCCESS', notifyType: 'PAYMENT_RESULT', resultStatus: 'S' },
  { button: 'Decline', status: 'FAIL', notifyType: 'PAYMENT_RESULT', resultStatus: 'F' },
  { button: 'Leave pending', status: 'PENDING', notifyType: 'PAYMENT_PENDING', resultStatus: 'S' },
] as const;

describe('cashier page in Chromium', () => {
  it.each(cases)('when the buyer clicks $button, then the payment is $status, notified, and the browser is back at the shop', async ({ button, status, notifyType, resultStatus }) => {
    const order = `order-${status.toLowerCase()}`;
    const { paymentId, body } = await openCashier(order);
    await expect(page.locator('#amount').textContent()).resolves.toBe('SGD 19.99');
    const text = await page.locator('main').innerText();
    expect(text).toContain(body.order?.orderDescription ?? '');
    expect(text).toContain('GRABPAY_SG');
    expect(text).toContain(paymentId);
    await page.screenshot({ path: new URL(`cashier-before-${status.toLowerCase()}.png`, SHOTS).pathname });

    await Promise.all([page.waitForURL(`${merchant.url}/return/${order}`), page.getByRole('button', { name: button }).click()]);
    await page.screenshot({ path: new URL(`cashier-after-${status.toLowerCase()}.png`, SHOTS).pathname });
    expect(await page.locator('h1').textContent()).toBe('Thank you for your order');
    expect(merchant.returns).toContain(`/return/${order}`);

    const view = await getPayment(sandbox.url, paymentId);
    expect(view.paymentStatus).toBe(status);
    expect(view.notifications).toEqual([expect.objectContaining({ kind: 'notifyPayment', acknowledged: true })]);
    const notice = merchant.received.find((item) => item.body.paymentId === paymentId);
    expect(notice).toMatchObject({ verified: true, body: { notifyType, result: { resultStatus } } });
  });

  it('when a finished payment page is opened again, then it shows the status and no buttons', async () => {
    const { paymentId } = await openCashier('order-again');
    await page.getByRole('button', { name: 'Pay' }).click();
    await page.waitForURL(`${merchant.url}/return/order-again`);
    await page.goto(`${sandbox.url}/__sandbox/cashier/${paymentId}`);
    expect(await page.locator('main').innerText()).toContain('This payment is SUCCESS.');
    expect(await page.getByRole('button').count()).toBe(0);
  });
});

// A payment whose return address is not a web URL cannot be opened through the gateway (merchant-urls.test.ts);
// these are made straight through the handlers, as a sandbox without that check would have stored them. The pages
// must still never link or redirect there (issue 22, reproduction 4: the link ran in the sandbox's origin).
describe('a stored return address that is not a web URL', () => {
  const HOSTILE = 'javascript:document.title="ran";fetch("/__sandbox/reset",{method:"POST"})';

  function opened(handler: typeof pay, body: Record<string, unknown>): { normalUrl: string; paymentId?: string } {
    return JSON.parse(handler(sandbox.sandbox!, { clientId: TEST_CLIENT_ID, body, origin: sandbox.url })) as { normalUrl: string };
  }

  async function linkSchemes(): Promise<string[]> {
    return page.locator('a[href], form[action]').evaluateAll((nodes) =>
      nodes.map((node) => new URL((node as HTMLAnchorElement).href || (node as HTMLFormElement).action).protocol),
    );
  }

  it.each([
    { name: 'cashier page', make: () => opened(pay, payBody({ paymentRedirectUrl: HOSTILE }) as unknown as Record<string, unknown>), pick: false },
    { name: 'Checkout Page', make: () => opened(createPaymentSession, sessionBody('CHECKOUT_PAYMENT', merchant.url, { paymentRedirectUrl: HOSTILE }) as unknown as Record<string, unknown>), pick: true },
  ])('when the buyer finishes on the $name, then no link or redirect leads to it and nothing of it runs', async ({ make, pick }) => {
    const { normalUrl } = make();
    await page.goto(normalUrl);
    if (pick) await page.locator('#methods input:not([disabled])').first().check();
    const title = await page.title();
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Pay' }).click()]);
    // No redirect: the page answered itself with the finished payment, and no link of it leaves http(s).
    expect(page.url()).toBe(normalUrl);
    expect(await page.locator('main').innerText()).toMatch(/This payment is SUCCESS/);
    expect(await page.getByText('Back to the merchant').count()).toBe(0);
    for (const scheme of await linkSchemes()) expect(['http:', 'https:']).toContain(scheme);
    expect(await page.title()).toBe(title);
    expect((await control<{ payments: unknown[] }>(sandbox.url, 'GET', 'payments')).data.payments.length).toBeGreaterThan(0);
  });
});
