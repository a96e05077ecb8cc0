// GET /__sandbox/checkout/{paymentSessionId} shows a session's Checkout Page; POST (its form) takes the buyer's
// method and choice, makes the method the payment's paymentMethodType, applies the choice (the same transition as
// the cashier page and the control API), waits for the first notification delivery, then redirects (303) to the
// payment's paymentRedirectUrl.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, sendHtml } from '../http-util.ts';
import type { SandboxContext } from '../state/context.ts';
import type { Payment } from '../state/model.ts';
import { completePayment, expireIfDue } from '../state/transitions.ts';
import type { Outcome } from '../state/transitions.ts';
import { paymentOptions } from './options.ts';
import type { OptionsAnswer } from './options.ts';
import { returnUrl } from '../cashier/page.ts';
import { checkoutHtml } from './page.ts';

const CHECKOUT = /^\/__sandbox\/checkout\/([^/]+)$/;
const OUTCOMES = new Set<string>(['SUCCESS', 'FAIL', 'PENDING']);
/** The page's form sends two short fields; anything much larger is not from it. */
const MAX_FORM_BYTES = 4096;

function sessionPayment(ctx: SandboxContext, paymentSessionId: string): Payment | undefined {
  return ctx.store.find((payment) => payment.session?.productScene === 'CHECKOUT_PAYMENT' && payment.session.paymentSessionId === paymentSessionId);
}

/** What consult answers for this payment: the page's method list. */
export function checkoutOptions(ctx: SandboxContext, payment: Payment): OptionsAnswer {
  const session = payment.session;
  return paymentOptions(ctx.settings.catalogue, {
    paymentAmount: payment.paymentAmount,
    ...(session?.allowedPaymentMethodRegions === undefined ? {} : { allowedPaymentMethodRegions: session.allowedPaymentMethodRegions }),
    ...(session?.userRegion === undefined ? {} : { userRegion: session.userRegion }),
  });
}

export async function handleCheckout(ctx: SandboxContext, req: IncomingMessage, res: ServerResponse, pathname: string): Promise<boolean> {
  const match = CHECKOUT.exec(pathname);
  if (match === null) return false;
  // A malformed percent escape throws URIError: the listener answers 400.
  const payment = sessionPayment(ctx, decodeURIComponent(match[1] ?? ''));
  if (payment === undefined) {
    sendHtml(res, 404, '<!doctype html><title>Not found</title><p>No such checkout session in this sandbox (was it reset?).</p>');
    return true;
  }
  expireIfDue(ctx, payment);
  const answer = checkoutOptions(ctx, payment);
  if (req.method === 'GET' || req.method === 'HEAD') {
    sendHtml(res, 200, checkoutHtml(payment, answer));
    return true;
  }
  if (req.method !== 'POST') return false;
  let form: URLSearchParams;
  try {
    form = new URLSearchParams((await readBody(req, MAX_FORM_BYTES)).toString('utf8'));
  } catch {
    sendHtml(res, 413, checkoutHtml(payment, answer, 'The form was too large.'));
    return true;
  }
  const outcome = form.get('outcome') ?? '';
  const method = form.get('paymentMethodType') ?? '';
  if (payment.paymentStatus !== 'PROCESSING') {
    sendHtml(res, 409, checkoutHtml(payment, answer, `This payment is ${payment.paymentStatus}; it cannot be paid any more.`));
    return true;
  }
  if (!answer.options.some((option) => option.enabled && option.paymentMethodType === method)) {
    sendHtml(res, 400, checkoutHtml(payment, answer, 'Choose one of the available payment methods.'));
    return true;
  }
  if (!OUTCOMES.has(outcome)) {
    sendHtml(res, 400, checkoutHtml(payment, answer, 'Choose Pay, Decline or Leave pending.'));
    return true;
  }
  payment.paymentMethodType = method;
  const change = completePayment(ctx, payment, outcome as Outcome);
  if (!change.ok) {
    sendHtml(res, 409, checkoutHtml(payment, answer, change.reason));
    return true;
  }
  await ctx.scheduler.runDue();
  const back = returnUrl(payment);
  if (back === undefined) {
    sendHtml(res, 200, checkoutHtml(payment, answer));
    return true;
  }
  res.writeHead(303, { location: back, 'content-length': '0' });
  res.end();
  return true;
}
