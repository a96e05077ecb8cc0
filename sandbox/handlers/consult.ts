// POST /v1/payments/consult: the payment methods of the sandbox's catalogue for this amount, currency and region,
// in Antom's order, disabled ones with their reason. Read-only: it stores nothing.
import { paymentOptions } from '../checkout/options.ts';
import { amount, resultOnly, text, textList } from './common.ts';
import type { OperationHandler } from './common.ts';

export const consult: OperationHandler = (ctx, call) => {
  const paymentAmount = amount(call.body, 'paymentAmount');
  if (paymentAmount === undefined) return resultOnly(ctx.results.result('consult', 'PARAM_ILLEGAL'));
  const userRegion = text(call.body, 'userRegion');
  const { code, options } = paymentOptions(ctx.settings.catalogue, {
    paymentAmount,
    allowedPaymentMethodRegions: textList(call.body, 'allowedPaymentMethodRegions'),
    allowedPaymentMethods: textList(call.body, 'allowedPaymentMethods'),
    blockedPaymentMethods: textList(call.body, 'blockedPaymentMethods'),
    ...(userRegion === undefined ? {} : { userRegion }),
  });
  const result = ctx.results.result('consult', code);
  if (result.resultStatus !== 'S') return resultOnly(result); // a failure carries no list; the code says why
  // Antom's wire rule: every value that is not an array travels as a JSON string, so `enabled` is "true" / "false".
  return JSON.stringify({ result, paymentOptions: options.map((option) => ({ ...option, enabled: String(option.enabled) })) });
};
