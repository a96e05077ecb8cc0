// GET /__sandbox/cashier/{paymentId} shows the cashier page; POST (the page's form) applies the buyer's choice,
// waits for the first notification delivery, then redirects (303) to the payment's paymentRedirectUrl.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SandboxContext } from '../state/context.ts';
import { completePayment, expireIfDue } from '../state/transitions.ts';
import type { Outcome } from '../state/transitions.ts';
import { readBody, sendHtml } from '../http-util.ts';
import { cashierHtml, returnUrl } from './page.ts';

const CASHIER = /^\/__sandbox\/cashier\/([^/]+)$/;
const OUTCOMES = new Set<string>(['SUCCESS', 'FAIL', 'PENDING']);
/** The page's form sends one short field; anything much larger is not from it. */
const MAX_FORM_BYTES = 4096;

export async function handleCashier(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean> {
  const match = CASHIER.exec(pathname);
  if (match === null) return false;
  const payment = ctx.store.paymentById(decodeURIComponent(match[1] ?? ''));
  if (payment === undefined) {
    sendHtml(res, 404, '<!doctype html><title>Not found</title><p>No such payment in this sandbox (was it reset?).</p>');
    return true;
  }
  expireIfDue(ctx, payment);
  if (req.method === 'GET' || req.method === 'HEAD') {
    sendHtml(res, 200, cashierHtml(payment));
    return true;
  }
  if (req.method !== 'POST') return false;
  const outcome = new URLSearchParams((await readBody(req, MAX_FORM_BYTES)).toString('utf8')).get('outcome') ?? '';
  if (!OUTCOMES.has(outcome)) {
    sendHtml(res, 400, cashierHtml(payment, 'Choose Pay, Decline or Leave pending.'));
    return true;
  }
  const change = completePayment(ctx, payment, outcome as Outcome);
  if (!change.ok) {
    sendHtml(res, 409, cashierHtml(payment, change.reason));
    return true;
  }
  await ctx.scheduler.runDue();
  const back = returnUrl(payment);
  if (back === undefined) {
    sendHtml(res, 200, cashierHtml(payment));
    return true;
  }
  res.writeHead(303, { location: back, 'content-length': '0' });
  res.end();
  return true;
}
