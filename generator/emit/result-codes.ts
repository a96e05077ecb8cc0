import { tsBanner } from '../banner.ts';
import type { ResultTable, SpecIdentity } from '../types.ts';
import type { CodeBlockWriter, StatementStructures, WriterFunction } from 'ts-morph';
import { jsDocText, literal, loadTsMorph, pascal, printStatements, separated } from './ts-project.ts';

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

/** `{ status: 'S', message: '…', action: '…' }` on one line. */
function writeRow(writer: CodeBlockWriter, row: { readonly status: string; readonly message: string; readonly action: string }): void {
  writer.write(`{ status: ${literal(row.status)}, message: ${literal(row.message)}, action: ${literal(row.action)} }`);
}

/**
 * `export const name = { key: value, … } as const…;` as a writer statement rather than a variable structure: the
 * structure printer hangs an object initializer one level deep, which only a (slow) formatText() pass would undo.
 */
function constObject(name: string, doc: string, entries: readonly { key: string; doc?: string; value: (writer: CodeBlockWriter) => void }[], suffix: string): WriterFunction {
  return (writer) => {
    writer.writeLine(`/** ${doc} */`);
    writer.write(`export const ${name} = `);
    if (entries.length === 0) writer.write('{}');
    else writer.inlineBlock(() => {
      for (const entry of entries) {
        if (entry.doc !== undefined) {
          writer.writeLine('/**');
          for (const line of entry.doc.split('\n')) writer.writeLine(line === '' ? ' *' : ` * ${line}`);
          writer.writeLine(' */');
        }
        writer.write(`${entry.key}: `);
        entry.value(writer);
        writer.write(',').newLine();
      }
    });
    writer.write(` ${suffix};`);
  };
}

/**
 * `result-codes.ts`: each operation's table as a readonly const object (an erasable "enum"), union types derived
 * from it, and lookups that return a generic entry for unknown codes instead of throwing. The exports have one
 * shape whatever the number of tables (none included): per operation `<op>ResultCodes`, `<Op>ResultCode`,
 * `is<Op>ResultCode`, `lookup<Op>ResultCode`, `<op>UnknownResultCode`; across operations `resultCodeTables`,
 * `unknownResultCodes`, `ResultCodeOperationId`, `ResultCode`, `isResultCode` and `lookupResultCode`.
 */
export async function emitResultCodes(tables: readonly ResultTable[], spec: SpecIdentity): Promise<string> {
  const { VariableDeclarationKind, StructureKind } = await loadTsMorph();
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
    statements.push(
      constObject(
        names.table,
        `Result codes of ${where}, in the order of the spec's table (${table.codes.length} codes).`,
        table.codes.map((row) => ({
          key: row.code,
          doc: `\`${row.status}\`: ${jsDocText(row.message)}\n\nFurther action: ${jsDocText(row.action)}`,
          value: (writer) => writeRow(writer, row),
        })),
        'as const satisfies Record<string, ResultCodeRow>',
      ),
    );
    statements.push({ kind: StructureKind.TypeAlias, isExported: true, name: names.code, type: `keyof typeof ${names.table}`, docs: [`A result code listed for ${where}.`] });
    statements.push({ kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [`Generic row for a code that ${where} returned but the table does not list.`],
      declarations: [{ name: names.fallback, initializer: (writer) => { writeRow(writer, table.fallback); writer.write(' as const satisfies ResultCodeRow'); } }],
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

  const names = tables.map((t) => ({ operationId: t.operationId, ...tableNames(t.operationId) }));
  statements.push(
    constObject(
      'resultCodeTables',
      'Every result-code table, by operationId.',
      names.map((n) => ({ key: n.operationId, value: (writer) => writer.write(n.table) })),
      'as const',
    ),
  );
  statements.push(
    constObject(
      'unknownResultCodes',
      'The generic row of every table (for a code it does not list), by operationId.',
      names.map((n) => ({ key: n.operationId, value: (writer) => writer.write(n.fallback) })),
      'as const satisfies Record<ResultCodeOperationId, ResultCodeRow>',
    ),
  );
  statements.push({ kind: StructureKind.TypeAlias,
    isExported: true,
    name: 'ResultCodeOperationId',
    type: 'keyof typeof resultCodeTables',
    docs: ['An operationId that has a result-code table.'],
  });
  statements.push({ kind: StructureKind.TypeAlias,
    isExported: true,
    name: 'ResultCodeOf',
    typeParameters: [{ name: 'Op', constraint: 'ResultCodeOperationId' }],
    // Distributive, so that a union of operations gives the union of their codes (and none gives never).
    type: 'Op extends ResultCodeOperationId ? keyof (typeof resultCodeTables)[Op] & string : never',
    docs: ['A result code listed for the operation `Op` (for a union of operations, a code listed for any of them).'],
  });
  statements.push({ kind: StructureKind.TypeAlias,
    isExported: true,
    name: 'ResultCode',
    type: 'ResultCodeOf<ResultCodeOperationId>',
    docs: ['Every result code listed by any operation of the API.'],
  });
  statements.push({ kind: StructureKind.Function,
    isExported: true,
    name: 'isResultCode',
    typeParameters: [{ name: 'Op', constraint: 'ResultCodeOperationId' }],
    parameters: [{ name: 'operationId', type: 'Op' }, { name: 'code', type: 'string' }],
    returnType: 'code is ResultCodeOf<Op>',
    docs: ['True when `code` is listed in the table of `operationId`.'],
    statements: "return typeof code === 'string' && Object.prototype.hasOwnProperty.call(resultCodeTables[operationId], code);",
  });
  statements.push({ kind: StructureKind.Function,
    isExported: true,
    name: 'lookupResultCode',
    parameters: [{ name: 'operationId', type: 'ResultCodeOperationId' }, { name: 'code', type: 'string' }],
    returnType: 'ResultCodeEntry',
    docs: ['A fresh entry from the table of `operationId`: the row of `code` plus `code` and `known: true`, or the generic row with `known: false` for a code the table does not list. Never throws.'],
    statements: [
      'const table: Readonly<Record<string, ResultCodeRow>> = resultCodeTables[operationId];',
      "const row = typeof code === 'string' && Object.prototype.hasOwnProperty.call(table, code) ? table[code] : undefined;",
      'const fallback: ResultCodeRow = unknownResultCodes[operationId];',
      'return row ? { ...row, code, known: true } : { ...fallback, code, known: false };',
    ],
  });
  return printStatements(tsBanner(spec), separated([], statements));
}
