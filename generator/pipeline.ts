import { emitClient } from './emit/client.ts';
import { finalizeBundle, serializeBundle } from './emit/openapi-bundle.ts';
import { emitResultCodes } from './emit/result-codes.ts';
import { emitSchemaTypes } from './emit/schema-types.ts';
import { describeOperations } from './operations.ts';
import { collectCommonResultTable, collectResultTables } from './result-table.ts';
import type { OpenApiDocument, SpecIdentity } from './types.ts';
import { trace } from './trace.ts';

export interface GeneratedFile {
  /** Path relative to the output folder, with forward slashes. */
  readonly path: string;
  readonly contents: string;
}

/** The three code emitters; the CLI may swap in worker-backed versions with the same behaviour. */
export interface Emitters {
  readonly schemaTypes: typeof emitSchemaTypes;
  readonly resultCodes: typeof emitResultCodes;
  readonly client: typeof emitClient;
}

export const inProcessEmitters: Emitters = { schemaTypes: emitSchemaTypes, resultCodes: emitResultCodes, client: emitClient };

/**
 * Every artefact from one bundled document. Pure: no disk access; same input, same bytes.
 *
 * The emitters start first, from the bundle as Redocly made it; the published openapi.json (examples derived from
 * the tables, the tables rendered into the descriptions) is made and serialized on this thread while they run:
 * with the emitters in their thread, that took finalize (~10 ms), the clone of the larger finalized document into
 * the thread (~10 ms here, ~20 ms there) and the serialization off the path to the output. The types are emitted
 * from the bundle, so schema.ts documents the API's shape and its authors' descriptions without the rendered
 * tables (they are in result-codes.ts and openapi.json). The client reads the first paragraph of a description
 * only, which the tables never are part of.
 */
export async function runPipeline(
  bundled: OpenApiDocument,
  spec: SpecIdentity,
  timings: Record<string, number> = {},
  emitters: Emitters = inProcessEmitters,
): Promise<GeneratedFile[]> {
  const timed = async <T>(step: string, work: () => Promise<T> | T): Promise<T> => {
    const start = performance.now();
    try {
      return await work();
    } finally {
      timings[step] = performance.now() - start;
      trace(`got ${step}`);
    }
  };
  const common = collectCommonResultTable(bundled);
  const tables = collectResultTables(bundled);
  const operations = describeOperations(bundled);
  const emitted = Promise.all([
    timed('types (openapi-typescript)', () => emitters.schemaTypes(bundled, spec)),
    timed('result codes (ts-morph)', () => emitters.resultCodes(tables, spec, common)),
    timed('client (ts-morph)', () => emitters.client(operations, spec)),
  ]);
  // Awaited below; a failure of the bundle's own steps is reported first.
  emitted.catch(() => undefined);
  const bundle = timed('openapi.json', () => serializeBundle(finalizeBundle(bundled, tables, spec, common)));
  trace('serialized');
  const [json, [schema, codes, client]] = await Promise.all([bundle, emitted]);
  trace('emitted');
  const files: GeneratedFile[] = [
    { path: 'openapi.json', contents: json },
    { path: 'schema.ts', contents: schema },
    { path: 'client.ts', contents: client },
    // Written for every spec, tables or not, so that consumers import the same names whatever the spec holds.
    { path: 'result-codes.ts', contents: codes },
  ];
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}
