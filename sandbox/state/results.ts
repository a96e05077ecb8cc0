// The `result` object of every answer and notification. Status letters and messages come from the result-code
// tables of the bundled spec, so the sandbox says exactly what the tables say: the operation's own table
// (`x-result-codes`), else the gateway-wide one (the root's `x-common-result-codes`: INVALID_SIGNATURE,
// PARAM_ILLEGAL, PROCESS_FAIL, ...), as the generated lookups read them.
import { readFileSync } from 'node:fs';

export type ResultStatus = 'S' | 'F' | 'U';

export interface Result {
  resultCode: string;
  resultStatus: ResultStatus;
  resultMessage: string;
}

interface Row {
  status: ResultStatus;
  message: string;
}

export interface ResultTables {
  /** The result object for `code` as `operationId` answers it. @throws when no table knows the code. */
  result(operationId: string, code: string): Result;
}

type TableRows = { codes?: Array<{ code: string; status: ResultStatus; message: string }> };
type Spec = {
  'x-common-result-codes'?: TableRows;
  paths?: Record<string, Record<string, { operationId?: string; 'x-result-codes'?: TableRows }>>;
};

const rowsOf = (table: TableRows | undefined): Map<string, Row> => new Map((table?.codes ?? []).map((row) => [row.code, { status: row.status, message: row.message }]));

export function loadResultTables(specPath: string): ResultTables {
  const spec = JSON.parse(readFileSync(specPath, 'utf8')) as Spec;
  const byOperation = new Map<string, Map<string, Row>>();
  for (const item of Object.values(spec.paths ?? {})) {
    for (const operation of Object.values(item)) {
      const table = operation['x-result-codes'];
      if (operation.operationId === undefined || table === undefined) continue;
      byOperation.set(operation.operationId, rowsOf(table));
    }
  }
  const gatewayWide = rowsOf(spec['x-common-result-codes']);
  return {
    result(operationId, code) {
      const row = byOperation.get(operationId)?.get(code) ?? gatewayWide.get(code);
      if (row === undefined) throw new Error(`neither the table of ${operationId} nor the gateway-wide one lists ${code}`);
      return { resultCode: code, resultStatus: row.status, resultMessage: row.message };
    },
  };
}
