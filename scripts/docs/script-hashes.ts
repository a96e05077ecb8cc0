// The page's script policy names each inline script it ships by hash instead of allowing every inline script.
// Redoc keeps HTML written in a spec's Markdown; it drops event-handler attributes and javascript: links, but an
// `<iframe srcdoc="<script>…</script>">` in a description ran its script in the page's origin under
// `script-src 'unsafe-inline'`. A srcdoc frame inherits the page's policy, so with hashes only the scripts the
// build wrote run.
import { createHash } from 'node:crypto';

const POLICY_META = /(<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self') 'unsafe-inline'/;
/** Elements whose content is text up to their end tag, where a `<script` is not a tag. */
const RAW_TEXT = new Set(['style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);

/**
 * The text of each inline `<script>` element of `html` as a browser parses it: start tags are read with their
 * quoted attribute values (a `<script>` inside an attribute, e.g. an iframe's srcdoc, is not an element), comments
 * and raw-text elements are skipped, and a script's text runs to the next `</script`.
 */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open === -1) break;
    if (html.startsWith('<!--', open)) {
      const end = html.indexOf('-->', open + 4);
      at = end === -1 ? html.length : end + 3;
      continue;
    }
    const name = /^<([a-zA-Z][a-zA-Z0-9-]*)/.exec(html.slice(open, open + 64))?.[1]?.toLowerCase();
    if (name === undefined) {
      at = open + 1;
      continue;
    }
    // The end of the start tag: the first '>' outside a quoted attribute value.
    let end = open + name.length + 1;
    let quote: string | undefined;
    for (; end < html.length; end += 1) {
      const char = html[end];
      if (quote !== undefined) {
        if (char === quote) quote = undefined;
      } else if (char === '"' || char === "'") quote = char;
      else if (char === '>') break;
    }
    const attributes = html.slice(open + name.length + 1, end);
    at = end + 1;
    if (name === 'script' || RAW_TEXT.has(name)) {
      // Searched case-insensitively in place: lower-casing the page first would shift offsets (e.g. U+0130 grows).
      const endTag = new RegExp(`</${name}`, 'gi');
      endTag.lastIndex = at;
      const close = endTag.exec(html)?.index ?? -1;
      const text = html.slice(at, close === -1 ? html.length : close);
      if (name === 'script' && !/\ssrc\s*=/i.test(` ${attributes}`)) scripts.push(text);
      at = close === -1 ? html.length : close;
    }
  }
  return scripts;
}

/** `'sha256-…'` of each inline script of `html` (scripts with a `src` are covered by `'self'`). */
export function inlineScriptHashes(html: string): string[] {
  return [...new Set(inlineScripts(html).map((text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`))];
}

/**
 * Replaces `'unsafe-inline'` in the page's `script-src` with the hashes of its inline scripts.
 *
 * @throws when the page has no such policy (the template changed): the build must not ship a page without it.
 */
export function pinInlineScripts(html: string): string {
  if (!POLICY_META.test(html)) {
    throw new Error(`the page has no Content-Security-Policy with script-src 'self' 'unsafe-inline' to pin to its inline scripts`);
  }
  const hashes = inlineScriptHashes(html);
  return html.replace(POLICY_META, (_, head: string) => `${head}${hashes.map((hash) => ` ${hash}`).join('')}`);
}
