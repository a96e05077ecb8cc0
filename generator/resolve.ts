import path from 'node:path';
import type { OpenApiDocument } from './types.ts';
import { ResultCodes } from '../scripts/redocly/result-table-rules.mjs';
import { locatePointer } from './locate.ts';
import { refPolicy } from './ref-policy.ts';
import { specFiles } from './spec-files.ts';
import { trace } from './trace.ts';
import { GeneratorError } from './types.ts';

export interface ReadOptions {
  /** Structure problems are warnings (--lenient). */
  readonly lenient?: boolean;
  /** A `$ref` may lead outside the spec's folder, to any file or URL (--allow-external-refs; see ref-policy.ts). */
  readonly allowExternalRefs?: boolean;
  /** How long a remote `$ref` may take (--ref-timeout), in milliseconds. */
  readonly refTimeoutMs?: number;
}

/** The spec read and bundled, with its check still to run (see readSpec). */
export interface ReadSpec {
  /** Redocly's bundle of the spec. Not checked yet: work may start from it, but nothing is written before check(). */
  readonly bundle: OpenApiDocument;
  /** Every file the bundle was assembled from (absolute paths), for fingerprints and messages. */
  readonly files: readonly string[];
  /**
   * Runs the structure check and the project rules on the files as written: resolves with the problems that do not
   * stop the run (warnings under --lenient), rejects with a GeneratorError listing the ones that do.
   */
  check(): Promise<readonly SpecProblem[]>;
  /** See ResolvedSpec. */
  locate(pointer: string): Promise<string | undefined>;
}

export interface ResolvedSpec {
  readonly document: OpenApiDocument;
  /** Every file the bundle was assembled from (absolute paths), for fingerprints and messages. */
  readonly files: readonly string[];
  /** Problems that did not stop the run (structure problems under --lenient), sorted by file and line. */
  readonly warnings: readonly SpecProblem[];
  /**
   * `file:line:column` of a JSON pointer into the bundled document, found by walking the spec's own files (through
   * every `$ref`), so that a problem the later steps find is reported where it is written. Undefined when the
   * pointer leads nowhere.
   */
  locate(pointer: string): Promise<string | undefined>;
}

export interface SpecProblem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly rule: string;
  readonly message: string;
  readonly severity: 'error' | 'warn';
}

export function formatProblem(problem: SpecProblem): string {
  return `${problem.file}:${problem.line}:${problem.column} ${problem.severity === 'warn' ? 'warning' : 'error'} ${problem.rule}: ${problem.message}`;
}

