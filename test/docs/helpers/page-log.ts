// Records what a browser context fetches and what its pages report as errors.
import type { BrowserContext, Page } from 'playwright-core';

export interface PageLog {
  readonly requests: string[];
  readonly errors: string[];
}

export function recordPageLog(context: BrowserContext, page: Page): PageLog {
  const log: PageLog = { requests: [], errors: [] };
  context.on('request', (request) => log.requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => log.errors.push(`pageerror: ${error.message}`));
  return log;
}

/** URLs that are neither on `origin` nor local schemes (data:, blob:, about:). */
export function foreignRequests(requests: readonly string[], origin: string): string[] {
  return requests.filter((url) => {
    if (/^(data|blob|about):/i.test(url)) return false;
    return new URL(url).origin !== origin;
  });
}
