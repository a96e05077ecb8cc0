// Finds absolute http(s) URLs that a browser would fetch on its own when it opens a built page: script, image
// and frame sources (also when script sets them), link hrefs (stylesheets, preloads, icons), CSS @import and url(),
// and ES module imports.
// Plain anchors and URLs in text are not fetched and are not reported.
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';

export interface ExternalResource {
  /** File the URL was found in, relative to the scanned folder. */
  readonly file: string;
  /** What would fetch it, e.g. `<script src>` or `url()`. */
  readonly kind: string;
  readonly url: string;
}

const URL_BODY = String.raw`https?:\/\/[^\s"'<>)\`\\]+`;

const PATTERNS: readonly { readonly kind: string; readonly regex: RegExp }[] = [
  { kind: 'src attribute', regex: new RegExp(String.raw`<(?:script|img|iframe|frame|source|audio|video|track|embed|input)\b[^>]*?\ssrc\s*=\s*["']?(${URL_BODY})`, 'gi') },
  { kind: 'srcset attribute', regex: new RegExp(String.raw`\ssrcset\s*=\s*["']?(${URL_BODY})`, 'gi') },
  { kind: '<link href>', regex: new RegExp(String.raw`<link\b[^>]*?\shref\s*=\s*["']?(${URL_BODY})`, 'gi') },
  { kind: '<object data>', regex: new RegExp(String.raw`<object\b[^>]*?\sdata\s*=\s*["']?(${URL_BODY})`, 'gi') },
  { kind: 'CSS @import', regex: new RegExp(String.raw`@import\s+(?:url\(\s*)?["']?(${URL_BODY})`, 'gi') },
  { kind: 'CSS url()', regex: new RegExp(String.raw`url\(\s*["']?(${URL_BODY})`, 'gi') },
  { kind: 'ES module import', regex: new RegExp(String.raw`\bimport\s*(?:\(\s*|[\w$*{},\s]+?\sfrom\s*)["'\`](${URL_BODY})`, 'gi') },
  { kind: 'ES module import', regex: new RegExp(String.raw`\bimport\s*["'\`](${URL_BODY})`, 'gi') },
  // Script that creates elements: JSX props (`src: "https://…"`) and DOM assignments (`img.src = "https://…"`).
  { kind: 'script src property', regex: new RegExp(String.raw`(?:[{,\s]src|\.src)\s*[:=]\s*(?:[\w$.!()]+\s*\?\s*)?["'\`](${URL_BODY})`, 'g') },
  // Any other absolute URL of an image, font, style or script file, unless it is a link target (href).
  { kind: 'asset URL', regex: new RegExp(String.raw`(?<!href\s*[=:]\s*["'\`]?)["'\`(](https?:\/\/[^\s"'<>)\`\\]+\.(?:svg|png|jpe?g|gif|webp|avif|ico|css|js|mjs|woff2?|ttf|otf))(?=[?#"'\`)])`, 'gi') },
  { kind: 'script srcSet property', regex: new RegExp(String.raw`[{,\s.]srcset\s*[:=]\s*["'\`](${URL_BODY})`, 'gi') },
  { kind: 'importScripts()', regex: new RegExp(String.raw`\bimportScripts\(\s*["'\`](${URL_BODY})`, 'gi') },
];

/** Text files a browser could read as markup, style or script. */
const SCANNED_EXTENSIONS = new Set(['.html', '.htm', '.css', '.js', '.mjs', '.svg', '.json', '.webmanifest']);

/** Every external URL in `text` that a browser would fetch by itself. */
export function findExternalResources(text: string, file = '<text>'): ExternalResource[] {
  const found = new Map<string, ExternalResource>();
  for (const { kind, regex } of PATTERNS) {
    for (const match of text.matchAll(regex)) {
      const url = match[1];
      if (url !== undefined && !found.has(url)) found.set(url, { file, kind, url });
    }
  }
  return [...found.values()];
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** Scans every markup, style and script file under `dir`. */
export async function scanForExternalResources(dir: string): Promise<ExternalResource[]> {
  const found: ExternalResource[] = [];
  for (const path of await listFiles(dir)) {
    if (!SCANNED_EXTENSIONS.has(extname(path).toLowerCase())) continue;
    found.push(...findExternalResources(await readFile(path, 'utf8'), relative(dir, path)));
  }
  return found;
}
