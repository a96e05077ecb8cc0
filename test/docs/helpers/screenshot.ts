// Full-page screenshot of a page that renders lazily: Redoc 3 only mounts what is near the viewport, so the
// viewport is grown to the page height (until the height stops changing) before the shot, then restored.
import type { Page } from 'playwright-core';

export async function screenshotWholePage(page: Page, path: string): Promise<void> {
  const original = page.viewportSize() ?? { width: 1440, height: 900 };
  await page.evaluate(() => window.scrollTo(0, 0));
  let height = 0;
  for (let round = 0; round < 10; round += 1) {
    const next = await page.evaluate(() => document.documentElement.scrollHeight);
    if (next === height) break;
    height = next;
    await page.setViewportSize({ width: original.width, height });
    await page.waitForTimeout(500);
  }
  try {
    // The lifecycle spec makes the page about 41,000 px tall; encoding that on a busy 2-core machine can take
    // longer than Playwright's default 30 s.
    await page.screenshot({ path, fullPage: true, timeout: 180_000 });
  } finally {
    await page.setViewportSize(original);
  }
}
