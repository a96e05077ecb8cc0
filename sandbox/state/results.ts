// The `result` object of every answer and notification. Status letters and messages come from the result-code
// tables of the bundled spec (`x-result-codes` of each operation), so the sandbox says exactly what the tables say.
// Codes a lifecycle table does not list yet fall back to the gateway-wide pay table, then to the short texts below
// (the lifecycle reference has a meaning but no message string for them).
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

const LIFECYCLE_FALLBACK: Readonly<Record<string, Row>> = {
  REFUND_IN_PROCESS: { status: 'U', message: 'The refund is being processed.' },
  REFUND_AMOUNT_EXCEED: { status: 'F', message: 'The refund amount exceeds the amount that can still be refunded.' },
  REFUND_WINDOW_EXCEED: { status: 'F', message: 'The refund period of the payment has passed.' },
  CANCEL_WINDOW_EXCEED: { status: 'F', message: 'The cancellation period of the payment has passed.' },
  CAPTURE_AMOUNT_EXCEED_AUTH_LIMIT: { status: 'F', message: 'The total capture amount exceeds the authorised amount.' },
  AUTH_CANCELLED: { status: 'F', message: 'The authorisation was cancelled.' },
  AUTH_EXPIRED: { status: 'F', message: 'The authorisation has expired.' },
  AUTH_NOT_FOUND: { status: 'F', message: 'No authorisation found for the payment.' },
};

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
      const row = byOperation.get(operationId)?.get(code) ?? gateway.get(code) ?? LIFECYCLE_FALLBACK[code];
      if (row === undefined) throw new Error(`no result-code table lists ${code} (operation ${operationId})`);
      return { resultCode: code, resultStatus: row.status, resultMessage: row.message };
    },
  };
}
