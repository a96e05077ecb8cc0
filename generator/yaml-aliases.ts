// A bound on YAML aliases. js-yaml (Redocly's parser) shares an aliased node instead of copying it, so parsing a
// "billion laughs" file is quick; everything after it (resolving, bundling, linting, the emitters) walks the tree,
// and 632 bytes of nested aliases made that a billion nodes (21 s and 1.1 GB, then a crash). A file's tree is
// measured as the walkers will see it, and refused when aliases add more than ALIAS_NODE_LIMIT nodes to it.

/** Nodes that aliases may add to one file, beyond the nodes written in it. Generous for anchors used as intended. */
export const ALIAS_NODE_LIMIT = 100_000;

// An alias needs an anchor (`&name`) in the same file: a file without any `&` is not walked (one indexOf; 7 of
// the 199 files of this repository's spec have an `&` in their text, and none an anchor). Where an alias starts,
// for the error's line and column:
const ALIAS = /(?:^|[\s[{,:])(\*)[^\s[\]{},]/m;

/** Where the first alias of `body` is: 1-based line and column. */
function firstAlias(body: string): { line: number; column: number } {
  const match = ALIAS.exec(body);
  if (!match) return { line: 1, column: 1 };
  const at = match.index + match[0].indexOf('*');
  const before = body.slice(0, at);
  const line = before.split('\n').length;
  return { line, column: at - before.lastIndexOf('\n') };
}

/**
 * Throws an error with a `mark` (0-based line and column, as js-yaml's errors have) when aliases expand the parsed
 * file by more than ALIAS_NODE_LIMIT nodes, or when an alias refers to a node that contains it (a cycle no walker
 * would leave). Linear in the nodes written: each distinct node is measured once.
 */
export function checkAliases(body: string, parsed: unknown): void {
  if (!body.includes('&')) return;
  const sizes = new Map<object, number>();
  const open = new Set<object>();
  let written = 0;
  let cycle = false;
  const measure = (node: object): number => {
    const known = sizes.get(node);
    if (known !== undefined) return known;
    if (open.has(node)) {
      cycle = true;
      return 1;
    }
    open.add(node);
    let size = 1;
    written += 1;
    for (const child of Object.values(node)) {
      if (typeof child === 'object' && child !== null) size += measure(child);
      else {
        size += 1;
        written += 1;
      }
    }
    open.delete(node);
    sizes.set(node, size);
    return size;
  };
  const total = typeof parsed === 'object' && parsed !== null ? measure(parsed) : 1;
  const added = total - written;
  if (!cycle && added <= ALIAS_NODE_LIMIT) return;
  const { line, column } = firstAlias(body);
  const reason = cycle
    ? 'an alias refers to a node that contains it; YAML aliases may not make a cycle'
    : `YAML aliases expand this file by ${added > 1e12 ? 'more than 10^12' : added.toLocaleString('en-US')} nodes, more than the ${ALIAS_NODE_LIMIT.toLocaleString('en-US')} allowed; write the repeated parts out or use $ref`;
  throw Object.assign(new Error(`${reason} (${line}:${column})`), { reason, mark: { line: line - 1, column: column - 1 }, rule: 'yaml-aliases' });
}
