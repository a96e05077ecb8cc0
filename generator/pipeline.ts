import { emitClient } from './emit/client.ts';
import { finalizeBundle, serializeBundle } from './emit/openapi-bundle.ts';
import { emitResultCodes } from './emit/result-codes.ts';
import { emitSchemaTypes } from './emit/schema-types.ts';
import { describeOperations } from './operations.ts';
import { collectCommonResultTable, collectResultTables } from './result-table.ts';
import type { OpenApiDocument, SpecIdentity } from './types.ts';

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

/** Every artefact from one bundled document. Pure: no disk access; same input, same bytes. */
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
    }
  };
  const common = collectCommonResultTable(bundled);
  const tables = collectResultTables(bundled);
  const document = finalizeBundle(bundled, tables, spec, common);
  const operations = describeOperations(document);
  const [schema, codes, client] = await Promise.all([
    timed('types (openapi-typescript)', () => emitters.schemaTypes(document, spec)),
    timed('result codes (ts-morph)', () => emitters.resultCodes(tables, spec, common)),
    timed('client (ts-morph)', () => emitters.client(operations, spec)),
  ]);
  const files: GeneratedFile[] = [
    { path: 'openapi.json', contents: serializeBundle(document) },
    { path: 'schema.ts', contents: schema },
    { path: 'client.ts', contents: client },
    // Written for every spec, tables or not, so that consumers import the same names whatever the spec holds.
    { path: 'result-codes.ts', contents: codes },
  ];
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}
