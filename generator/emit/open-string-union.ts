import type { TypeNode, UnionTypeNode } from 'typescript';

/** The openapi-typescript node helpers the rewrite needs (its own TypeScript copy builds every node). */
export interface TypeNodeKit {
  readonly STRING: TypeNode;
  readonly tsLiteral: (value: unknown) => TypeNode;
  readonly tsUnion: (types: TypeNode[]) => TypeNode;
  readonly tsIntersection: (types: TypeNode[]) => TypeNode;
  readonly stringToAST: (source: string) => unknown[];
}

/**
 * Open value lists (`anyOf: [{type: string, enum: [...]}, {type: string, maxLength: N}]`, used where Antom may
 * send values beyond the known ones) come out of openapi-typescript as `('A' | 'B') | string`, which the editor
 * collapses to `string`. The returned function (an openapi-typescript `postTransform`) rewrites such a union, and
 * only such a union (string literals plus one `string` keyword, nothing else), to `'A' | 'B' | (string & {})`:
 * the same set of values, with the known ones still offered. For any other node it returns undefined, which
 * keeps openapi-typescript's node.
 */
export function openStringUnionRewriter(kit: TypeNodeKit): (type: TypeNode) => TypeNode | undefined {
  // Syntax kinds are read off nodes built by the kit, so no second TypeScript copy is loaded.
  // openapi-typescript writes a string literal type as an identifier holding the quoted text ("A").
  const kinds = {
    union: kit.tsUnion([kit.STRING, kit.tsLiteral(1)]).kind,
    stringLiteral: kit.tsLiteral('a').kind,
    string: kit.STRING.kind,
  };
  const [empty, parenthesized] = kit.stringToAST('type Empty = {}; type Paren = (string);') as [{ type: TypeNode }, { type: TypeNode }];
  const emptyObject = empty.type;
  const parenKind = parenthesized.type.kind;
  const isUnion = (node: TypeNode): node is UnionTypeNode => node.kind === kinds.union;
  const isStringLiteral = (node: TypeNode): boolean =>
    node.kind === kinds.stringLiteral && String((node as TypeNode & { text?: unknown }).text).startsWith('"');

  return (type) => {
    if (!isUnion(type)) return undefined;
    const members: TypeNode[] = [];
    const flatten = (node: TypeNode): void => {
      if (isUnion(node)) node.types.forEach(flatten);
      else if (node.kind === parenKind) flatten((node as TypeNode & { type: TypeNode }).type);
      else members.push(node);
    };
    flatten(type);
    const literals = members.filter(isStringLiteral);
    const strings = members.filter((node) => node.kind === kinds.string);
    if (literals.length === 0 || strings.length !== 1 || literals.length + strings.length !== members.length) return undefined;
    return kit.tsUnion([...literals, kit.tsIntersection([kit.STRING, emptyObject])]);
  };
}
