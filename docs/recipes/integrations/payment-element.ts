// Payment Element: Antom's component inside your own checkout page. Your server opens a session and hands its
// paymentSessionData to your front end, where Antom's web or mobile SDK renders the Element and the buyer pays in it.
import { interpretPaymentSession } from 'antom-pay';
import type { AntomClient } from 'antom-pay';

export interface ElementSession {
  sessionData: string; // for the SDK
  expiresAt: Date | undefined; // after this, open a new session
}

/** 1. Your server, when the checkout page asks for it (e.g. POST /checkout/session): the Element's session. */
export async function openPaymentElement(
  client: AntomClient,
  order: { id: string; description: string; amount: { currency: string; value: string } },
  site: string,
): Promise<ElementSession> {
  const { data } = await client.createPaymentSession({
    productCode: 'CASHIER_PAYMENT',
    productScene: 'ELEMENT_PAYMENT',
    paymentRequestId: `order-${order.id}`,
    order: { referenceOrderId: order.id, orderDescription: order.description, orderAmount: order.amount },
    paymentAmount: order.amount,
    settlementStrategy: { settlementCurrency: order.amount.currency },
    paymentRedirectUrl: `${site}/orders/${order.id}`, // after methods that leave the page (3-D Secure, wallet apps)
    paymentNotifyUrl: `${site}/antom/notify`,
    env: { terminalType: 'WEB' },
  });
  const session = interpretPaymentSession(data);
  if (session.kind !== 'created' || session.paymentSessionData === undefined) {
    throw new Error(`No Element session (${session.code}): ${session.action}`);
  }
  // 2. Your front end creates the Element with sessionData; 3. notifyPayment and 4. inquiryPayment follow as for
  // the Checkout Page.
  return { sessionData: session.paymentSessionData, expiresAt: session.expiresAt };
}
