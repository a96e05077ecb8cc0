// The docs site by integration, in Debian's Chromium (the site is built once by the project's global setup): the
// sidebar's groups and integrations in order, the overview's table linking to each integration's section, each
// section showing its sample file whole and linking to its operations, and the deep link of every operation (under
// each integration it belongs to) and every webhook, with each operation's own result-code table, the gateway-wide
// codes and its decision guide. What must be shown is read from the bundled spec and the sample files.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/build-site.ts';
import { foreignRequests } from './helpers/page-log.ts';
import { renderedResultTables } from './helpers/result-tables.ts';
import { openByLink, openSite, scrollUntilVisible, sectionSlug, VISIBLE } from './helpers/site-page.ts';
import type { OpenSite } from './helpers/site-page.ts';
import { integrations, operationsWithTables, webhookSummaries } from './helpers/spec-data.ts';

let site: OpenSite;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

/** The code as a reader copies it: without trailing blanks or a final newline. */
const asCopied = (code: string): string => code.replace(/[ \t]+$/gm, '').replace(/\n+$/, '');

describe('docs site by integration (Chromium)', () => {
  it("groups the sidebar by integration, in the spec's order, after the overview's sections", async () => {
    const menu = site.page.locator('[data-component-name="Menu/Menu"]').first();
    await menu.waitFor(VISIBLE);
    const labels = await menu.evaluate((ul) =>
      [...ul.querySelectorAll(':scope > [data-component-name="Menu/MenuItem"]')].map((item) => (item as HTMLElement).innerText.split('\n')[0]?.trim() ?? ''),
    );
    const expected = integrations().flatMap((item, index, all) => (all[index - 1]?.group === item.group ? [item.tag] : [item.group, item.tag]));
    expect(expected).toEqual(['Accept payments', 'Antom Checkout Page', 'Payment Element', 'API-only', 'Manage payments', 'After the payment', 'Disputes']);
    expect(labels.slice(labels.indexOf('Accept payments'))).toEqual(expected);
    expect(labels.slice(0, labels.indexOf('Accept payments'))).toEqual(expect.arrayContaining(['Integrations', 'Reading an answer', 'Signing guide']));
  });

  it("links each integration from the overview's table to its section", async () => {
    for (const { tag } of integrations()) {
      await openByLink(site, 'section/integrations', 'Integrations');
      await site.page.locator('[data-section-id="/section/integrations"] table a').getByText(tag, { exact: true }).click();
      await site.page.waitForURL((url) => url.hash === `#/${sectionSlug(tag)}`);
      await site.page.locator(`[data-section-id="/${sectionSlug(tag)}"]`).getByRole('heading', { name: tag }).first().waitFor(VISIBLE);
    }
  });

  it('shows each integration with its sequence and its sample file whole, and links it to its operations', async () => {
    for (const { tag, sampleFile } of integrations()) {
      const section = await openByLink(site, tag, tag);
      await section.getByText('The sequence', { exact: false }).first().waitFor(VISIBLE);
      const shown = await section.locator('pre').first().innerText();
      expect(asCopied(shown), `${tag}: ${sampleFile}`).toBe(asCopied(await readFile(join(REPO_ROOT, sampleFile), 'utf8')));
      // Its links to operations and webhooks (`#/<tag>/<id>`) lead to a rendered section with a heading.
      const links = await section.locator('a[href^="#/"]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
      const toItems = [...new Set(links.filter((href) => href.split('/').length === 3))];
      expect(toItems.length, tag).toBeGreaterThan(0);
      for (const href of toItems) {
        await openByLink(site, sectionSlug(tag), tag);
        await site.page.locator(`[data-section-id="/${sectionSlug(tag)}"] a[href="${href}"]`).first().click();
        await site.page.waitForURL((url) => url.hash === href);
        await site.page.locator(`[data-section-id="${href.slice(1)}"]`).first().getByRole('heading').first().waitFor(VISIBLE);
      }
    }
  });

  it('opens every operation under each of its integrations by deep link, with its own result-code table, then the gateway-wide codes, and its decision guide', async () => {
    const operations = operationsWithTables();
    expect(operations.map((op) => op.operationId).sort()).toEqual(
      ['acceptDispute', 'cancel', 'capture', 'consult', 'createPaymentSession', 'downloadDisputeEvidence', 'inquiryPayment', 'inquiryRefund', 'pay', 'refund', 'supplyDefenseDocument'],
    );
    expect(operations.find((op) => op.operationId === 'createPaymentSession')?.tags).toEqual(['Antom Checkout Page', 'Payment Element']);
    for (const op of operations) {
      for (const tag of op.tags) {
        const id = `${sectionSlug(tag)}/${op.operationId.toLowerCase()}`;
        await openByLink(site, id, op.summary);
        const shown = await renderedResultTables(site.page, id);
        const where = `${op.operationId} under ${tag}`;
        expect(shown, `no rendered section for ${where}`).not.toBeNull();
        expect(shown!.own.map((row) => row.code), where).toEqual(op.codes);
        expect(op.gatewayCodes.length, where).toBeGreaterThan(0);
        expect(shown!.headings.indexOf('Gateway-wide result codes'), where).toBeGreaterThan(shown!.headings.indexOf('Result codes'));
        expect(shown!.gateway.map((row) => row.code), where).toEqual(op.gatewayCodes);
        // An inferred row carries a small "inferred" label that explains itself on hover; no other row does.
        const rows = [...shown!.own, ...shown!.gateway];
        expect(rows.filter((row) => row.badge !== null).map((row) => row.code), where).toEqual(op.inferred);
        for (const row of rows.filter((r) => r.badge !== null)) {
          expect(row.badge, `${where} ${row.code}`).toMatchObject({ text: 'inferred', shown: true });
          expect(row.badge!.title, `${where} ${row.code}`).toMatch(/rests on inference/);
        }
        if (op.hasLogic) expect(shown!.headings, where).toContain('Result-process logic');
      }
    }
  });

  it('opens every webhook by deep link, as a webhook, with the fields its body requires', async () => {
    const webhooks = webhookSummaries();
    expect(webhooks.map((w) => w.name).sort()).toEqual(['notifyCapture', 'notifyDispute', 'notifyPayment', 'notifyRefund']);
    for (const webhook of webhooks) {
      expect(webhook.tags, webhook.name).toHaveLength(1);
      const section = await openByLink(site, `${webhook.tags[0]}/${webhook.name}`, webhook.summary);
      await section.getByText(webhook.name, { exact: true }).first().waitFor(VISIBLE);
      await section.getByText('Webhook', { exact: true }).first().waitFor(VISIBLE);
      expect(webhook.required.length, webhook.name).toBeGreaterThan(2);
      for (const field of webhook.required) {
        expect(await scrollUntilVisible(site.page, section.getByText(field, { exact: true })), `${webhook.name}: ${field}`).toBe(true);
      }
    }
  });

  it('loaded nothing from outside the local server and logged no errors', () => {
    const origin = new URL(site.url).origin;
    expect(site.log.requests.length).toBeGreaterThan(0);
    expect(foreignRequests(site.log.requests, origin)).toEqual([]);
    expect(site.log.errors).toEqual([]);
  });
});
