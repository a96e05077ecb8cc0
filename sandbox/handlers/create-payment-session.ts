// POST /v1/payments/createPaymentSession: opens a payment (PROCESSING, the same record and state machine as pay's)
// behind a session, or answers a repeat of its paymentRequestId.
//   CHECKOUT_PAYMENT: normalUrl (the sandbox Checkout Page, hosted CKP) and paymentSessionData (embedded CKP), as the
//     request does not say which of the two the merchant integrates.
//   ELEMENT_PAYMENT, EASY_PAY: paymentSessionData; the buyer's part is done through the control API.
// A repeat with the same productCode, productScene, amount and method gets the first answer byte for byte while the
// payment is not closed; anything else REPEAT_REQ_INCONSISTENT; a failed, expired or cancelled one ORDER_IS_CLOSED.
import { checkoutPath, newSessionIds, requestKey, sessionExpiry } from '../checkout/session.ts';
import type { SandboxContext } from '../state/context.ts';
import type { Payment, ProductScene } from '../state/model.ts';
import { expireIfDue, openPayment } from '../state/transitions.ts';
import { amount, fieldIllegal, resultOnly, text, textList } from './common.ts';
import type { OperationCall, OperationHandler } from './common.ts';
import { openedPayment } from './payment-record.ts';

const OPERATION = 'createPaymentSession';
const SCENES = new Set<string>(['CHECKOUT_PAYMENT', 'ELEMENT_PAYMENT', 'EASY_PAY']);

// The spec's schema already requires productScene, paymentRedirectUrl and EASY_PAY's paymentMethod (Prism refuses a
// body without them); the checks below keep the handler whole when it is called without Prism (in-process tests).
const illegal = (ctx: SandboxContext, field: string, message: string): string => fieldIllegal(ctx, OPERATION, field, message);

function repeatAnswer(ctx: SandboxContext, payment: Payment, key: string): string {
  expireIfDue(ctx, payment);
  if (payment.paymentStatus === 'FAIL' || payment.paymentStatus === 'CANCELLED') return resultOnly(ctx.results.result(OPERATION, 'ORDER_IS_CLOSED'));
  // A paymentRequestId first used by pay is never the same request as a session.
  if (payment.session?.requestKey !== key) return resultOnly(ctx.results.result(OPERATION, 'REPEAT_REQ_INCONSISTENT'));
  return payment.answer;
}

function goodsNames(body: Record<string, unknown>): string[] {
  const goods = (body.order as { goods?: unknown } | undefined)?.goods;
  if (!Array.isArray(goods)) return [];
  return goods.map((item) => (item as { goodsName?: unknown } | null)?.goodsName).filter((name): name is string => typeof name === 'string');
}

export const createPaymentSession: OperationHandler = (ctx, call: OperationCall) => {
  const { body } = call;
  const paymentRequestId = text(body, 'paymentRequestId') ?? '';
  const paymentAmount = amount(body, 'paymentAmount');
  if (paymentAmount === undefined) return illegal(ctx, 'paymentAmount', 'must have a currency and a whole-number value');
  const productScene = text(body, 'productScene') ?? '';
  if (!SCENES.has(productScene)) return illegal(ctx, 'productScene', `must be one of ${[...SCENES].join(', ')}`);
  const methodType = text(body, 'paymentMethod.paymentMethodType');
  const key = requestKey({ productCode: text(body, 'productCode') ?? '', productScene, paymentAmount, paymentMethodType: methodType });

  const existing = ctx.store.payment(call.clientId, { paymentRequestId });
  if (existing !== undefined) return repeatAnswer(ctx, existing, key);

  const paymentRedirectUrl = text(body, 'paymentRedirectUrl');
  if (paymentRedirectUrl === undefined) return illegal(ctx, 'paymentRedirectUrl', 'is required');
  if (productScene === 'EASY_PAY' && methodType === undefined) return illegal(ctx, 'paymentMethod', 'is required when productScene is EASY_PAY');
  const now = ctx.clock.now();
  const expiry = sessionExpiry(now, body.paymentSessionExpiryTime);
  if (!expiry.ok) return illegal(ctx, 'paymentSessionExpiryTime', expiry.problem);

  const paymentId = ctx.newId('pay');
  const { paymentSessionId, paymentSessionData } = newSessionIds();
  const answer = JSON.stringify({
    result: ctx.results.result(OPERATION, 'SUCCESS'),
    paymentSessionData,
    paymentSessionExpiryTime: expiry.text,
    paymentSessionId,
    ...(productScene === 'CHECKOUT_PAYMENT' ? { normalUrl: `${call.origin}${checkoutPath(paymentSessionId)}` } : {}),
  });
  const allowedPaymentMethodRegions = textList(body, 'allowedPaymentMethodRegions');
  const userRegion = text(body, 'userRegion');
  const payment = openedPayment(call, {
    paymentId,
    paymentRequestId,
    paymentAmount,
    // On the Checkout Page the buyer picks the method; an Element without one leaves it open too.
    paymentMethodType: productScene === 'CHECKOUT_PAYMENT' ? '' : (methodType ?? ''),
    paymentRedirectUrl,
    createdAt: now,
    expiresAt: expiry.at,
    answer,
    session: {
      productScene: productScene as ProductScene,
      productCode: text(body, 'productCode') ?? '',
      paymentSessionId,
      requestKey: key,
      paymentSessionExpiryTime: expiry.at,
      ...(allowedPaymentMethodRegions === undefined ? {} : { allowedPaymentMethodRegions }),
      ...(userRegion === undefined ? {} : { userRegion }),
      goodsNames: goodsNames(body),
    },
  });
  openPayment(ctx, payment);
  return answer;
};
