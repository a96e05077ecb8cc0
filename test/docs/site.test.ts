// The built docs site in a real browser: `npm run docs` (the project's global setup), served from 127.0.0.1,
// opened in Debian's Chromium. A reader's path through the page: the overview and its signing guide, then the pay
// operation from the sidebar (result tables, decision guide, nested request fields, code samples). The navigation
// by integration, each integration's sample and the deep link to every operation and webhook are in
// site-navigation.test.ts. Every request the page makes must stay on the local server and nothing may log an error.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/build-site.ts';
import { foreignRequests } from './helpers/page-log.ts';
import { screenshotWholePage } from './helpers/screenshot.ts';
import { openByLink, openSite, scrollUntilVisible, VISIBLE } from './helpers/site-page.ts';
import type { OpenSite } from './helpers/site-page.ts';
import { payCodeSampleLabels, resultCodes, transactionCreatedAction } from './helpers/spec-data.ts';

const ARTIFACTS = join(REPO_ROOT, 'artifacts', 'docs');

let site: OpenSite | undefined;
let page: Page;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The rendered row label of a nested property, e.g. `env.terminalType` (Redoc may put a zero-width space after the dot). */
function nestedProperty(parent: string, child: string): RegExp {
  return new RegExp(`^${escapeRegExp(parent)}\\.\\u200b?${escapeRegExp(child)}$`);
}

/** Clicks an entry of the sidebar (not a link of the same name in the text) and waits for its heading. */
async function openFromSidebar(label: string): Promise<void> {
  await page.locator('[data-component-name="Menu/Menu"]').getByText(label, { exact: true }).first().click();
  await page.getByRole('heading', { name: label }).first().waitFor(VISIBLE);
}

beforeAll(async () => {
  site = await openSite();
  page = site.page;
});

afterAll(async () => {
  await site?.close();
});

describe('docs site (Chromium)', () => {
  it('renders the overview with the signing guide', async () => {
    await page.getByRole('heading', { name: 'Signing guide' }).waitFor(VISIBLE);
    await page.getByText('algorithm=RSA256,keyVersion=1,signature=', { exact: false }).first().waitFor(VISIBLE);
  });

  it('opens the pay operation from the sidebar, under API-only', async () => {
    await openFromSidebar('API-only');
    await openFromSidebar('Create a checkout payment');
    expect(await page.getByRole('heading', { name: 'Create a checkout payment' }).first().isVisible()).toBe(true);
  });

  it('lists every result code of spec/result-codes/pay.yaml in the Result codes table', async () => {
    const codes = resultCodes();
    expect(codes.length).toBeGreaterThan(0);
    // The heading's accessible name starts with its deep-link label; "Gateway-wide result codes" must not match.
    await page.getByRole('heading', { name: /(^|\s)Result codes$/ }).first().waitFor(VISIBLE);
    const tableCodes = await page.evaluate(() => {
      const heading = [...document.querySelectorAll('h2')].find((h) => h.textContent?.trim() === 'Result codes');
      if (heading === undefined) return null;
      const table = [...document.querySelectorAll('table')].find(
        (t) => (heading.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
      );
      if (table === undefined) return null;
      return [...table.querySelectorAll('tbody tr')].map((row) => row.querySelector('td code')?.textContent?.trim() ?? '');
    });
    expect(tableCodes).toEqual(codes);
    const text = await page.locator('body').innerText();
    const shown = codes.filter((code) => text.includes(code));
    expect(shown.length).toBe(codes.length);
  });

  it('shows the result-process decision guide', async () => {
    await page.getByRole('heading', { name: 'Result-process logic' }).waitFor(VISIBLE);
    await page.locator('li').filter({ hasText: /resultCode is PAYMENT_IN_PROCESS/ }).first().waitFor(VISIBLE);
    await page.getByText(transactionCreatedAction(), { exact: false }).first().waitFor(VISIBLE);
  });

  it('renders nested request fields of env and order', async () => {
    for (const [parent, child] of [
      ['env', 'terminalType'],
      ['order', 'referenceOrderId'],
      ['order', 'orderDescription'],
    ] as const) {
      await page.getByRole('heading', { name: 'Create a checkout payment' }).first().scrollIntoViewIfNeeded();
      const row = page.getByText(nestedProperty(parent, child));
      const visible = await scrollUntilVisible(page, row);
      expect(visible, `${parent}.${child} is not rendered expanded (schemasExpansionLevel in scripts/docs)`).toBe(true);
    }
  });

  it('shows the TypeScript code sample, and the curl one on request', async () => {
    const labels = payCodeSampleLabels();
    const tsBlock = page.locator('pre').filter({ hasText: 'createAntomClient' }).first();
    await page.getByRole('heading', { name: 'Create a checkout payment' }).first().scrollIntoViewIfNeeded();
    await tsBlock.waitFor(VISIBLE);
    await tsBlock.scrollIntoViewIfNeeded();
    const shownTs = await tsBlock.innerText();
    const sourceTs = await readFile(join(REPO_ROOT, 'spec', 'code-samples', 'pay.ts'), 'utf8');
    for (const line of sourceTs.split('\n').map((l) => l.trim()).filter((l) => l !== '')) {
      expect(shownTs, `TypeScript sample line missing: ${line}`).toContain(line);
    }
    // dispatchEvent: the sample menu is a small popover; a real click can race its placement on a busy machine.
    await page.getByText(labels.typescript, { exact: true }).first().dispatchEvent('click');
    await page.getByText(labels.curl, { exact: true }).last().dispatchEvent('click');
    await page.getByText('openssl dgst -sha256 -sign', { exact: false }).first().waitFor(VISIBLE);
    await page.getByText(labels.curl, { exact: true }).first().dispatchEvent('click');
    await page.getByText(labels.typescript, { exact: true }).last().dispatchEvent('click');
    await tsBlock.waitFor(VISIBLE);
  });

  it('shows the notifyPayment webhook from the sidebar, under After the payment', async () => {
    await openFromSidebar('After the payment');
    await openFromSidebar('Receive the payment result notification');
    await page.getByText('notifyPayment', { exact: true }).first().waitFor(VISIBLE);
    await page.getByText('Webhook', { exact: true }).first().waitFor(VISIBLE);
  });

  it('saves a full-page screenshot', async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    await openByLink(site!, 'API-only/pay', 'Create a checkout payment');
    await page.screenshot({ path: join(ARTIFACTS, 'operation.png') });
    await screenshotWholePage(page, join(ARTIFACTS, 'site.png'));
  }, 300_000);

  it('loaded nothing from outside the local server and logged no errors', () => {
    const origin = new URL(site?.url ?? 'http://invalid').origin;
    expect(site!.log.requests.length).toBeGreaterThan(0);
    expect(site!.log.requests[0]?.startsWith(origin)).toBe(true);
    expect(foreignRequests(site!.log.requests, origin)).toEqual([]);
    expect(site!.log.errors).toEqual([]);
  });
});
