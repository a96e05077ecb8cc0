import { tsBanner } from '../banner.ts';
import type { ResultTable, SpecIdentity } from '../types.ts';
import type { StatementStructures, WriterFunction } from 'ts-morph';
import { createSourceFile, jsDocText, literal, loadTsMorph, pascal, printSource } from './ts-project.ts';

function statusUnion(tables: readonly ResultTable[]): string[] {
  const statuses: string[] = [];
  for (const table of tables) {
    for (const s of [...table.statuses.map((x) => x.status), ...table.codes.map((c) => c.status), table.fallback.status]) {
      if (!statuses.includes(s)) statuses.push(s);
    }
  }
  return statuses;
}

/** Names exported for one operation's table, derived from its operationId. */
export function tableNames(operationId: string): { table: string; code: string; lookup: string; guard: string; fallback: string } {
  return {
    table: `${operationId}ResultCodes`,
    code: `${pascal(operationId)}ResultCode`,
    lookup: `lookup${pascal(operationId)}ResultCode`,
    guard: `is${pascal(operationId)}ResultCode`,
    fallback: `${operationId}UnknownResultCode`,
  };
}

/**
 * `result-codes.ts`: each operation's table as a readonly const object (an erasable "enum"), union types derived
 * from it, and lookups that return a generic entry for unknown codes instead of throwing.
 */
export async function emitResultCodes(tables: readonly ResultTable[], spec: SpecIdentity): Promise<string> {
  const { file } = await createSourceFile('result-codes.ts');
  const { VariableDeclarationKind, StructureKind } = await loadTsMorph();
  // Structures are collected and added in one call: ts-morph re-parses the file after every manipulation.
  const statements: (StatementStructures | WriterFunction)[] = [];
  const statuses = statusUnion(tables);
  const meanings = tables.flatMap((t) => t.statuses);

  statements.push({ kind: StructureKind.TypeAlias,
    isExported: true,
    name: 'ResultStatus',
    type: statuses.map(literal).join(' | ') || 'never',
    docs: [
      [
        'Result status of a call, as returned in the result object.',
        ...statuses.map((s) => {
          const meaning = meanings.find((m) => m.status === s);
          return meaning ? `- \`${s}\`: ${jsDocText(meaning.title)}. ${jsDocText(meaning.description)}` : `- \`${s}\``;
        }),
      ].join('\n'),
    ],
  });
  statements.push({ kind: StructureKind.Interface,
    isExported: true,
    name: 'ResultCodeRow',
    typeParameters: [{ name: 'Status', constraint: 'ResultStatus', default: 'ResultStatus' }],
    docs: ['One row of a result-code table, keyed by its code.'],
    properties: [
      { name: 'status', type: 'Status', isReadonly: true, docs: ['Result status the code comes with.'] },
      { name: 'message', type: 'string', isReadonly: true, docs: ["The API's own message string for the code."] },
      { name: 'action', type: 'string', isReadonly: true, docs: ['What the caller should do next.'] },
    ],
  });
  statements.push({ kind: StructureKind.Interface,
    isExported: true,
    name: 'ResultCodeEntry',
    typeParameters: [
      { name: 'Code', constraint: 'string', default: 'string' },
      { name: 'Status', constraint: 'ResultStatus', default: 'ResultStatus' },
    ],
    extends: ['ResultCodeRow<Status>'],
    docs: ['What a lookup returns: the row, the code it was looked up by, and whether the table lists it.'],
    properties: [
      { name: 'code', type: 'Code', isReadonly: true, docs: ['The result code as returned by the API.'] },
      { name: 'known', type: 'boolean', isReadonly: true, docs: ['False only for the generic entry returned for a code missing from the table.'] },
    ],
  });

  for (const table of tables) {
    const names = tableNames(table.operationId);
    const where = `\`${table.operationId}\` (${table.method.toUpperCase()} ${table.path})`;
    // A writer statement rather than a variable structure: the structure printer hangs the initializer one level
    // deep, which only a (slow) formatText() pass would undo.
    statements.push((writer) => {
      writer.writeLine(`/** Result codes of ${where}, in the order of the spec's table (${table.codes.length} codes). */`);
      writer.writeLine(`export const ${names.table} = {`);
      writer.indent(() => {
        for (const row of table.codes) {
          writer.writeLine('/**');
          writer.writeLine(` * \`${row.status}\`: ${jsDocText(row.message)}`);
          writer.writeLine(' *');
          writer.writeLine(` * Further action: ${jsDocText(row.action)}`);
          writer.writeLine(' */');
          writer.writeLine(
            `${row.code}: { status: ${literal(row.status)}, message: ${literal(row.message)}, action: ${literal(row.action)} },`,
          );
        }
      });
      writer.write('} as const satisfies Record<string, ResultCodeRow>;');
    });
    statements.push({ kind: StructureKind.TypeAlias, isExported: true, name: names.code, type: `keyof typeof ${names.table}`, docs: [`A result code listed for ${where}.`] });
    statements.push({ kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [`Generic row for a code that ${where} returned but the table does not list.`],
      declarations: [
        {
          name: names.fallback,
          initializer: `{ status: ${literal(table.fallback.status)}, message: ${literal(table.fallback.message)}, action: ${literal(table.fallback.action)} } as const satisfies ResultCodeRow`,
        },
      ],
    });
    statements.push({ kind: StructureKind.Function,
      isExported: true,
      name: names.guard,
      parameters: [{ name: 'code', type: 'string' }],
      returnType: `code is ${names.code}`,
      docs: [`True when \`code\` is listed in the table of ${where}.`],
      statements: `return typeof code === 'string' && Object.prototype.hasOwnProperty.call(${names.table}, code);`,
    });
    statements.push({ kind: StructureKind.Function,
      isExported: true,
      name: names.lookup,
      parameters: [{ name: 'code', type: 'string' }],
      returnType: 'ResultCodeEntry',
      docs: [`A fresh entry: the row of \`code\` plus \`code\` and \`known: true\`, or the generic row with \`known: false\` when ${where} returned a code the table does not list. Never throws.`],
      statements: `return ${names.guard}(code) ? { ...${names.table}[code], code, known: true } : { ...${names.fallback}, code, known: false };`,
    });
  }

  const first = tables[0];
  if (first) {
    const names = tables.map((t) => tableNames(t.operationId));
    statements.push({ kind: StructureKind.TypeAlias,
      isExported: true,
      name: 'ResultCode',
      type: names.map((n) => n.code).join(' | '),
      docs: ['Every result code listed by any operation of the API.'],
    });
    if (tables.length === 1) {
      const only = names[0]!;
      statements.push({ kind: StructureKind.VariableStatement,
        isExported: true,
        declarationKind: VariableDeclarationKind.Const,
        docs: ['Alias of the only result-code table in the spec.'],
        declarations: [{ name: 'resultCodes', initializer: only.table }],
      });
      statements.push({ kind: StructureKind.Function,
        isExported: true,
        name: 'lookupResultCode',
        parameters: [{ name: 'code', type: 'string' }],
        returnType: 'ResultCodeEntry',
        docs: ['A fresh entry: the row of `code` plus `code` and `known: true`, or the generic row with `known: false`. Never throws.'],
        statements: `return ${only.lookup}(code);`,
      });
    }
  }
  file.addStatements(statements);
  return printSource(file, tsBanner(spec));
}
