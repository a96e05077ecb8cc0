import path from 'node:path';
import type { OpenApiDocument } from './types.ts';
import { ResultCodes } from '../scripts/redocly/result-table-rules.mjs';
import { GeneratorError } from './types.ts';

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
 * schema and bundles it into one document. This is the one step that reads the spec's files; problems come
 * back as file:line:column with the rule that failed.
 */
export async function resolveSpec(rootFile: string, displayRoot: string, options: { lenient?: boolean } = {}): Promise<ResolvedSpec> {
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
  const resolver = new core.BaseResolver();
  let document: Awaited<ReturnType<typeof resolver.resolveDocument>>;
  try {
    document = await resolver.resolveDocument(null, path.resolve(rootFile), true);
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
  const lintProblems = toProblems(await core.lintDocument({ document, config: config.styleguide, externalRefResolver: resolver }));
  const lintErrors = lintProblems.filter((p) => p.severity === 'error');
  if (lintErrors.length > 0) throw specProblemsError(lintErrors, options.lenient === true);
  const bundled = await core.bundleDocument({ document, config: config.styleguide, externalRefResolver: resolver, dereference: false, removeUnusedComponents: false });
  const bundleProblems = toProblems(bundled.problems);
  const bundleErrors = bundleProblems.filter((p) => p.severity === 'error');
  if (bundleErrors.length > 0) throw specProblemsError(bundleErrors, options.lenient === true);
  const files = [path.resolve(rootFile), ...bundled.fileDependencies].map((f) => (f.startsWith('file://') ? new URL(f).pathname : f));
  const locate = (pointer: string) => locatePointer(core, resolver, document, pointer, rel).catch(() => undefined);
  const warnings = sortProblems([...lintProblems, ...bundleProblems].filter((p) => p.severity === 'warn'));
  return { document: bundled.bundle.parsed as OpenApiDocument, files: [...new Set(files)].sort(), warnings, locate };
}

type Core = typeof import('@redocly/openapi-core');
type RootDocument = Awaited<ReturnType<InstanceType<Core['BaseResolver']>['resolveDocument']>>;

function unescapeSegment(segment: string): string {
  return decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
}

function segments(pointer: string): string[] {
  const path = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  return path === '' || path === '/' ? [] : path.slice(1).split('/').map(unescapeSegment);
}

async function locatePointer(core: Core, resolver: InstanceType<Core['BaseResolver']>, root: RootDocument, pointer: string, rel: (file: string) => string): Promise<string | undefined> {
  if (root instanceof Error) return undefined;
  // Bundling rewrites the parsed documents in place: walk fresh parses of each file's text instead.
  const parsed = new Map<string, unknown>();
  const fresh = (file: { absoluteRef: string; body: string }): unknown => {
    if (!parsed.has(file.absoluteRef)) parsed.set(file.absoluteRef, core.parseYaml(file.body));
    return parsed.get(file.absoluteRef);
  };
  let source = root.source;
  let node: unknown = fresh(source);
  let at: string[] = [];
  const follow = async (): Promise<void> => {
    for (let hops = 0; hops < 32 && typeof node === 'object' && node !== null && typeof (node as { $ref?: unknown }).$ref === 'string'; hops += 1) {
      const [file = '', hash = ''] = (node as { $ref: string }).$ref.split('#');
      if (file !== '') {
        const target = await resolver.resolveDocument(source.absoluteRef, resolver.resolveExternalRef(source.absoluteRef, file), false);
        if (target instanceof Error) throw target;
        source = target.source;
      }
      node = fresh(source);
      at = segments(hash);
      for (const key of at) node = (node as Record<string, unknown> | undefined)?.[key];
    }
  };
  for (const key of segments(pointer)) {
    await follow();
    if (typeof node !== 'object' || node === null || !(key in node)) return undefined;
    node = (node as Record<string, unknown>)[key];
    at = [...at, key];
  }
  const escaped = at.map((k) => k.replace(/~/g, '~0').replace(/\//g, '~1'));
  const { start } = core.getLineColLocation({ source, pointer: `#/${escaped.join('/')}`, reportOnKey: false } as never);
  return `${rel(source.absoluteRef)}:${start.line}:${start.col}`;
}

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
  const e = error as { source?: { absoluteRef?: string }; mark?: { line: number; column: number }; reason?: string; originalError?: { mark?: { line: number; column: number }; reason?: string }; message?: string };
  const mark = e.mark ?? e.originalError?.mark;
  const file = e.source?.absoluteRef ? rel(e.source.absoluteRef) : undefined;
  if (file && mark) {
    const location = `${file}:${mark.line + 1}:${mark.column + 1}`;
    return new GeneratorError(`${location} error yaml-syntax: ${e.reason ?? e.originalError?.reason ?? e.message}`, { location, rule: 'yaml-syntax', cause: error });
  }
  return new GeneratorError(`${file ?? 'spec'}: ${e.message ?? String(error)}`, { location: file, rule: 'read', cause: error });
}
