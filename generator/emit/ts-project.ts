import type { Project, SourceFile } from 'ts-morph';

let cached: Promise<typeof import('ts-morph')> | undefined;

/** ts-morph is loaded lazily and once per process: it is the heaviest module the generator uses. */
export function loadTsMorph(): Promise<typeof import('ts-morph')> {
  cached ??= import('ts-morph');
  return cached;
}

export async function createSourceFile(fileName: string): Promise<{ project: Project; file: SourceFile }> {
  const { Project, QuoteKind, IndentationText, NewLineKind } = await loadTsMorph();
  const project = new Project({
    useInMemoryFileSystem: true,
    skipLoadingLibFiles: true,
    manipulationSettings: {
      quoteKind: QuoteKind.Single,
      indentationText: IndentationText.TwoSpaces,
      newLineKind: NewLineKind.LineFeed,
      useTrailingCommas: true,
    },
  });
  return { project, file: project.createSourceFile(fileName, '', { overwrite: true }) };
}

/**
 * Final text of a ts-morph emitter. The structure printer already indents with two spaces and ends statements
 * with semicolons; a formatText() pass would start a whole language service for no visible change.
 */
export function printSource(file: SourceFile, banner: string): string {
  // Statements added in one call come out without blank lines between them; separate top-level declarations.
  const text = file.getFullText().trimEnd().replace(/([;}])\n(\/\*\*|export |import createClient)/g, '$1\n\n$2');
  return `${banner}\n${text}\n`;
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
