// API-only: your own page lists the methods (consult), the buyer picks one, and pay answers where to send the buyer;
// the result then arrives as for the Checkout Page (notifyPayment, inquiryPayment).
import { interpretConsult, interpretPayResult } from 'antom-pay';
import type { AntomClient } from 'antom-pay';

type Money = { currency: string; value: string };

/** 1. Your server: the methods to show for this amount, in Antom's order, without the disabled ones. */
export async function paymentMethods(client: AntomClient, amount: Money, buyerRegion: string): Promise<string[]> {
  const { data } = await client.consult({
    productCode: 'CASHIER_PAYMENT',
    paymentAmount: amount,
    env: { terminalType: 'WEB' },
    userRegion: buyerRegion, // methods of the buyer's region first
  });
  const methods = interpretConsult(data);
  // 'no-pay-options', 'currency-not-supported', 'failed', 'retry': none to show (methods.action says why).
  return methods.kind === 'options' ? methods.available.map((option) => option.paymentMethodType) : [];
}

/** 2. Your server, once the buyer chose `method`: the address your front end sends the buyer to. */
export async function payWith(
  client: AntomClient,
  order: { id: string; description: string; amount: Money },
  method: string,
  site: string,
): Promise<string> {
  const { data } = await client.pay({
    productCode: 'CASHIER_PAYMENT',
    paymentRequestId: `order-${order.id}`, // resend the same after a timeout: Antom answers it once
    paymentMethod: { paymentMethodType: method },
    order: { referenceOrderId: order.id, orderDescription: order.description, orderAmount: order.amount },
    paymentAmount: order.amount,
    settlementStrategy: { settlementCurrency: order.amount.currency },
    paymentRedirectUrl: `${site}/orders/${order.id}`,
    paymentNotifyUrl: `${site}/antom/notify`,
    env: { terminalType: 'WEB' },
  });
  const outcome = interpretPayResult(data);
  if (outcome.kind === 'redirect') return outcome.url; // the method's page or app: the usual case
  if (outcome.kind === 'success') return `${site}/orders/${order.id}`; // paid at once
  throw new Error(`${outcome.kind}: ${outcome.action}`); // 'failed', 'retry-with-new-id' or 'unknown'
}