/** By file, then line, then column: the order an editor walks them in. */
export function sortProblems(problems: readonly SpecProblem[]): SpecProblem[] {
  return [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}

/** Rules that --lenient turns into warnings. */
const LENIENT_RULES = new Set(['struct']);

/**
 * Reads the spec through Redocly's library: resolves every `$ref`, checks the structure against the OpenAPI
 * schema and the project's rules, and bundles it into one document. This is the one step that reads the spec's
 * files; problems come back as file:line:column with the rule that failed.
 */
export async function resolveSpec(rootFile: string, displayRoot: string, options: ReadOptions = {}): Promise<ResolvedSpec> {
  const read = await readSpec(rootFile, displayRoot, options);
  const warnings = await read.check();
  return { document: read.bundle, files: read.files, warnings, locate: read.locate };
}

/**
 * resolveSpec in two steps, so that the emitters can start from the bundle while this thread checks the spec: the
 * bundle first, then check(), which lints the files as written (copies kept before the bundle rewrote them). The
 * check is what fails a broken spec, as when it ran first: when the bundle cannot be made, the check runs at once
 * and its problems are reported before the bundle's. Taking the check (~100-120 ms of CPU for this spec) off the
 * path to the emitters saved ~70-110 ms of a cold run (docs/benchmarks.md).
 */
export async function readSpec(rootFile: string, displayRoot: string, options: ReadOptions = {}): Promise<ReadSpec> {
  const core = await import('@redocly/openapi-core');
  const rel = (file: string) => path.relative(displayRoot, file.startsWith('file://') ? new URL(file).pathname : file) || file;
  const config = await core.createConfig({
    extends: [],
    // The result-table rule of `npm run lint`, so that generate refuses the same tables, at the same file and line.
    plugins: [{ id: 'antom', rules: { oas3: { 'result-codes': ResultCodes } } }],
    rules: {
      struct: options.lenient ? 'warn' : 'error',
      'no-unresolved-refs': 'error',
      'operation-operationId-unique': 'error',
      'no-path-trailing-slash': 'error',
      'antom/result-codes': 'error',
    },
  } as never);
  trace('redocly loaded');
  const rootPath = path.resolve(rootFile);
  const files = specFiles(core, refPolicy(rootPath, { allowExternal: options.allowExternalRefs, timeoutMs: options.refTimeoutMs }));
  let document: Awaited<ReturnType<typeof files.resolver.resolveDocument>>;
  try {
    document = await files.resolver.resolveDocument(null, rootPath, true);
  } catch (error) {
    throw toGeneratorError(error, rel);
  }
  if (document instanceof Error) throw toGeneratorError(document, rel);
  assertOpenApi3(core, document, rel);
  const toProblems = (problems: readonly import('@redocly/openapi-core').NormalizedProblem[]): SpecProblem[] =>
    sortProblems(problems
      .filter((p) => p.severity === 'error' || p.severity === 'warn')
      .map((p) => {
        const location = p.location[0];
        const lineCol = location ? core.getLineColLocation(location) : undefined;
        return {
          file: location ? rel(location.source.absoluteRef) : rel(rootFile),
          line: lineCol?.start.line ?? 1,
          column: lineCol?.start.col ?? 1,
          rule: p.ruleId,
          message: p.message,
          severity: p.severity === 'warn' ? ('warn' as const) : ('error' as const),
        };
      }));
  const errorsOf = (problems: readonly SpecProblem[]) => problems.filter((p) => p.severity === 'error');
  let bundled: Awaited<ReturnType<typeof core.bundleDocument>> | undefined;
  let bundleFailure: unknown;
  try {
    bundled = await core.bundleDocument({ document, config: config.styleguide, externalRefResolver: files.resolver, dereference: false, removeUnusedComponents: false });
  } catch (error) {
    bundleFailure = error;
  }
  const bundleProblems = bundled ? toProblems(bundled.problems) : [];
  const lint = async (): Promise<SpecProblem[]> => {
    const checker = files.pristine();
    const asWritten = await checker.resolveDocument(null, rootPath, true);
    if (asWritten instanceof Error) throw toGeneratorError(asWritten, rel);
    const problems = toProblems(await core.lintDocument({ document: asWritten, config: config.styleguide, externalRefResolver: checker }));
    if (errorsOf(problems).length > 0) throw specProblemsError(errorsOf(problems), options.lenient === true);
    return problems;
  };
  if (!bundled || errorsOf(bundleProblems).length > 0) {
    await lint();
    if (!bundled) throw bundleFailure;
    throw specProblemsError(errorsOf(bundleProblems), options.lenient === true);
  }
  const all = [rootPath, ...bundled.fileDependencies].map((f) => (f.startsWith('file://') ? new URL(f).pathname : f));
  let checked: Promise<readonly SpecProblem[]> | undefined;
  return {
    bundle: bundled.bundle.parsed as OpenApiDocument,
    files: [...new Set(all)].sort(),
    check: () => (checked ??= lint().then((problems) => sortProblems([...problems, ...bundleProblems].filter((p) => p.severity === 'warn')))),
    locate: (pointer) => locatePointer(core, files.resolver, document, pointer, rel).catch(() => undefined),
  };
}

type Core = typeof import('@redocly/openapi-core');
type RootDocument = Awaited<ReturnType<InstanceType<Core['BaseResolver']>['resolveDocument']>>;

/**
 * The emitters read OpenAPI 3.0 and 3.1 only. Redocly lints a Swagger 2.0 document by its own rules and passes
 * it, and openapi-typescript's transform would then emit empty types: refuse it here, where the version is written.
 */
function assertOpenApi3(core: Core, document: Exclude<RootDocument, Error>, rel: (file: string) => string): void {
  const parsed = document.parsed as { openapi?: unknown; swagger?: unknown } | null;
  const version = parsed?.openapi;
  if (typeof version === 'string' && /^3\.[01]\.\d+/.test(version)) return;
  const key = parsed?.swagger !== undefined && version === undefined ? 'swagger' : 'openapi';
  const said = parsed?.[key] === undefined ? `no \`${key}\` field` : `${key}: ${JSON.stringify(parsed[key])}`;
  const at = parsed?.[key] === undefined ? { line: 1, col: 1 } : core.getLineColLocation({ source: document.source, pointer: `#/${key}`, reportOnKey: true } as never).start;
  const location = `${rel(document.source.absoluteRef)}:${at.line}:${at.col}`;
  throw new GeneratorError(`${location} error openapi-version: only OpenAPI 3.0 and 3.1 documents are supported; this one has ${said}. Convert it to OpenAPI 3 first.`, { location, rule: 'openapi-version' });
}

function specProblemsError(problems: readonly SpecProblem[], lenient: boolean): GeneratorError {
  const first = problems[0]!;
  const lines = problems.slice(0, 20).map(formatProblem);
  if (problems.length > 20) lines.push(`… and ${problems.length - 20} more`);
  const downgradable = !lenient && problems.every((p) => LENIENT_RULES.has(p.rule));
  const next = downgradable
    ? 'Fix these in the spec, or run with --lenient to report structure problems as warnings and generate anyway (for a third-party spec).'
    : 'Fix these in the spec, then run again.';
  return new GeneratorError(`the spec is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}\n${next}`, {
    location: `${first.file}:${first.line}:${first.column}`,
    rule: first.rule,
  });
}

function toGeneratorError(error: unknown, rel: (file: string) => string): GeneratorError {
  if (error instanceof GeneratorError) return error;
  type Marked = { mark?: { line: number; column: number }; reason?: string; rule?: string };
  const e = error as Marked & { source?: { absoluteRef?: string }; originalError?: Marked; message?: string };
  const mark = e.mark ?? e.originalError?.mark;
  const file = e.source?.absoluteRef ? rel(e.source.absoluteRef) : undefined;
  if (file && mark) {
    const location = `${file}:${mark.line + 1}:${mark.column + 1}`;
    // A YAML syntax error, or too many aliases (generator/yaml-aliases.ts).
    const rule = e.rule ?? e.originalError?.rule ?? 'yaml-syntax';
    return new GeneratorError(`${location} error ${rule}: ${e.reason ?? e.originalError?.reason ?? e.message}`, { location, rule, cause: error });
  }
  return new GeneratorError(`${file ?? 'spec'}: ${e.message ?? String(error)}`, { location: file, rule: 'read', cause: error });
}
