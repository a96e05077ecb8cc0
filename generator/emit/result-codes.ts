import { tsBanner } from '../banner.ts';
import type { CommonResultTable, ResultTable, SpecIdentity } from '../types.ts';
import type { StatementStructures, WriterFunction } from 'ts-morph';
import { constObject, rowEntries, statusUnion, writeRow } from './result-code-writers.ts';
import { pascal, stringLiteral as literal } from './code-text.ts';
import { loadTsMorph, printStatements, separated } from './ts-project.ts';

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

const HAS_OWN = 'Object.prototype.hasOwnProperty.call';

/**
 * `result-codes.ts`: each operation's table as a readonly const object (an erasable "enum"), the gateway-wide
 * table every operation also answers from, union types derived from them, and lookups that return a generic entry
 * for unknown codes instead of throwing. A lookup reads the operation's own row first, then the gateway-wide row,
 * then the operation's fallback. The exports have one shape whatever the number of tables (none included): per
 * operation `<op>ResultCodes`, `<Op>ResultCode`, `is<Op>ResultCode`, `lookup<Op>ResultCode`,
 * `<op>UnknownResultCode`; gateway-wide `commonResultCodes`, `CommonResultCode`, `isCommonResultCode`,
 * `lookupCommonResultCode`; across operations `resultCodeTables`, `unknownResultCodes`, `ResultCodeOperationId`,
 * `ResultCodeOf`, `ResultCodeRowOf`, `ResultCode`, `isResultCode` and `lookupResultCode`.
 */
