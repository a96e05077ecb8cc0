// Prism's request-validation problem (HTTP 422, `validation[]`) turned into Antom's answer to a bad request:
// HTTP 200, result F PARAM_ILLEGAL, with each failing field and rule in resultMessage.
import type { ResultTables } from './state/results.ts';

export interface PrismFinding {
  location?: unknown;
  code?: unknown;
  message?: unknown;
}

/** Result.resultMessage's maxLength in the spec. */
const MAX_MESSAGE = 256;

/** `body.order.goods.0.goodsName maxLength: must NOT have more than 256 characters`; `required` names the missing property. */
export function describeFinding(finding: PrismFinding): string {
  const location = Array.isArray(finding.location) ? (finding.location as unknown[]).map(String) : [];
  const code = String(finding.code ?? 'invalid');
  const message = String(finding.message ?? '');
  const missing = code === 'required' ? /'([^']+)'/.exec(message)?.[1] : undefined;
  const field = [...location, ...(missing === undefined ? [] : [missing])].join('.') || 'body';
  return `${field} ${code}: ${message}`;
}

/** The findings of a Prism problem body, or undefined when the body is not one. */
export function prismFindings(body: Buffer): PrismFinding[] | undefined {
  try {
    const value = JSON.parse(body.toString('utf8')) as { validation?: unknown };
    return Array.isArray(value.validation) ? (value.validation as PrismFinding[]) : undefined;
  } catch {
    return undefined;
  }
}

export function paramIllegalBody(findings: readonly PrismFinding[], results: ResultTables, operationId: string): string {
  const base = results.result(operationId, 'PARAM_ILLEGAL');
  let message = findings.map(describeFinding).join('; ') || base.resultMessage;
  if ([...message].length > MAX_MESSAGE) message = `${[...message].slice(0, MAX_MESSAGE - 1).join('')}…`;
  return JSON.stringify({ result: { ...base, resultMessage: message } });
}
