import { tsBanner } from '../banner.ts';
import type { OperationInfo, SpecIdentity } from '../types.ts';
import type { StatementStructures, WriterFunction } from 'ts-morph';
import { createSourceFile, jsDocText, literal, loadTsMorph, pascal, printSource } from './ts-project.ts';

function operationType(op: OperationInfo): string {
  return `paths[${literal(op.path)}][${literal(op.method)}]`;
}

/**
 * `client.ts`: one typed function per operationId on top of openapi-fetch's `createClient<paths>()`.
 * Everything about the wire (base URL, fetch, middleware, Request class) comes from the caller.
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
      namedImports: ['Client', 'ClientOptions', 'FetchOptions', 'FetchResponse'],
    },
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: './schema.ts', isTypeOnly: true, namedImports: ['paths'] },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: 'PinnedOption',
      type: "'baseUrl' | 'fetch' | 'middleware' | 'Request'",
      docs: ['Client options a single call may not override: where requests go and the fetch/middleware that carry them.'],
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
      type: `Omit<FetchOptions<${name}Operation>, ${op.hasBody ? "'body' | " : ''}PinnedOption>`,
      docs: [`Per-call options of \`${op.operationId}\`: parameters, headers, an AbortSignal and the like.`],
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

  statements.push({ kind: StructureKind.Function,
    isExported: true,
    name: 'bindOperations',
    parameters: [{ name: 'client', type: 'Client<paths>' }],
    returnType: 'Operations',
    docs: ['Binds every operation to an openapi-fetch client created elsewhere.'],
    statements: (writer) => {
      writer.write('return {').newLine();
      writer.indent(() => {
        for (const op of operations) {
          const name = pascal(op.operationId);
          const method = op.method.toUpperCase();
          const args = op.hasBody ? `body, options` : 'options';
          const init = op.hasBody ? `{ ...options, body } as FetchOptions<${name}Operation>` : `(options ?? {}) as FetchOptions<${name}Operation>`;
          writer.writeLine(`${op.operationId}: (${args}) => client.${method}(${literal(op.path)}, ${init} as never) as Promise<${name}Result>,`);
        }
      });
      writer.write('};');
    },
  });

  statements.push({ kind: StructureKind.Function,
    isExported: true,
    name: 'createOperations',
    parameters: [{ name: 'options', type: 'ClientOptions', hasQuestionToken: true }],
    returnType: 'Operations & { readonly raw: Client<paths> }',
    docs: ['Creates an openapi-fetch client for the spec and binds every operation to it. The runtime (base URL, fetch, middleware) is the caller\'s.'],
    statements: ['const raw = createClient<paths>(options);', 'return { ...bindOperations(raw), raw };'],
  });

  // A writer statement: the variable-structure printer would hang the object literal one level too deep.
  statements.push((writer) => {
    writer.writeLine('/** Method, path and call shape (body first or options only) of every operation, by operationId. */');
    writer.writeLine('export const operationRoutes = {');
    writer.indent(() => {
      for (const op of operations) {
        writer.writeLine(`${op.operationId}: { method: ${literal(op.method.toUpperCase())}, path: ${literal(op.path)}, hasBody: ${op.hasBody} },`);
      }
    });
    writer.write('} as const;');
  });
  file.addStatements(statements);
  return printSource(file, tsBanner(spec));
}
