import path from 'node:path';
import type { OpenApiDocument } from './types.ts';
import { GeneratorError } from './types.ts';

export interface ResolvedSpec {
  readonly document: OpenApiDocument;
  /** Every file the bundle was assembled from (absolute paths), for fingerprints and messages. */
  readonly files: readonly string[];
}

export interface SpecProblem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly rule: string;
  readonly message: string;
}

export function formatProblem(problem: SpecProblem): string {
  return `${problem.file}:${problem.line}:${problem.column} error ${problem.rule}: ${problem.message}`;
}

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
    rules: { struct: options.lenient ? 'warn' : 'error', 'no-unresolved-refs': 'error', 'operation-operationId-unique': 'error', 'no-path-trailing-slash': 'error' },
  } as never);
  const resolver = new core.BaseResolver();
  let document: Awaited<ReturnType<typeof resolver.resolveDocument>>;
  try {
    document = await resolver.resolveDocument(null, path.resolve(rootFile), true);
  } catch (error) {
    throw toGeneratorError(error, rel);
  }
  if (document instanceof Error) throw toGeneratorError(document, rel);
  const toProblems = (problems: readonly import('@redocly/openapi-core').NormalizedProblem[]): SpecProblem[] =>
    problems
      .filter((p) => p.severity === 'error')
      .map((p) => {
        const location = p.location[0];
        const lineCol = location ? core.getLineColLocation(location) : undefined;
        return {
          file: location ? rel(location.source.absoluteRef) : rel(rootFile),
          line: lineCol?.start.line ?? 1,
          column: lineCol?.start.col ?? 1,
          rule: p.ruleId,
          message: p.message,
        };
      });
  const lintProblems = toProblems(await core.lintDocument({ document, config: config.styleguide, externalRefResolver: resolver }));
  if (lintProblems.length > 0) throw specProblemsError(lintProblems);
  const bundled = await core.bundleDocument({ document, config: config.styleguide, externalRefResolver: resolver, dereference: false, removeUnusedComponents: false });
  const bundleProblems = toProblems(bundled.problems);
  if (bundleProblems.length > 0) throw specProblemsError(bundleProblems);
  const files = [path.resolve(rootFile), ...bundled.fileDependencies].map((f) => (f.startsWith('file://') ? new URL(f).pathname : f));
  return { document: bundled.bundle.parsed as OpenApiDocument, files: [...new Set(files)].sort() };
}

function specProblemsError(problems: readonly SpecProblem[]): GeneratorError {
  const first = problems[0]!;
  const lines = problems.slice(0, 20).map(formatProblem);
  if (problems.length > 20) lines.push(`… and ${problems.length - 20} more`);
  return new GeneratorError(`the spec is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`, {
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
