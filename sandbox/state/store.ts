// In-memory records, kept apart per client ID and looked up by the merchant's and by Antom's IDs.
import type { Capture, Payment, Refund } from './model.ts';

interface ClientBook {
  paymentsByRequestId: Map<string, Payment>;
  refundsByRequestId: Map<string, Refund>;
  capturesByRequestId: Map<string, Capture>;
}

export interface SandboxStore {
  payment(clientId: string, ids: { paymentId?: string; paymentRequestId?: string }): Payment | undefined;
  /** Any client's payment by Antom's ID (control API, cashier page). */
  paymentById(paymentId: string): Payment | undefined;
  addPayment(payment: Payment): void;
  refund(clientId: string, ids: { refundId?: string; refundRequestId?: string }): Refund | undefined;
  addRefund(clientId: string, payment: Payment, refund: Refund): void;
  capture(clientId: string, captureRequestId: string): Capture | undefined;
  addCapture(clientId: string, payment: Payment, capture: Capture): void;
  /** Every payment, oldest first. */
  payments(): Payment[];
  clear(): void;
}

export function createStore(): SandboxStore {
  const books = new Map<string, ClientBook>();
  const paymentsById = new Map<string, Payment>();
  const refundsById = new Map<string, { clientId: string; refund: Refund }>();
  const book = (clientId: string): ClientBook => {
    let found = books.get(clientId);
    if (found === undefined) {
      found = { paymentsByRequestId: new Map(), refundsByRequestId: new Map(), capturesByRequestId: new Map() };
      books.set(clientId, found);
    }
    return found;
  };
  return {
    payment(clientId, { paymentId, paymentRequestId }) {
      // paymentId wins when both are given, as on Antom's side.
      if (paymentId !== undefined) {
        const payment = paymentsById.get(paymentId);
        return payment?.clientId === clientId ? payment : undefined;
      }
      return paymentRequestId === undefined ? undefined : books.get(clientId)?.paymentsByRequestId.get(paymentRequestId);
    },
    paymentById: (paymentId) => paymentsById.get(paymentId),
    addPayment(payment) {
      book(payment.clientId).paymentsByRequestId.set(payment.paymentRequestId, payment);
      paymentsById.set(payment.paymentId, payment);
    },
    refund(clientId, { refundId, refundRequestId }) {
      if (refundId !== undefined) {
        const entry = refundsById.get(refundId);
        return entry?.clientId === clientId ? entry.refund : undefined;
      }
      return refundRequestId === undefined ? undefined : books.get(clientId)?.refundsByRequestId.get(refundRequestId);
    },
    addRefund(clientId, payment, refund) {
      book(clientId).refundsByRequestId.set(refund.refundRequestId, refund);
      refundsById.set(refund.refundId, { clientId, refund });
      payment.refunds.push(refund);
    },
    capture: (clientId, captureRequestId) => books.get(clientId)?.capturesByRequestId.get(captureRequestId),
    addCapture(clientId, payment, capture) {
      book(clientId).capturesByRequestId.set(capture.captureRequestId, capture);
      payment.captures.push(capture);
    },
    payments: () => [...paymentsById.values()],
    clear() {
      books.clear();
      paymentsById.clear();
      refundsById.clear();
    },
  };
}
