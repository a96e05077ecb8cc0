// The built site served from 127.0.0.1 and opened in Debian's Chromium, with the moves a reader makes: open a
// section by its deep link, scroll until something lazily rendered shows up.
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { startStaticServer } from '../../../scripts/docs/serve.ts';
import { REPO_ROOT } from './build-site.ts';
import { launchChromium } from './chromium.ts';
import { recordPageLog } from './page-log.ts';
import type { PageLog } from './page-log.ts';

export const VISIBLE = { state: 'visible', timeout: 15_000 } as const;

export interface OpenSite {
  readonly page: Page;
  /** `http://127.0.0.1:<port>/` */
  readonly url: string;
  readonly log: PageLog;
  close(): Promise<void>;
}

/** Serves site/ (built by the docs project's global setup) and opens its start page in a fresh Chromium. */
export async function openSite(): Promise<OpenSite> {
  const server = await startStaticServer(join(REPO_ROOT, 'site'), 0);
  try {
    const browser = await launchChromium();
    const { context } = browser;
    const page = context.pages()[0] ?? (await context.newPage());
    const log = recordPageLog(context, page);
    await page.goto(server.url, { waitUntil: 'load' });
    return { page, url: server.url, log, close: async () => (await browser.close(), await server.close()) };
  } catch (error) {
    await server.close();
    throw error;
  }
}

/** Redoc's id of a tag or of an item under it: lower case, spaces as dashes (`After the payment/notifyRefund`). */
export function sectionSlug(section: string): string {
  return section.toLowerCase().replace(/\s+/g, '-');
}

/** Opens a section by the deep link a reader would share (`#/<tag>/<id>`), and waits for its heading. */
export async function openByLink(site: OpenSite, section: string, heading: string): Promise<Locator> {
  const slug = sectionSlug(section);
  await site.page.goto(`${site.url}#/${slug}`, { waitUntil: 'load' });
  const element = site.page.locator(`[data-section-id="/${slug}"]`).first();
  await element.waitFor({ state: 'attached', timeout: 15_000 });
  await site.page.getByRole('heading', { name: heading }).first().waitFor(VISIBLE);
  return element;
}

/** Scrolls down like a reader until `locator` is rendered and visible (Redoc renders nested rows lazily). */
export async function scrollUntilVisible(page: Page, locator: Locator): Promise<boolean> {
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