export async function emitResultCodes(tables: readonly ResultTable[], spec: SpecIdentity, common?: CommonResultTable): Promise<string> {
  const { VariableDeclarationKind, StructureKind } = await loadTsMorph();
  const statements: (StatementStructures | WriterFunction)[] = [];
  const statuses = statusUnion(tables, common);
  const meanings = [...tables.flatMap((t) => t.statuses), ...(common?.statuses ?? [])];

  statements.push({ kind: StructureKind.TypeAlias,
    isExported: true,
    name: 'ResultStatus',
    type: statuses.map(literal).join(' | ') || 'never',
    docs: [
      [
        'Result status of a call, as returned in the result object.',
        ...statuses.map((s) => {
          const meaning = meanings.find((m) => m.status === s);
          return meaning ? `- \`${s}\`: ${meaning.title}. ${meaning.description}` : `- \`${s}\``;
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
      { name: 'inferred', type: 'true', hasQuestionToken: true, isReadonly: true, docs: ['Present (and true) only when the code, or its meaning for this operation, rests on inference rather than on a published table.'] },
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
    docs: ['What a lookup returns: the row, the code it was looked up by, and whether a table lists it.'],
    properties: [
      { name: 'code', type: 'Code', isReadonly: true, docs: ['The result code as returned by the API.'] },
      { name: 'known', type: 'boolean', isReadonly: true, docs: ["False only for the generic entry returned for a code that neither the operation's table nor the gateway-wide one lists."] },
    ],
  });

  const commonCodes = common?.codes ?? [];
  statements.push(
    constObject(
      'commonResultCodes',
      `Gateway-wide result codes: any operation can answer them (${commonCodes.length} codes). An operation's own row for the same code takes precedence.`,
      rowEntries(commonCodes),
      'as const satisfies Record<string, ResultCodeRow>',
    ),
  );
  statements.push({ kind: StructureKind.TypeAlias, isExported: true, name: 'CommonResultCode', type: 'keyof typeof commonResultCodes', docs: ['A gateway-wide result code.'] });
  statements.push({ kind: StructureKind.Function,
    isExported: true,
    name: 'isCommonResultCode',
    parameters: [{ name: 'code', type: 'string' }],
    returnType: 'code is CommonResultCode',
    docs: ['True when `code` is listed in the gateway-wide table.'],
    statements: `return typeof code === 'string' && ${HAS_OWN}(commonResultCodes, code);`,
  });
  statements.push({ kind: StructureKind.Function,
    isExported: true,
    name: 'lookupCommonResultCode',
    parameters: [{ name: 'code', type: 'string' }],
    returnType: 'ResultCodeEntry | undefined',
    docs: ["A fresh entry for a gateway-wide code (its row plus `code` and `known: true`), or undefined for any other code: an operation's lookup then answers with its own fallback. Never throws."],
    statements: 'const row = ownRow(commonResultCodes, code);\nreturn row ? { ...row, code, known: true } : undefined;',
  });
  // Module-private helpers of every lookup (not exported: the public shape stays the list above).
  statements.push({ kind: StructureKind.Function,
    name: 'ownRow',
    parameters: [{ name: 'table', type: 'Readonly<Record<string, ResultCodeRow>>' }, { name: 'code', type: 'string' }],
    returnType: 'ResultCodeRow | undefined',
    docs: ["The row `table` lists for `code`, never an inherited key such as `toString`."],
    statements: `return typeof code === 'string' && ${HAS_OWN}(table, code) ? table[code] : undefined;`,
  });
  statements.push({ kind: StructureKind.Function,
    name: 'entryOf',
    parameters: [{ name: 'table', type: 'Readonly<Record<string, ResultCodeRow>>' }, { name: 'fallback', type: 'ResultCodeRow' }, { name: 'code', type: 'string' }],
    returnType: 'ResultCodeEntry',
    docs: ["The operation's own row, else the gateway-wide row, else the operation's fallback (`known: false`)."],
    statements: 'const row = ownRow(table, code) ?? ownRow(commonResultCodes, code);\nreturn row ? { ...row, code, known: true } : { ...fallback, code, known: false };',
  });

  for (const table of tables) {
    const names = tableNames(table.operationId);
    const where = `\`${table.operationId}\` (${table.method.toUpperCase()} ${table.path})`;
    statements.push(
      constObject(
        names.table,
        `Result codes of ${where}, in the order of the spec's table (${table.codes.length} codes). The gateway-wide codes of \`commonResultCodes\` apply too.`,
        rowEntries(table.codes),
        'as const satisfies Record<string, ResultCodeRow>',
      ),
    );
    statements.push({ kind: StructureKind.TypeAlias, isExported: true, name: names.code, type: `keyof typeof ${names.table} | CommonResultCode`, docs: [`A result code ${where} can answer: its own table's or a gateway-wide one.`] });
    statements.push({ kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [`Generic row for a code that ${where} returned but neither its table nor the gateway-wide one lists.`],
      declarations: [{ name: names.fallback, initializer: (writer) => { writeRow(writer, table.fallback); writer.write(' as const satisfies ResultCodeRow'); } }],
    });
    statements.push({ kind: StructureKind.Function,
      isExported: true,
      name: names.guard,
      parameters: [{ name: 'code', type: 'string' }],
      returnType: `code is ${names.code}`,
      docs: [`True when \`code\` is listed in the table of ${where} or in the gateway-wide one.`],
      statements: `return ownRow(${names.table}, code) !== undefined || isCommonResultCode(code);`,
    });
    statements.push({ kind: StructureKind.Function,
      isExported: true,
      name: names.lookup,
      parameters: [{ name: 'code', type: 'string' }],
      returnType: 'ResultCodeEntry',
      docs: [`A fresh entry: the row of \`code\` in the table of ${where}, else its gateway-wide row, plus \`code\` and \`known: true\`; or the generic row with \`known: false\`. Never throws.`],
      statements: `return entryOf(${names.table}, ${names.fallback}, code);`,
    });
  }

  const names = tables.map((t) => ({ operationId: t.operationId, ...tableNames(t.operationId) }));
  statements.push(
    constObject(
      'resultCodeTables',
      "Every operation's own result-code table, by operationId (the gateway-wide codes are in `commonResultCodes`).",
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
    type: 'Op extends ResultCodeOperationId ? (keyof (typeof resultCodeTables)[Op] & string) | CommonResultCode : never',
    docs: ['A result code the operation `Op` can answer: its own or a gateway-wide one (for a union of operations, a code any of them can answer).'],
  });
  statements.push({ kind: StructureKind.TypeAlias,
    isExported: true,
    name: 'ResultCodeRowOf',
    typeParameters: [{ name: 'Op', constraint: 'ResultCodeOperationId' }, { name: 'C', constraint: 'ResultCodeOf<Op>' }],
    type: 'C extends keyof (typeof resultCodeTables)[Op] ? (typeof resultCodeTables)[Op][C] : C extends CommonResultCode ? (typeof commonResultCodes)[C] : never',
    docs: ['The row a lookup of `C` for `Op` reads: the operation\'s own row, else the gateway-wide one (literal types).'],
  });
  statements.push({ kind: StructureKind.TypeAlias,
    isExported: true,
    name: 'ResultCode',
    type: 'ResultCodeOf<ResultCodeOperationId> | CommonResultCode',
    docs: ['Every result code listed by any operation of the API or by the gateway-wide table.'],
  });
  statements.push({ kind: StructureKind.Function,
    isExported: true,
    name: 'isResultCode',
    typeParameters: [{ name: 'Op', constraint: 'ResultCodeOperationId' }],
    parameters: [{ name: 'operationId', type: 'Op' }, { name: 'code', type: 'string' }],
    returnType: 'code is ResultCodeOf<Op>',
    docs: ['True when `code` is listed in the table of `operationId` or in the gateway-wide one.'],
    statements: 'const table: Readonly<Record<string, ResultCodeRow>> = resultCodeTables[operationId];\nreturn ownRow(table, code) !== undefined || isCommonResultCode(code);',
  });
  statements.push({ kind: StructureKind.Function,
    isExported: true,
    name: 'lookupResultCode',
    parameters: [{ name: 'operationId', type: 'ResultCodeOperationId' }, { name: 'code', type: 'string' }],
    returnType: 'ResultCodeEntry',
    docs: ['A fresh entry for `code` as `operationId` answers it: its own row, else the gateway-wide row, plus `code` and `known: true`; or the generic row of `operationId` with `known: false`. Never throws.'],
    statements: 'return entryOf(resultCodeTables[operationId], unknownResultCodes[operationId], code);',
  });
  return printStatements(tsBanner(spec), separated([], statements));
}
