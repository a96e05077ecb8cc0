// What an operation's rendered section shows of its result codes: its h2 headings, and the rows of the tables
// under "Result codes" and "Gateway-wide result codes" (each row's code and its "inferred" label, if any).
import type { Page } from 'playwright-core';

export interface RenderedRow {
  code: string;
  badge: { text: string; title: string; shown: boolean } | null;
}

export interface RenderedResultTables {
  headings: string[];
  own: RenderedRow[];
  gateway: RenderedRow[];
}

/** Reads the section whose Redoc id is `id` (`<tag>/<operationid>`), or null when it is not rendered. */
export function renderedResultTables(page: Page, id: string): Promise<RenderedResultTables | null> {
  return page.evaluate((sectionId) => {
    const section = document.querySelector(`[data-section-id="/${sectionId}"]`);
    if (section === null) return null;
    const h2s = [...section.querySelectorAll('h2')];
    const headings = h2s.map((h) => h.textContent?.trim() ?? '');
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
  }, id);
}
