import { tsBanner } from '../banner.ts';
import type { OperationInfo, SpecIdentity } from '../types.ts';
import type { StatementStructures, WriterFunction } from 'ts-morph';
import { createSourceFile, jsDocText, literal, loadTsMorph, pascal, printSource } from './ts-project.ts';

function operationType(op: OperationInfo): string {
  return `paths[${literal(op.path)}][${literal(op.method)}]`;
}

/**
 * `client.ts`: one typed function per operationId, bound to a sender. The types are openapi-fetch's
 * (`ParamsOption`, `FetchResponse`); the sender is either the caller's (the signing runtime in src/ passes its
 * own) or openapi-fetch's `createClient<paths>()` through `createOperations`.
 */
export async function emitClient(operations: readonly OperationInfo[], spec: SpecIdentity): Promise<string> {
  const { file } = await createSourceFile('client.ts');
  const { StructureKind } = await loadTsMorph();
  // Structures are collected and added in one call: ts-morph re-parses the file after every manipulation.
  const statements: (StatementStructures | WriterFunction)[] = [
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: 'openapi-fetch', defaultImport: 'createClient' },
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: 'openapi-fetch',
      isTypeOnly: true,
      namedImports: ['Client', 'ClientOptions', 'FetchResponse', 'ParamsOption'],
    },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './schema.ts', isTypeOnly: true, namedImports: ['paths'] },
    {
      kind: StructureKind.Interface,
      isExported: true,
      name: 'OperationRoute',
      docs: ['Method, path template and call shape (body first, or options only) of one operation.'],
      properties: [
        { name: 'operationId', type: 'string', isReadonly: true },
        { name: 'method', type: 'string', isReadonly: true, docs: ['Upper-case HTTP method.'] },
        { name: 'path', type: 'string', isReadonly: true, docs: ['Path template relative to the base URL, e.g. `/items/{id}`.'] },
        { name: 'hasBody', type: 'boolean', isReadonly: true },
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
      docs: ['Carries one call to the server and resolves to `{ data, error, response }`, as openapi-fetch does.'],
    },
  ];

  for (const op of operations) {
    const name = pascal(op.operationId);
    const media = op.jsonMediaType ?? 'application/json';
    statements.push({ kind: StructureKind.TypeAlias, isExported: true, name: `${name}Operation`, type: operationType(op), docs: [`The \`${op.operationId}\` operation (${op.method.toUpperCase()} ${op.path}).`] });
    if (op.hasBody) {
      statements.push({ kind: StructureKind.TypeAlias,
        isExported: true,
        name: `${name}Body`,
        type: `NonNullable<${name}Operation['requestBody']>['content'][${literal(media)}]`,
        docs: [`Request body of \`${op.operationId}\`.`],
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
      type: `FetchResponse<${name}Operation, ${name}Options, ${literal(media)}>`,
      docs: [`What \`${op.operationId}\` resolves to: \`{ data, error, response }\`.`],
    });
  }

  statements.push({ kind: StructureKind.Interface,
    isExported: true,
    name: 'Operations',
    docs: ['One function per operationId of the spec.'],
    methods: operations.map((op) => {
      const name = pascal(op.operationId);
      const optionsOptional = !op.hasRequiredParams;
      const parameters = [
        ...(op.hasBody ? [{ name: 'body', type: `${name}Body` }] : []),
        { name: 'options', type: `${name}Options`, hasQuestionToken: optionsOptional },
      ];
      const docs = [op.summary, op.description?.split(/\n\n/)[0]].filter((x): x is string => Boolean(x)).map(jsDocText);
      docs.push(`\`${op.method.toUpperCase()} ${op.path}\``);
      if (op.deprecated) docs.push('@deprecated');
      return { kind: StructureKind.MethodSignature, name: op.operationId, parameters, returnType: `Promise<${name}Result>`, docs: [docs.join('\n\n')] };
    }),
  });

  // A writer statement: the variable-structure printer would hang the object literal one level too deep.
  statements.push((writer) => {
    writer.writeLine('/** Route of every operation, by operationId. */');
    writer.writeLine('export const operationRoutes = {');
    writer.indent(() => {
      for (const op of operations) {
        writer.writeLine(
          `${op.operationId}: { operationId: ${literal(op.operationId)}, method: ${literal(op.method.toUpperCase())}, path: ${literal(op.path)}, hasBody: ${op.hasBody} },`,
        );
      }
    });
    writer.write('} as const satisfies Record<string, OperationRoute>;');
  });

  statements.push({ kind: StructureKind.Function,
    isExported: true,
    name: 'bindOperations',
    parameters: [{ name: 'send', type: 'OperationSender' }],
    returnType: 'Operations',
    docs: ['Binds every operation to a sender.'],
    statements: (writer) => {
      writer.write('return {').newLine();
      writer.indent(() => {
        for (const op of operations) {
          const name = pascal(op.operationId);
          const args = op.hasBody ? 'body, options' : 'options';
          const body = op.hasBody ? 'body' : 'undefined';
          writer.writeLine(`${op.operationId}: (${args}) => send(operationRoutes.${op.operationId}, ${body}, options) as Promise<${name}Result>,`);
        }
      });
      writer.write('};');
    },
  });

  statements.push({ kind: StructureKind.Function,
    isExported: true,
    name: 'openapiFetchSender',
    parameters: [{ name: 'client', type: 'Client<paths>' }],
    returnType: 'OperationSender',
    docs: ['A sender that makes each call through an openapi-fetch client: its base URL, fetch and middleware apply.'],
    statements: ['return (route, body, options) => client.request(route.method as never, route.path as never, { ...(options as object), body } as never);'],
  });

  statements.push({ kind: StructureKind.Function,
    isExported: true,
    name: 'createOperations',
    parameters: [{ name: 'options', type: 'ClientOptions', hasQuestionToken: true }],
    returnType: 'Operations & { readonly raw: Client<paths> }',
    docs: ['Creates an openapi-fetch client for the spec and binds every operation to it. The runtime (base URL, fetch, middleware) is the caller\'s.'],
    statements: ['const raw = createClient<paths>(options);', 'return { ...bindOperations(openapiFetchSender(raw)), raw };'],
  });

  file.addStatements(statements);
  return printSource(file, tsBanner(spec));
}
