import { tsBanner } from '../banner.ts';
import type { OperationInfo, SpecIdentity } from '../types.ts';
import type { MethodSignatureStructure, OptionalKind, StatementStructures, WriterFunction } from 'ts-morph';
import { clientRuntimeStatements } from './client-runtime.ts';
import { pascal, propertyAccess, propertyKey, stringLiteral as literal } from './code-text.ts';
import { loadTsMorph, printStatements, separated } from './ts-project.ts';

function operationType(op: OperationInfo): string {
  return `paths[${literal(op.path)}][${literal(op.method)}]`;
}

/** The options type openapi-fetch reads the success body with: `parseAs` for text and binary bodies. */
function parsedOptions(op: OperationInfo, options: string): string {
  const media = op.responseMediaType?.toLowerCase();
  if (media === undefined || /^[^;]*[/+]json\b/.test(media)) return options;
  return `${options} & { parseAs: ${media.startsWith('text/') ? "'text'" : "'blob'"} }`;
}

/**
 * The success body a call resolves to. For a JSON body it is the schema type as written, read straight from the
 * operation's 2xx response (the status and media type `OperationRoute` names): openapi-fetch's
 * `FetchResponse` passes it through `Readable<T>`, which would drop `$Write`-marked properties but also rewrites
 * `'A' | (string & {})` (an open value list) into an object of String members. Nothing is lost by skipping it:
 * schema.ts is emitted without openapi-typescript's `readWriteMarkers`, so there is no marker to strip (and
 * Antom's spec marks no property readOnly or writeOnly). Text, binary or bodiless answers keep openapi-fetch's
 * reading (`parseAs`).
 */
function rawJsonData(op: OperationInfo, name: string): string | undefined {
  const media = op.responseMediaType;
  if (op.responseStatus === undefined || media === undefined || !/^[^;]*[/+]json\b/.test(media.toLowerCase())) return undefined;
  return `${name}Operation['responses'][${literal(op.responseStatus)}]['content'][${literal(media)}]`;
}

function fetchResult(op: OperationInfo, name: string): string {
  const media = op.responseMediaType === undefined ? '`${string}/${string}`' : literal(op.responseMediaType);
  const fetched = `FetchResponse<${name}Operation, ${parsedOptions(op, `${name}Options`)}, ${media}>`;
  const raw = rawJsonData(op, name);
  return raw === undefined ? fetched : `WithSuccessBody<${fetched}, ${raw}>`;
}

function methodSignature(op: OperationInfo, kind: typeof import('ts-morph').StructureKind): OptionalKind<MethodSignatureStructure> & { kind: typeof kind.MethodSignature } {
  const name = pascal(op.operationId);
  const optionsOptional = !op.hasRequiredParams;
  // A body that may be left out is optional, unless required options follow it.
  const body = op.bodyRequired ? { name: 'body', type: `${name}Body` } : optionsOptional ? { name: 'body', type: `${name}Body`, hasQuestionToken: true } : { name: 'body', type: `${name}Body | undefined` };
  const parameters = [...(op.hasBody ? [body] : []), { name: 'options', type: `${name}Options`, hasQuestionToken: optionsOptional }];
  // Docs are made safe for a comment where every structure is printed (printStatements).
  const docs = [op.summary, op.description?.split(/\n\n/)[0]].filter((x): x is string => Boolean(x));
  docs.push(`\`${op.method.toUpperCase()} ${op.path}\``);
  if (op.deprecated) docs.push('@deprecated');
  return { kind: kind.MethodSignature, name: op.operationId, parameters, returnType: `Promise<Results[${literal(op.operationId)}]>`, docs: [docs.join('\n\n')] };
}

/**
 * `client.ts`: one typed function per operationId, bound to a sender. The types are openapi-fetch's
 * (`ParamsOption`, `FetchResponse`), with a JSON success body as the schema writes it (`rawJsonData`); the sender is either the caller's (the signing runtime in src/ passes its
 * own) or openapi-fetch's `createClient<paths>()` through `createOperations`. `Operations<Results>` says what the
 * calls resolve to: openapi-fetch's `{ data, error, response }` union (`FetchResults`, the default), or
 * `{ data, response }` with the success body (`DataResults`) for a sender that throws on every failure.
 */
