// Control routes of notification deliveries, which run in the background (nothing else waits for them):
//   GET  /__sandbox/deliveries          {"queued": n, "inFlight": n}
//   POST /__sandbox/deliveries/settle   {"paymentId"?: id, "timeoutMs"?: n} → {"settled": true|false, "queued": n, "inFlight": n}
// settle answers once no delivery is queued, in flight or due (retries a clock move made due included) — of that
// payment only, with paymentId, so one test's hanging endpoint does not hold another's — or after timeoutMs
// (default 30 s; a hanging endpoint holds each of its deliveries for the delivery timeout) with "settled": false.
// Tests and scripts call it after a change whose notifications they want to look at.
import type { ServerResponse } from 'node:http';
import type { SandboxContext } from '../state/context.ts';
import { sendJson } from '../http-util.ts';

export const DEFAULT_SETTLE_TIMEOUT_MS = 30_000;
const MAX_SETTLE_TIMEOUT_MS = 600_000;

export function handleDeliveriesView(ctx: SandboxContext, res: ServerResponse): void {
  sendJson(res, 200, ctx.notifier.counts());
}

/** POST /__sandbox/deliveries/settle (body already parsed as a JSON object). */
export async function handleSettle(ctx: SandboxContext, body: Record<string, unknown>, res: ServerResponse): Promise<void> {
  const timeoutMs = body.timeoutMs ?? DEFAULT_SETTLE_TIMEOUT_MS;
  if (typeof timeoutMs !== 'number' || !Number.isFinite(timeoutMs) || timeoutMs < 0 || timeoutMs > MAX_SETTLE_TIMEOUT_MS) {
    sendJson(res, 400, { error: 'BAD_REQUEST', message: `timeoutMs must be a number from 0 to ${MAX_SETTLE_TIMEOUT_MS}` });
    return;
  }
  const { paymentId } = body;
  if (paymentId !== undefined && typeof paymentId !== 'string') {
    sendJson(res, 400, { error: 'BAD_REQUEST', message: 'paymentId must be a string' });
    return;
  }
  let timer: NodeJS.Timeout | undefined;
  const settled = await Promise.race([
    ctx.notifier.settled(paymentId).then(() => true),
    new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs))),
  ]);
  clearTimeout(timer);
  sendJson(res, 200, { settled, ...ctx.notifier.counts() });
}
