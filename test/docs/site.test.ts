// The built docs site in a real browser: `npm run docs`, served from 127.0.0.1, opened in Debian's Chromium.
// A reader's path through the page: overview and signing guide, then the pay operation from the sidebar (result
// tables, decision guide, nested request fields, code samples), then the notifyPayment webhook. Every request the
// page makes must stay on the local server and nothing may log an error.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/docs/serve.ts';
import type { StaticServer } from '../../scripts/docs/serve.ts';
import { buildSite, REPO_ROOT } from './helpers/build-site.ts';
import { launchChromium } from './helpers/chromium.ts';
import type { LaunchedChromium } from './helpers/chromium.ts';
import { foreignRequests, recordPageLog } from './helpers/page-log.ts';
import { screenshotWholePage } from './helpers/screenshot.ts';
import type { PageLog } from './helpers/page-log.ts';
import { operationsWithTables, payCodeSampleLabels, resultCodes, transactionCreatedAction, webhookSummaries } from './helpers/spec-data.ts';

const ARTIFACTS = join(REPO_ROOT, 'artifacts', 'docs');
const VISIBLE = { state: 'visible', timeout: 15_000 } as const;

let server: StaticServer | undefined;
let browser: LaunchedChromium | undefined;
let page: Page;
let log: PageLog;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The rendered row label of a nested property, e.g. `env.terminalType` (Redoc may put a zero-width space after the dot). */
function nestedProperty(parent: string, child: string): RegExp {
  return new RegExp(`^${escapeRegExp(parent)}\\.\\u200b?${escapeRegExp(child)}$`);
}

/** Scrolls down like a reader until `locator` is rendered and visible (Redoc renders nested rows lazily). */
async function scrollUntilVisible(locator: Locator): Promise<boolean> {
  await page.mouse.move(720, 450);
  for (let step = 0; step < 200; step += 1) {
    if ((await locator.count()) > 0 && (await locator.first().isVisible())) return true;
    const atBottom = await page.evaluate(() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2);
    if (atBottom) return false;
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(50);
  }
  return false;
}

async function openFromSidebar(label: string): Promise<void> {
  await page.getByText(label, { exact: true }).first().click();
  await page.getByRole('heading', { name: label }).first().waitFor(VISIBLE);
}

/** Opens a section by the deep link a reader would share (`#/<tag>/<id>`, lower case and spaces as dashes, as Redoc writes it). */
async function openByLink(section: string, heading: string): Promise<void> {
  const slug = section.toLowerCase().replace(/\s+/g, '-');
  await page.goto(`${server!.url}#/${slug}`, { waitUntil: 'load' });
  await page.locator(`[data-section-id="/${slug}"]`).first().waitFor({ state: 'attached', timeout: 15_000 });
  await page.getByRole('heading', { name: heading }).first().waitFor(VISIBLE);
}

