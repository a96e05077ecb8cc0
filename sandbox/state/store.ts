// In-memory records, kept apart per client ID and looked up by the merchant's and by Antom's IDs. Every payment a
// lookup hands out is reported to `onTouch`: a change can only be made to a payment obtained here (or to the one a
// scheduled job is about), so the touched ones are all that `commit` has to look at (state/persistence.ts).
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
  /** The first payment (oldest first) that `matches`. */
  find(matches: (payment: Payment) => boolean): Payment | undefined;
  /** Adds a new payment, or one read back from the state file with its refunds and captures. */
  addPayment(payment: Payment): void;
  refund(clientId: string, ids: { refundId?: string; refundRequestId?: string }): Refund | undefined;
  addRefund(clientId: string, payment: Payment, refund: Refund): void;
  capture(clientId: string, captureRequestId: string): Capture | undefined;
  addCapture(clientId: string, payment: Payment, capture: Capture): void;
  /** Whether this very record is kept (not evicted, not reset); not a touch. */
  has(payment: Payment): boolean;
  /** Forgets a payment with its refunds and captures (--max-payments). */
  remove(payment: Payment): void;
  /** Every payment, oldest first (a copy; listing only: it does not count as touching them). */
  payments(): Payment[];
  /** Payments oldest first, without a copy. */
  oldest(): IterableIterator<Payment>;
  size(): number;
  clear(): void;
}

export function createStore(onTouch: (payment: Payment) => void = () => undefined): SandboxStore {
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
  const touched = <T extends Payment | undefined>(payment: T): T => {
    if (payment !== undefined) onTouch(payment);
    return payment;
  };
  const ownerOf = (paymentId: string): Payment | undefined => touched(paymentsById.get(paymentId));
  const indexRefund = (clientId: string, refund: Refund): void => {
    book(clientId).refundsByRequestId.set(refund.refundRequestId, refund);
    refundsById.set(refund.refundId, { clientId, refund });
  };
  return {
    payment(clientId, { paymentId, paymentRequestId }) {
      // paymentId wins when both are given, as on Antom's side.
      if (paymentId !== undefined) {
        const payment = paymentsById.get(paymentId);
        return payment?.clientId === clientId ? touched(payment) : undefined;
      }
      return paymentRequestId === undefined ? undefined : touched(books.get(clientId)?.paymentsByRequestId.get(paymentRequestId));
    },
    paymentById: (paymentId) => ownerOf(paymentId),
    find(matches) {
      for (const payment of paymentsById.values()) if (matches(payment)) return touched(payment);
      return undefined;
    },
    addPayment(payment) {
      const clientBook = book(payment.clientId);
      clientBook.paymentsByRequestId.set(payment.paymentRequestId, payment);
      paymentsById.set(payment.paymentId, payment);
      for (const refund of payment.refunds) indexRefund(payment.clientId, refund);
      for (const capture of payment.captures) clientBook.capturesByRequestId.set(capture.captureRequestId, capture);
      onTouch(payment);
    },
    refund(clientId, { refundId, refundRequestId }) {
      let refund: Refund | undefined;
      if (refundId !== undefined) {
        const entry = refundsById.get(refundId);
        refund = entry?.clientId === clientId ? entry.refund : undefined;
      } else if (refundRequestId !== undefined) refund = books.get(clientId)?.refundsByRequestId.get(refundRequestId);
      if (refund !== undefined) ownerOf(refund.paymentId);
      return refund;
    },
    addRefund(clientId, payment, refund) {
      indexRefund(clientId, refund);
      payment.refunds.push(refund);
      onTouch(payment);
    },
    capture(clientId, captureRequestId) {
      const capture = books.get(clientId)?.capturesByRequestId.get(captureRequestId);
      if (capture !== undefined) ownerOf(capture.paymentId);
      return capture;
    },
    addCapture(clientId, payment, capture) {
      book(clientId).capturesByRequestId.set(capture.captureRequestId, capture);
      payment.captures.push(capture);
      onTouch(payment);
    },
    has: (payment) => paymentsById.get(payment.paymentId) === payment,
    remove(payment) {
      if (paymentsById.get(payment.paymentId) !== payment) return;
      paymentsById.delete(payment.paymentId);
      const clientBook = book(payment.clientId);
      if (clientBook.paymentsByRequestId.get(payment.paymentRequestId) === payment) clientBook.paymentsByRequestId.delete(payment.paymentRequestId);
      for (const refund of payment.refunds) {
        refundsById.delete(refund.refundId);
        clientBook.refundsByRequestId.delete(refund.refundRequestId);
      }
      for (const capture of payment.captures) clientBook.capturesByRequestId.delete(capture.captureRequestId);
    },
    payments: () => [...paymentsById.values()],
    oldest: () => paymentsById.values(),
    size: () => paymentsById.size,
    clear() {
      books.clear();
      paymentsById.clear();
      refundsById.clear();
    },
  };
}
