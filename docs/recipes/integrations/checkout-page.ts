// Antom Checkout Page, hosted: your server opens a session and sends the buyer to Antom's page, where the buyer
// picks a method and pays; the result reaches your notify URL, and inquiryPayment answers when the buyer is back first.
import { interpretInquiryPayment, interpretPaymentSession } from 'antom-pay';
import type { AntomClient, InquiryPaymentOutcome } from 'antom-pay';

export interface Order {
  id: string;
  description: string;
  amount: { currency: string; value: string }; // minor units: USD 19.99 is '1999'
}

/** 1. Your server: open the session; 2. your front end redirects the buyer to the address returned. */
export async function openCheckoutPage(client: AntomClient, order: Order, site: string): Promise<string> {
  const { data } = await client.createPaymentSession({
    productCode: 'CASHIER_PAYMENT',
    productScene: 'CHECKOUT_PAYMENT',
    paymentRequestId: `order-${order.id}`, // the idempotency key: the same order gets the same session
    order: { referenceOrderId: order.id, orderDescription: order.description, orderAmount: order.amount },
    paymentAmount: order.amount,
    settlementStrategy: { settlementCurrency: order.amount.currency },
    paymentRedirectUrl: `${site}/orders/${order.id}`, // where the buyer comes back to
    paymentNotifyUrl: `${site}/antom/notify`, // 3. notifyPayment arrives here
    env: { terminalType: 'WEB' },
  });
  const session = interpretPaymentSession(data); // kind: 'created', 'failed', 'retry' (send it again), …
  if (session.kind !== 'created' || session.normalUrl === undefined) {
    throw new Error(`No checkout session (${session.code}): ${session.action}`);
  }
  // Embedded in your page instead: give session.paymentSessionData to Antom's web SDK.
  return session.normalUrl;
}

/** 4. The buyer is back at paymentRedirectUrl before the notification: ask Antom. */
export async function paymentState(client: AntomClient, orderId: string): Promise<InquiryPaymentOutcome> {
  const { data } = await client.inquiryPayment({ paymentRequestId: `order-${orderId}` });
  return interpretInquiryPayment(data); // kind: 'success', 'failed', 'processing', 'pending', 'cancelled', …
}
