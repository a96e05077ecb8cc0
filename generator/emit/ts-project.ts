import type { StatementStructures, WriterFunction } from 'ts-morph';

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
  const text = printStructure({ kind: StructureKind.SourceFile, statements: [...statements] }, { indentNumberOfSpaces: 2, useSingleQuote: true, newLine: '\n' });
  return `${banner}\n${text.trimEnd()}\n`;
}

/** Text safe to place inside a JSDoc block. */
export function jsDocText(value: string): string {
  return value.replace(/\*\//g, '*\u2215').replace(/\r?\n/g, '\n');
}

/** A single-quoted TypeScript string literal. */
export function literal(value: string): string {
  const inner = JSON.stringify(value).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'");
  return `'${inner}'`;
}

/** `makeThing` → `MakeThing`: the prefix of the type names emitted for an operationId. */
export function pascal(identifier: string): string {
  return identifier.charAt(0).toUpperCase() + identifier.slice(1);
}