export async function emitClient(operations: readonly OperationInfo[], spec: SpecIdentity): Promise<string> {
  const { StructureKind } = await loadTsMorph();
  const imports: StatementStructures[] = [
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: 'openapi-fetch', defaultImport: 'createClient' },
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: 'openapi-fetch',
      isTypeOnly: true,
      namedImports: ['Client', 'ClientOptions', 'FetchResponse', 'ParamsOption'],
    },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './schema.ts', isTypeOnly: true, namedImports: ['paths'] },
  ];
  const statements: (StatementStructures | WriterFunction)[] = [
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: 'OperationRoute',
      docs: ['Method, path template, call shape (body first, or options only) and media types of one operation.'],
      properties: [
        { name: 'operationId', type: 'string', isReadonly: true },
        { name: 'method', type: 'string', isReadonly: true, docs: ['Upper-case HTTP method.'] },
        { name: 'path', type: 'string', isReadonly: true, docs: ['Path template relative to the base URL, e.g. `/items/{id}`.'] },
        { name: 'hasBody', type: 'boolean', isReadonly: true },
        { name: 'requestMediaType', type: 'string', isReadonly: true, hasQuestionToken: true, docs: ['Media type the body is sent as, e.g. `application/json`; absent without a body.'] },
        { name: 'responseMediaType', type: 'string', isReadonly: true, hasQuestionToken: true, docs: ['Media type of the success body; absent when it has none.'] },
      ],
    },
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: 'CallOptions',
      docs: ['Per-call options every operation takes besides its `params`.'],
      properties: [
        { name: 'signal', type: 'AbortSignal', hasQuestionToken: true, docs: ['Cancels the call, including any retry still to come.'] },
        { name: 'headers', type: 'Record<string, string>', hasQuestionToken: true, docs: ['Extra request headers.'] },
      ],
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: 'OperationSender',
      type: '(route: OperationRoute, body: unknown, options: unknown) => Promise<unknown>',
      docs: ['Carries one call to the server: resolves to `{ data, error, response }` as openapi-fetch does, or to `{ data, response }` if it throws on every failure.'],
    },
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: 'DataResult',
      typeParameters: [{ name: 'Data' }],
      docs: ['What a call resolves to through a sender that throws on every failure: the success body, never an `error`.'],
      properties: [
        { name: 'data', type: 'Data', isReadonly: true, docs: ['The parsed success body.'] },
        { name: 'error', type: 'undefined', isReadonly: true, hasQuestionToken: true, docs: ["Always undefined: failures are thrown. Kept so code written for openapi-fetch's shape still compiles."] },
        { name: 'response', type: 'Response', isReadonly: true },
      ],
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: 'WithSuccessBody',
      typeParameters: [{ name: 'Result' }, { name: 'Data' }],
      type: "Result extends { data: unknown } ? { data: Data; error?: never; response: Response } : Result",
      docs: ["openapi-fetch's `{ data, error, response }` with the success `data` typed as the schema writes it."],
    },
  ];

  for (const op of operations) {
    const name = pascal(op.operationId);
    statements.push({ kind: StructureKind.TypeAlias, isExported: true, name: `${name}Operation`, type: operationType(op), docs: [`The \`${op.operationId}\` operation (${op.method.toUpperCase()} ${op.path}).`] });
    if (op.hasBody && op.requestMediaType !== undefined) {
      statements.push({ kind: StructureKind.TypeAlias,
        isExported: true,
        name: `${name}Body`,
        type: `NonNullable<${name}Operation['requestBody']>['content'][${literal(op.requestMediaType)}]`,
        docs: [`Request body of \`${op.operationId}\`, sent as \`${op.requestMediaType}\`.`],
      });
    }
    statements.push({ kind: StructureKind.TypeAlias,
      isExported: true,
      name: `${name}Options`,
      type: `CallOptions & ParamsOption<${name}Operation>`,
      docs: [`Per-call options of \`${op.operationId}\`: its parameters, extra headers and an AbortSignal.`],
    });
    statements.push({ kind: StructureKind.TypeAlias,
      isExported: true,
      name: `${name}Result`,
      type: fetchResult(op, name),
      docs: [`What \`${op.operationId}\` resolves to through openapi-fetch: \`{ data, error, response }\`.`],
    });
    statements.push({ kind: StructureKind.TypeAlias,
      isExported: true,
      name: `${name}DataResult`,
      type: `DataResult<${rawJsonData(op, name) ?? `Extract<${name}Result, { data: unknown }>['data']`}>`,
      docs: [`What \`${op.operationId}\` resolves to through a sender that throws on every failure: \`{ data, response }\`.`],
    });
  }

  const resultMap = (mapName: string, suffix: string, doc: string): StatementStructures => ({
    kind: StructureKind.Interface,
    isExported: true,
    name: mapName,
    docs: [doc],
    properties: operations.map((op) => ({ name: op.operationId, type: `${pascal(op.operationId)}${suffix}` })),
  });
  statements.push(resultMap('FetchResults', 'Result', "What each operation resolves to through openapi-fetch (`{ data, error, response }`), by operationId."));
  statements.push(resultMap('DataResults', 'DataResult', 'What each operation resolves to through a sender that throws on every failure (`{ data, response }`), by operationId.'));

  statements.push({ kind: StructureKind.Interface,
    isExported: true,
    name: 'Operations',
    typeParameters: [{ name: 'Results', constraint: 'Record<keyof FetchResults, unknown>', default: 'FetchResults' }],
    docs: ["One function per operationId of the spec. `Results` is what they resolve to: `FetchResults` (openapi-fetch's shape) or `DataResults` (a sender that throws on every failure)."],
    methods: operations.map((op) => methodSignature(op, StructureKind)),
  });

  // A writer statement: the variable-structure printer would hang the object literal one level too deep.
  statements.push((writer) => {
    writer.writeLine('/** Route of every operation, by operationId. */');
    writer.write('export const operationRoutes = ');
    if (operations.length === 0) writer.write('{}');
    else writer.inlineBlock(() => {
      for (const op of operations) {
        const fields = [
          `operationId: ${literal(op.operationId)}`,
          `method: ${literal(op.method.toUpperCase())}`,
          `path: ${literal(op.path)}`,
          `hasBody: ${op.hasBody}`,
          ...(op.requestMediaType === undefined ? [] : [`requestMediaType: ${literal(op.requestMediaType)}`]),
          ...(op.responseMediaType === undefined ? [] : [`responseMediaType: ${literal(op.responseMediaType)}`]),
        ];
        writer.writeLine(`${propertyKey(op.operationId)}: { ${fields.join(', ')} },`);
      }
    });
    writer.write(' as const satisfies Record<string, OperationRoute>;');
  });

  statements.push({ kind: StructureKind.Function,
    isExported: true,
    name: 'bindOperations',
    typeParameters: [{ name: 'Results', constraint: 'Record<keyof FetchResults, unknown>', default: 'FetchResults' }],
    parameters: [{ name: 'send', type: 'OperationSender' }],
    returnType: 'Operations<Results>',
    docs: ['Binds every operation to a sender; `Results` states what the sender resolves to (`FetchResults` or `DataResults`).'],
    statements: (writer) => {
      writer.write('return ');
      writer.inlineBlock(() => {
        for (const op of operations) {
          const args = op.hasBody ? 'body, options' : 'options';
          const body = op.hasBody ? 'body' : 'undefined';
          writer.writeLine(`${propertyKey(op.operationId)}: (${args}) => send(operationRoutes${propertyAccess(op.operationId)}, ${body}, options) as Promise<Results[${literal(op.operationId)}]>,`);
        }
      });
      writer.write(';');
    },
  });

  statements.push(...(await clientRuntimeStatements()));
  return printStatements(tsBanner(spec), separated(imports, statements));
}
