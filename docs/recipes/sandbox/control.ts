// Your integration tests against a running sandbox (`npx antom-pay-sandbox`): play the buyer and the passing of
// time with the control client, then check what your shop made of the notifications. Plain fetch: any runtime.
import { createSandboxControl } from 'antom-pay/sandbox';
import type { PaymentOutcome } from 'antom-pay/sandbox';

/** The buyer pays (or declines) the order on the cashier page; answers once your endpoint had notifyPayment. */
export async function buyerFinishes(sandboxUrl: string, paymentRequestId: string, outcome: PaymentOutcome = 'SUCCESS') {
  const sandbox = createSandboxControl({ url: sandboxUrl });
  const { paymentId } = await sandbox.payment({ paymentRequestId });
  await sandbox.complete(paymentId, outcome);
  await sandbox.settle(paymentId); // notifications go out in the background: wait for this payment's
  const payment = await sandbox.payment(paymentId);
  const delivery = payment.notifications.at(-1); // { kind, url, attempt, httpStatus, acknowledged, problem? }
  return { paymentStatus: payment.paymentStatus, acknowledged: delivery?.acknowledged === true };
}

/** The buyer walks away: 15 minutes later (sandbox time) the payment is closed and your endpoint is told. */
export async function buyerWalksAway(sandboxUrl: string, paymentRequestId: string) {
  const sandbox = createSandboxControl({ url: sandboxUrl });
  const { paymentId } = await sandbox.payment({ paymentRequestId });
  await sandbox.advanceClock('+15m');
  await sandbox.settle(paymentId);
  return (await sandbox.payment(paymentId)).paymentStatus; // 'FAIL' (ORDER_IS_CLOSED)
}
