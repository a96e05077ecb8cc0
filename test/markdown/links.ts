// The links of a Markdown file as a reader's viewer follows them: inline links and images `[text](target "title")`,
// reference definitions `[id]: target` and `<a href>` / `<img src>` in HTML, outside fenced code blocks and inline
// code. Headings give the anchors a link may point to, slugged as GitHub (and npm) write them.

export interface MarkdownLink {
  readonly line: number;
  /** The target without its `#fragment` ('' for a link to an anchor of the same file). */
  readonly path: string;
  /** The fragment, without `#`, or undefined. */
  readonly anchor: string | undefined;
  /** An absolute URL (`https:`, `mailto:`…): not a file of the package. */
  readonly external: boolean;
}

/** The lines of the text with fenced code blocks blanked out (line numbers kept). */
function outsideFences(markdown: string): string[] {
  let fence: string | undefined;
  return markdown.split('\n').map((line) => {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      return '';
    }
    if (marker !== undefined) {
      fence = marker;
      return '';
    }
    return line;
  });
}

/** The lines without code: fenced blocks and inline code blanked out. */
function proseOnly(markdown: string): string[] {
  return outsideFences(markdown).map((line) => line.replace(/(`+)[\s\S]*?\1/g, ''));
}

function toLink(line: number, raw: string): MarkdownLink {
  const target = raw.trim().replace(/^<(.*)>$/, '$1');
  const hash = target.indexOf('#');
  const path = hash === -1 ? target : target.slice(0, hash);
  return { line, path: decodeURI(path), anchor: hash === -1 ? undefined : target.slice(hash + 1), external: /^[a-z][a-z0-9+.-]*:/i.test(target) };
}

export function markdownLinks(markdown: string): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  proseOnly(markdown).forEach((text, index) => {
    const line = index + 1;
    for (const match of text.matchAll(/\]\(\s*(<[^>]*>|[^\s)]+)(?:\s+"[^"]*")?\s*\)/g)) links.push(toLink(line, match[1]!));
    for (const match of text.matchAll(/^\s{0,3}\[[^\]]+\]:\s*(\S+)/g)) links.push(toLink(line, match[1]!));
    for (const match of text.matchAll(/<(?:a|img)\b[^>]*?\s(?:href|src)\s*=\s*["']([^"']+)["']/gi)) links.push(toLink(line, match[1]!));
  });
  return links;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as dashes; repeats get -1, -2… */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const text of outsideFences(markdown)) {
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(text)?.[1]?.replace(/`([^`]*)`/g, '$1');
    if (heading === undefined) continue;
    const plain = heading.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<[^>]+>/g, '');
    const slug = plain.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}
