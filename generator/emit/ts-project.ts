import type { Project, SourceFile, StatementStructures, WriterFunction } from 'ts-morph';

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
 * Final text of a ts-morph emitter: the banner and the printed statements. The structure printer already indents
 * with two spaces and ends statements with semicolons; a formatText() pass would start a whole language service
 * for no visible change.
 */
export async function printStatements(fileName: string, banner: string, statements: readonly Statement[]): Promise<string> {
  const { file } = await createSourceFile(fileName);
  // Added in one call: ts-morph re-parses the file after every manipulation.
  file.addStatements([...statements]);
  return `${banner}\n${file.getFullText().trimEnd()}\n`;
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
