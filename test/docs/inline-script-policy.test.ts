// The docs page runs only the scripts its build wrote (issue 22: nothing a spec sends may run code). Redoc keeps
// HTML from a spec's Markdown and drops event handlers and javascript: links, but an
// `<iframe srcdoc="<script>…</script>">` in a description ran in the page's origin while the policy allowed every
// inline script. A page with the template's own policy, a script of the build and such a frame, served from
// 127.0.0.1 and opened in Chromium: the build's script runs, the frame's does not. And the site `npm run docs`
// built (the project's global setup) carries the hashes of exactly its inline scripts.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineScriptHashes, pinInlineScripts } from '../../scripts/docs/script-hashes.ts';
import { startStaticServer } from '../../scripts/docs/static-server.ts';
import type { StaticServer } from '../../scripts/docs/static-server.ts';
import { REPO_ROOT } from './helpers/build-site.ts';
import { launchChromium } from './helpers/chromium.ts';
import type { LaunchedChromium } from './helpers/chromium.ts';

const POLICY = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/;

async function templatePolicyMeta(): Promise<string> {
  const template = await readFile(join(REPO_ROOT, 'scripts', 'docs', 'template.hbs'), 'utf8');
  const meta = template.match(/<meta http-equiv="Content-Security-Policy"[^>]*>/)?.[0];
  if (meta === undefined) throw new Error('scripts/docs/template.hbs has no Content-Security-Policy meta');
  return meta;
}

/**
 * A page as the build writes it: the template's policy, text whose lower case is longer (U+0130), a spec's frame
 * written into the HTML (a `<script>` inside an attribute) and one created at run time as Redoc does, and the
 * build's own inline script.
 */
async function hostilePage(): Promise<string> {
  const frameScript = '<script>parent.hostileRan = true</script>';
  return [
    '<!DOCTYPE html><html><head>',
    await templatePolicyMeta(),
    '</head><body>',
    '<p>\u0130stanbul \u0130zmir</p>',
    `<iframe id="spec-html" srcdoc="${frameScript}"></iframe>`,
    '<script>',
    '  window.buildRan = true;',
    '  const rendered = document.createElement("iframe");',
    `  rendered.srcdoc = ${JSON.stringify(frameScript).replace('</', '<\\/')};`,
    '  document.body.append(rendered);',
    '</script>',
    '</body></html>',
  ].join('\n');
}

let dir: string;
let server: StaticServer;
let chromium: LaunchedChromium;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'antom-docs-policy-'));
  server = await startStaticServer(dir, 0);
  chromium = await launchChromium();
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the docs page script policy', () => {
  it("runs the build's inline script and not the ones a spec's Markdown puts in an iframe's srcdoc", async () => {
    await writeFile(join(dir, 'index.html'), pinInlineScripts(await hostilePage()));
    const page = await chromium.context.newPage();
    try {
      await page.goto(server.url);
      // Both frames' documents parsed (a srcdoc document's script runs while it is parsed).
      await page.waitForFunction(() => {
        const frames = [...document.querySelectorAll('iframe')];
        return frames.length === 2 && frames.every((frame) => frame.contentDocument?.URL === 'about:srcdoc' && frame.contentDocument.readyState === 'complete');
      });
      const ran = await page.evaluate(() => {
        const seen = window as unknown as { buildRan?: boolean; hostileRan?: boolean };
        return { build: seen.buildRan === true, hostile: seen.hostileRan === true };
      });
      expect(ran).toEqual({ build: true, hostile: false });
    } finally {
      await page.close();
    }
  });

  it('refuses a page without the policy it pins', () => {
    expect(() => pinInlineScripts('<!DOCTYPE html><html><head></head><body><script>1</script></body></html>')).toThrow(/Content-Security-Policy/);
  });

  it('ships the built site with a hash for each of its inline scripts and no unsafe-inline script source', async () => {
    const html = await readFile(join(REPO_ROOT, 'site', 'index.html'), 'utf8');
    const policy = html.match(POLICY)?.[1] ?? '';
    const scriptSources = policy.split(';').map((part) => part.trim()).find((part) => part.startsWith('script-src')) ?? '';
    expect(scriptSources).not.toContain("'unsafe-inline'");
    const hashes = inlineScriptHashes(html);
    expect(hashes.length).toBeGreaterThan(0);
    for (const hash of hashes) expect(scriptSources).toContain(hash);
  });
});
