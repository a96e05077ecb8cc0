// The `result` object of every answer and notification. Status letters and messages come from the result-code
// tables of the bundled spec (`x-result-codes` of each operation), so the sandbox says exactly what the tables say.
// A code an operation's own table does not list (the webhooks have no table; PARAM_ILLEGAL and
// REPEAT_REQ_INCONSISTENT are gateway-wide) comes from the pay table, which holds the gateway-wide codes.
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

type Spec = { paths?: Record<string, Record<string, { operationId?: string; 'x-result-codes'?: { codes?: Array<{ code: string; status: ResultStatus; message: string }> } }>> };

export function loadResultTables(specPath: string): ResultTables {
  const spec = JSON.parse(readFileSync(specPath, 'utf8')) as Spec;
  const byOperation = new Map<string, Map<string, Row>>();
  for (const item of Object.values(spec.paths ?? {})) {
    for (const operation of Object.values(item)) {
      const codes = operation['x-result-codes']?.codes;
      if (operation.operationId === undefined || codes === undefined) continue;
      byOperation.set(operation.operationId, new Map(codes.map((row) => [row.code, { status: row.status, message: row.message }])));
    }
  }
  const gateway = byOperation.get('pay') ?? new Map<string, Row>();
  return {
    result(operationId, code) {
      const row = byOperation.get(operationId)?.get(code) ?? gateway.get(code);
      if (row === undefined) throw new Error(`no result-code table lists ${code} (operation ${operationId})`);
      return { resultCode: code, resultStatus: row.status, resultMessage: row.message };
    },
  };
}
