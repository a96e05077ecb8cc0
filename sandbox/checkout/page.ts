// The sandbox Checkout Page: what the buyer sees at a CHECKOUT_PAYMENT session's normalUrl. It lists the methods
// consult would answer for the payment (same catalogue, same filter), disabled ones greyed with their reason; the
// buyer picks one and pays, declines or leaves it pending. Plain HTML and a form, no script; every merchant-supplied
// string is escaped.
import { STYLE, escape, formatAmount, returnUrl } from '../cashier/page.ts';
import { isoTime } from '../state/clock.ts';
import type { Payment } from '../state/model.ts';
import type { OptionsAnswer } from './options.ts';

const EXTRA_STYLE = `fieldset{border:1px solid #c9d1da;border-radius:8px;padding:10px 14px;margin:0}legend{font-size:14px;color:#5b6776}
#methods{list-style:none;margin:0;padding:0;display:grid;gap:6px}#methods li{font-size:15px}
#methods li[data-enabled="false"]{color:#8a94a0}.reason{font-size:12px;margin-left:6px}`;

function methodList(answer: OptionsAnswer): string {
  if (answer.options.every((option) => !option.enabled)) {
    return `<p role="alert">No payment method is available for this payment (${escape(answer.code)}).</p>`;
  }
  const items = answer.options.map((option) => {
    const type = escape(option.paymentMethodType);
    const reason = option.disableReason === undefined ? '' : `<span class="reason">${escape(option.disableReason)}</span>`;
    return `<li data-method="${type}" data-enabled="${String(option.enabled)}"><label><input type="radio" name="paymentMethodType" value="${type}" required${option.enabled ? '' : ' disabled'}> ${type}</label>${reason}</li>`;
  });
  return `<fieldset><legend>Payment method</legend><ul id="methods">${items.join('')}</ul></fieldset>
<button class="pay" name="outcome" value="SUCCESS">Pay</button>
<button name="outcome" value="FAIL">Decline</button>
<button name="outcome" value="PENDING">Leave pending</button>`;
}

export function checkoutHtml(payment: Payment, answer: OptionsAnswer, message?: string): string {
  const session = payment.session;
  const open = payment.paymentStatus === 'PROCESSING';
  const back = returnUrl(payment);
  const rows: Array<[string, string]> = [
    ['Order', payment.orderDescription ?? '—'],
    ['Merchant order', payment.referenceOrderId ?? '—'],
    ...(session?.goodsNames ?? []).slice(0, 20).map((name): [string, string] => ['Item', name]),
    ['Payment ID', payment.paymentId],
    ['Request ID', payment.paymentRequestId],
    ['Session expires', session === undefined ? '—' : isoTime(session.paymentSessionExpiryTime)],
    ['Status', payment.paymentStatus],
  ];
  const backLink = back === undefined ? '' : `<p><a href="${escape(back)}">Back to the merchant</a></p>`;
  const body = open
    ? `<form method="post">${methodList(answer)}</form>${answer.code === 'SUCCESS' ? '' : backLink}`
    : `<p>This payment is ${escape(payment.paymentStatus)}${payment.paymentMethodType === '' ? '' : ` (${escape(payment.paymentMethodType)})`}.</p>${backLink}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Antom sandbox checkout</title><style>${STYLE}
${EXTRA_STYLE}</style></head>
<body><main>
<h1>Antom sandbox checkout</h1><span class="badge">TEST ONLY · no real money</span>
<div class="amount" id="amount">${escape(formatAmount(payment.paymentAmount.currency, payment.paymentAmount.value))}</div>
<dl>${rows.map(([name, value]) => `<dt>${escape(name)}</dt><dd>${escape(value)}</dd>`).join('')}</dl>
${message === undefined ? '' : `<p role="alert">${escape(message)}</p>`}
${body}
${back === undefined ? '' : `<p class="note">After a choice you return to ${escape(new URL(back).host)}.</p>`}
</main></body></html>`;
}
