// The sandbox cashier page: what the buyer sees at a PROCESSING payment's normalUrl. Plain HTML and a form, no
// script: each button posts the outcome back to the same address.
import type { Payment } from '../state/model.ts';

/** Text → HTML text or attribute value (every merchant-supplied string goes through it). */
export const escape = (value: string): string =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char);

/** The merchant's return address as a link or redirect target, only when it is an http(s) URL (not `javascript:`). */
export function returnUrl(payment: Payment): string | undefined {
  try {
    const url = new URL(payment.paymentRedirectUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** `1999` SGD → `SGD 19.99`, using the currency's usual number of decimals. */
export function formatAmount(currency: string, minorUnits: string): string {
  let digits = 2;
  try {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    // Unknown currency code: show two decimals.
  }
  const padded = minorUnits.padStart(digits + 1, '0');
  const major = digits === 0 ? padded : `${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
  return `${currency} ${major}`;
}

export const STYLE = `body{font-family:system-ui,sans-serif;background:#f4f6f8;margin:0;color:#1d2733}
main{max-width:420px;margin:48px auto;background:#fff;border-radius:12px;box-shadow:0 2px 12px #0002;padding:28px}
h1{font-size:18px;margin:0 0 4px}.badge{display:inline-block;font-size:12px;background:#fff3cd;color:#7a5b00;padding:2px 8px;border-radius:8px}
.amount{font-size:34px;font-weight:700;margin:18px 0 6px}dl{display:grid;grid-template-columns:auto 1fr;gap:6px 12px;font-size:14px}
dt{color:#5b6776}dd{margin:0;word-break:break-all}form{display:grid;gap:10px;margin-top:22px}
button{font-size:16px;padding:12px;border-radius:8px;border:1px solid #c9d1da;background:#fff;cursor:pointer}
button.pay{background:#1677ff;border-color:#1677ff;color:#fff}.note{font-size:12px;color:#5b6776;margin-top:16px}`;

export function cashierHtml(payment: Payment, message?: string): string {
  const open = payment.paymentStatus === 'PROCESSING';
  const back = returnUrl(payment);
  const rows: Array<[string, string]> = [
    ['Order', payment.orderDescription ?? '—'],
    ['Merchant order', payment.referenceOrderId ?? '—'],
    ['Payment method', payment.paymentMethodType],
    ['Payment ID', payment.paymentId],
    ['Request ID', payment.paymentRequestId],
    ['Status', payment.paymentStatus],
  ];
  const actions = open
    ? `<form method="post">
<button class="pay" name="outcome" value="SUCCESS">Pay</button>
<button name="outcome" value="FAIL">Decline</button>
<button name="outcome" value="PENDING">Leave pending</button>
</form>`
    : `<p>This payment is ${escape(payment.paymentStatus)}.</p>${back === undefined ? '' : `<p><a href="${escape(back)}">Back to the merchant</a></p>`}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Antom sandbox cashier</title><style>${STYLE}</style></head>
<body><main>
<h1>Antom sandbox cashier</h1><span class="badge">TEST ONLY · no real money</span>
<div class="amount" id="amount">${escape(formatAmount(payment.paymentAmount.currency, payment.paymentAmount.value))}</div>
<dl>${rows.map(([name, value]) => `<dt>${escape(name)}</dt><dd>${escape(value)}</dd>`).join('')}</dl>
${message === undefined ? '' : `<p role="alert">${escape(message)}</p>`}
${actions}
${back === undefined ? '' : `<p class="note">After a choice you return to ${escape(new URL(back).host)}.</p>`}
</main></body></html>`;
}
