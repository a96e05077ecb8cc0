import type { StatementStructures, WriterFunction } from 'ts-morph';
import { commentText } from './code-text.ts';

let cached: Promise<typeof import('ts-morph')> | undefined;

/** ts-morph is loaded lazily and once per process: it is the heaviest module the generator uses. */
export function loadTsMorph(): Promise<typeof import('ts-morph')> {
  cached ??= import('ts-morph');
  return cached;
}

type Statement = StatementStructures | WriterFunction;

/**
 * The statements of a file with one blank line before every top-level declaration (imports stay together). The
 * structure printer separates functions and interfaces but not type aliases or variables; a writer statement that
 * asks the CodeBlockWriter for a blank line (unless the last line already is one) evens that out.
 */
export function separated(imports: readonly Statement[], declarations: readonly Statement[]): Statement[] {
  const blank: WriterFunction = (writer) => {
    writer.blankLineIfLastNot();
  };
  return [...imports, ...declarations.flatMap((statement, i) => (i === 0 && imports.length === 0 ? [statement] : [blank, statement]))];
}

/**
 * Final text of a ts-morph emitter: the banner and the statements, printed by ts-morph's structure printer
 * (`printStructure` of a source-file structure: two-space indents, single quotes, semicolons). No SourceFile is
 * made, so nothing is parsed: adding the statements to a SourceFile printed the same text and then had the
 * TypeScript parser read it back, ~110 ms of a cold run for the two files (same bytes, checked on the Antom spec,
 * the lockers fixture and Stripe's spec).
 */
export async function printStatements(banner: string, statements: readonly Statement[]): Promise<string> {
  const { printStructure, StructureKind } = await loadTsMorph();
  const text = printStructure({ kind: StructureKind.SourceFile, statements: statements.map(safeDocs) }, { indentNumberOfSpaces: 2, useSingleQuote: true, newLine: '\n' });
  return `${banner}\n${text.trimEnd()}\n`;
}

/**
 * A copy of a structure (and of every structure inside it) whose `docs` have passed through commentText: ts-morph
 * prints a doc as given, so a `*\/` in it would end the comment. Done here, where every structure is printed, so
 * that no emitter can forget it. Writer functions are kept as they are (they write comments with blockComment).
 */
function safeDocs<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(safeDocs) as T;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    copy[key] = key === 'docs' && Array.isArray(item) ? item.map(safeDoc) : safeDocs(item);
  }
  return copy as T;
}

function safeDoc(doc: unknown): unknown {
  if (typeof doc === 'string') return commentText(doc);
  if (typeof doc !== 'object' || doc === null) return doc;
  const { description, tags, ...rest } = doc as { description?: unknown; tags?: { tagName: string; text?: unknown }[] };
  return {
    ...rest,
    ...(typeof description === 'string' ? { description: commentText(description) } : {}),
    ...(tags ? { tags: tags.map((tag) => ({ ...tag, tagName: commentText(tag.tagName), ...(typeof tag.text === 'string' ? { text: commentText(tag.text) } : {}) })) } : {}),
  };
}