beforeAll(async () => {
  await buildSite();
  server = await startStaticServer(join(REPO_ROOT, 'site'), 0);
  browser = await launchChromium();
  const { context } = browser;
  page = context.pages()[0] ?? (await context.newPage());
  log = recordPageLog(context, page);
  await page.goto(server.url, { waitUntil: 'load' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('docs site (Chromium)', () => {
  it('renders the overview with the signing guide', async () => {
    await page.getByRole('heading', { name: 'Signing guide' }).waitFor(VISIBLE);
    await page.getByText('algorithm=RSA256,keyVersion=1,signature=', { exact: false }).first().waitFor(VISIBLE);
  });

  it('opens the pay operation from the sidebar', async () => {
    await page.getByText('Payments', { exact: true }).first().click();
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
      const visible = await scrollUntilVisible(row);
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

  it('shows the notifyPayment webhook', async () => {
    await openFromSidebar('Receive the payment result notification');
    await page.getByText('notifyPayment', { exact: true }).first().waitFor(VISIBLE);
    await page.getByText('Webhook', { exact: true }).first().waitFor(VISIBLE);
  });

  it('saves a full-page screenshot', async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    await openFromSidebar('Create a checkout payment');
    await page.screenshot({ path: join(ARTIFACTS, 'operation.png') });
    await screenshotWholePage(page, join(ARTIFACTS, 'site.png'));
  }, 300_000);

  it('shows every operation with its own result-code table, then the gateway-wide codes, and its decision guide', async () => {
    const operations = operationsWithTables();
    expect(operations.map((op) => op.operationId)).toEqual(expect.arrayContaining(['pay', 'inquiryPayment', 'cancel', 'refund', 'inquiryRefund', 'capture']));
    for (const op of operations) {
      await openByLink(`${op.tag}/${op.operationId}`, op.summary);
      const shown = await page.evaluate((operationId) => {
        const section = document.querySelector(`[data-section-id$="/${operationId.toLowerCase()}"]`);
        if (section === null) return null;
        const h2s = [...section.querySelectorAll('h2')];
        const headings = h2s.map((h) => h.textContent?.trim() ?? '');
        /** The rows of the first table after the heading `title`: each row's code, and its inferred label if any. */
        const rowsAfter = (title: string) => {
          const heading = h2s.find((h) => h.textContent?.trim() === title);
          const table = heading && [...section.querySelectorAll('table')].find((t) => (heading.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
          return table
            ? [...table.querySelectorAll('tbody tr')].map((row) => {
                const badge = row.querySelector('td .result-inferred');
                const box = badge?.getBoundingClientRect();
                return {
                  code: row.querySelector('td code')?.textContent?.trim() ?? '',
                  badge: badge ? { text: badge.textContent?.trim() ?? '', title: badge.getAttribute('title') ?? '', shown: (box?.width ?? 0) > 0 && getComputedStyle(badge).fontSize !== getComputedStyle(row).fontSize } : null,
                };
              })
            : [];
        };
        return { headings, own: rowsAfter('Result codes'), gateway: rowsAfter('Gateway-wide result codes') };
      }, op.operationId);
      expect(shown, `no rendered section for ${op.operationId}`).not.toBeNull();
      expect(shown!.own.map((row) => row.code), op.operationId).toEqual(op.codes);
      // The gateway-wide codes, under their own heading after the operation's own table.
      expect(op.gatewayCodes.length, op.operationId).toBeGreaterThan(0);
      expect(shown!.headings.indexOf('Gateway-wide result codes'), op.operationId).toBeGreaterThan(shown!.headings.indexOf('Result codes'));
      expect(shown!.gateway.map((row) => row.code), op.operationId).toEqual(op.gatewayCodes);
      // An inferred row carries a small "inferred" label that explains itself on hover; no other row does.
      const rows = [...shown!.own, ...shown!.gateway];
      expect(rows.filter((row) => row.badge !== null).map((row) => row.code), op.operationId).toEqual(op.inferred);
      for (const row of rows.filter((r) => r.badge !== null)) {
        expect(row.badge, `${op.operationId} ${row.code}`).toMatchObject({ text: 'inferred', shown: true });
        expect(row.badge!.title, `${op.operationId} ${row.code}`).toMatch(/rests on inference/);
      }
      if (op.hasLogic) expect(shown!.headings, op.operationId).toContain('Result-process logic');
    }
  });

  it('shows every webhook', async () => {
    const webhooks = webhookSummaries();
    expect(webhooks.map((w) => w.name)).toEqual(expect.arrayContaining(['notifyPayment', 'notifyRefund', 'notifyCapture']));
    for (const webhook of webhooks) {
      await openByLink(`${webhook.tag}/${webhook.name}`, webhook.summary);
      await page.getByText(webhook.name, { exact: true }).first().waitFor(VISIBLE);
    }
  });

  it('loaded nothing from outside the local server and logged no errors', () => {
    const origin = new URL(server?.url ?? 'http://invalid').origin;
    expect(log.requests.length).toBeGreaterThan(0);
    expect(log.requests[0]?.startsWith(origin)).toBe(true);
    expect(foreignRequests(log.requests, origin)).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});
