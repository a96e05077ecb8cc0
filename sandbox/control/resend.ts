// POST /__sandbox/payments/{paymentId}/resend: delivers the payment's latest notification (payment, refund, capture
// or dispute) once more, now, recorded with `resent: true`; answers that delivery's record. 404 unknown payment,
// 409 when the sandbox has sent none for it (since it started, or ever with --state).
import type { ServerResponse } from 'node:http';
import { sendJson } from '../http-util.ts';
import type { SandboxContext } from '../state/context.ts';

const RESEND = /^\/__sandbox\/payments\/([^/]+)\/resend$/;

export async function handleResend(ctx: SandboxContext, pathname: string, res: ServerResponse): Promise<boolean> {
  const match = RESEND.exec(pathname);
  if (!match) return false;
  const payment = ctx.store.paymentById(decodeURIComponent(match[1] ?? ''));
  if (payment === undefined) return (sendJson(res, 404, { error: 'NOT_FOUND', message: `no payment ${match[1]}` }), true);
  const request = ctx.notifier.latest(payment);
  if (request === undefined) {
    sendJson(res, 409, { error: 'CONFLICT', message: `payment ${payment.paymentId} has no notification to resend: none was sent since the sandbox started` });
    return true;
  }
  // Delivered in the payment's lane, after its deliveries already queued; the answer waits for this one only.
  const record = await ctx.notifier.deliverNow(request, undefined, { resent: true });
  if (record === undefined) sendJson(res, 409, { error: 'CONFLICT', message: 'the sandbox was reset or stopped before the delivery ended' });
  else sendJson(res, 200, record);
  return true;
}
