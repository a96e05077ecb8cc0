// The control API under /__sandbox (no signature): inspect payments, finish them as the buyer would, move the
// sandbox clock, start over. Routes:
//   GET  /__sandbox/payments                      {"payments": [...]}
//   GET  /__sandbox/payments?paymentRequestId=<id> {"payments": [...]} with that paymentRequestId only
//   GET  /__sandbox/payments/{paymentId}          one payment
//   POST /__sandbox/payments/{paymentId}/complete {"outcome": "SUCCESS" | "FAIL" | "PENDING", "resultCode"?: F code}
//   POST /__sandbox/payments/{paymentId}/resend   the latest notification once more (resend.ts)
//   POST /__sandbox/clock                         {"advanceMs": n}
//   POST /__sandbox/reset
//   POST /__sandbox/payments/{paymentId}/disputes, POST /__sandbox/disputes/{disputeId}/judge   (disputes.ts)
//   GET  /__sandbox/deliveries, POST /__sandbox/deliveries/settle                                  (deliveries.ts)
// Changes answer once the state changes now due are made (expiry, refunds, disputes); the notifications they cause
// are delivered in the background: POST /__sandbox/deliveries/settle waits for them.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isoTime } from '../state/clock.ts';
import type { SandboxContext } from '../state/context.ts';
import { completePayment } from '../state/transitions.ts';
import type { Outcome } from '../state/transitions.ts';
import { CONTROL_MAX_BODY_BYTES, jsonObject, readBody, sendJson } from '../http-util.ts';
import { contentTypeRefusal } from '../request-origin.ts';
import { handleDeliveriesView, handleSettle } from './deliveries.ts';
import { handleDisputeControl } from './disputes.ts';
import { handleResend } from './resend.ts';
import { paymentView } from './view.ts';

export const CONTROL_PREFIX = '/__sandbox/';
const OUTCOMES = new Set<Outcome>(['SUCCESS', 'FAIL', 'PENDING']);
const PAYMENT = /^\/__sandbox\/payments\/([^/]+)$/;
const COMPLETE = /^\/__sandbox\/payments\/([^/]+)\/complete$/;

export async function handleControl(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean> {
  const method = req.method ?? 'GET';
  const fail = (status: number, error: string, message: string): void => sendJson(res, status, { error, message });
  if (method === 'GET' && pathname === '/__sandbox/payments') {
    const wanted = new URL(req.url ?? '/', 'http://sandbox.invalid').searchParams.get('paymentRequestId');
    const payments = ctx.store.payments().filter((payment) => wanted === null || payment.paymentRequestId === wanted);
    sendJson(res, 200, { payments: payments.map(paymentView) });
    return true;
  }
  if (method === 'GET' && pathname === '/__sandbox/deliveries') return (handleDeliveriesView(ctx, res), true);
  const one = PAYMENT.exec(pathname);
  if (method === 'GET' && one) {
    const payment = ctx.store.paymentById(decodeURIComponent(one[1] ?? ''));
    if (payment === undefined) fail(404, 'NOT_FOUND', `no payment ${one[1]}`);
    else sendJson(res, 200, paymentView(payment));
    return true;
  }
  if (method !== 'POST') return false;
  const refusal = contentTypeRefusal(req.headers);
  if (refusal !== undefined) {
    // The body is left unread: close the connection after the answer rather than read it.
    res.setHeader('connection', 'close');
    return (fail(refusal.status, refusal.error, refusal.message), true);
  }
  const body = jsonObject(await readBody(req, CONTROL_MAX_BODY_BYTES));
  if (body === undefined) {
    fail(400, 'BAD_REQUEST', 'the body must be a JSON object');
    return true;
  }
  if (await handleDisputeControl(ctx, pathname, body, res)) return true;
  if (pathname === '/__sandbox/deliveries/settle') return (await handleSettle(ctx, body, res), true);
  if (await handleResend(ctx, pathname, res)) return true;
  const complete = COMPLETE.exec(pathname);
  if (complete) {
    const payment = ctx.store.paymentById(decodeURIComponent(complete[1] ?? ''));
    const outcome = body.outcome as Outcome;
    if (payment === undefined) return (fail(404, 'NOT_FOUND', `no payment ${complete[1]}`), true);
    if (!OUTCOMES.has(outcome)) return (fail(400, 'BAD_REQUEST', 'outcome must be "SUCCESS", "FAIL" or "PENDING"'), true);
    if (body.resultCode !== undefined && typeof body.resultCode !== 'string') return (fail(400, 'BAD_REQUEST', 'resultCode must be a string'), true);
    let change;
    try {
      change = completePayment(ctx, payment, outcome, body.resultCode);
    } catch (error) {
      return (fail(400, 'BAD_REQUEST', error instanceof Error ? error.message : String(error)), true);
    }
    if (!change.ok) return (fail(409, 'CONFLICT', change.reason), true);
    await ctx.scheduler.runDue();
    sendJson(res, 200, paymentView(payment));
    return true;
  }
  if (pathname === '/__sandbox/clock') {
    const advanceMs = body.advanceMs;
    if (typeof advanceMs !== 'number' || !Number.isInteger(advanceMs) || advanceMs < 0) return (fail(400, 'BAD_REQUEST', 'advanceMs must be a whole number of milliseconds >= 0'), true);
    try {
      ctx.clock.advance(advanceMs);
    } catch (error) {
      // Past the latest time (state/latest-time.ts): refused, the clock as it was.
      return (fail(400, 'BAD_REQUEST', error instanceof Error ? error.message : String(error)), true);
    }
    await ctx.scheduler.runDue();
    sendJson(res, 200, { now: isoTime(ctx.clock.now()), offsetMs: ctx.clock.offset() });
    return true;
  }
  if (pathname === '/__sandbox/reset') {
    ctx.reset();
    sendJson(res, 200, { reset: true });
    return true;
  }
  return false;
}
