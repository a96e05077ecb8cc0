// What every operation handler gets and gives, and small readers for the (already schema-validated) body.
import { findDispute } from '../disputes/transitions.ts';
import type { DisputeRef } from '../disputes/transitions.ts';
import { paramIllegalBody } from '../param-illegal.ts';
import type { SandboxContext } from '../state/context.ts';
import type { Amount } from '../state/model.ts';
import type { Result } from '../state/results.ts';

export interface OperationCall {
  /** The request's Client-Id: records are kept apart per client. */
  clientId: string;
  /** Parsed request body; Prism has validated it against the spec before a handler sees it. */
  body: Record<string, unknown>;
  /** Origin of the listener the request came in on (`http://127.0.0.1:4010`); the cashier URL is built from it. */
  origin: string;
}

/** Returns the exact JSON text to answer with (stored answers are replayed byte for byte). */
export type OperationHandler = (ctx: SandboxContext, call: OperationCall) => string;

export function text(body: Record<string, unknown>, path: string): string | undefined {
  const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], body);
  return typeof value === 'string' ? value : undefined;
}

export function amount(body: Record<string, unknown>, field: string): Amount | undefined {
  const currency = text(body, `${field}.currency`);
  const value = text(body, `${field}.value`);
  return currency === undefined || value === undefined || !/^\d+$/.test(value) ? undefined : { currency, value };
}

/** `{"result": ...}` alone, the shape of a refused call. */
export function resultOnly(result: Result): string {
  return JSON.stringify({ result });
}

/**
 * The caller's dispute named by the body's disputeId. No dispute table has a code for an unknown disputeId (the
 * reference leaves it open); the dispute handlers answer the gateway-wide PROCESS_FAIL (a sandbox choice:
 * PARAM_ILLEGAL is for bodies that break the schema, and this one does not).
 */
export function disputeOf(ctx: SandboxContext, call: OperationCall): DisputeRef | undefined {
  return findDispute(ctx, call.clientId, text(call.body, 'disputeId') ?? '');
}

/** PARAM_ILLEGAL naming the field and the sandbox rule it breaks, worded like the schema findings. */
export function fieldIllegal(ctx: SandboxContext, operationId: string, field: string, message: string): string {
  return paramIllegalBody([{ location: ['body', field], code: 'invalid', message }], ctx.results, operationId);
}
