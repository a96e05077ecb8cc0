// `npm run example -- --flow`: the whole life of a payment against the local sandbox, one printed line per step:
// pay → the buyer clicks Pay on the sandbox cashier page → notifyPayment reaches a small local merchant endpoint
// and passes verifyNotification → inquiryPayment says SUCCESS → two partial refunds → a third is refused with
// REFUND_AMOUNT_EXCEED → inquiryRefund. Loopback only; TEST keys.
import { randomUUID } from 'node:crypto';
import type { AntomClient, PayBody } from '../src/index.ts';
import { startExampleMerchant } from './example-merchant.ts';

export interface FlowStep {
  step: string;
  /** The result code (or notification type / HTTP status) the step saw. */
  outcome: string;
  detail: string;
}

/** Steps as they happen: kept for the caller, and printed one numbered line each. */
export function stepRecorder(print: (line: string) => void): { steps: FlowStep[]; record: (step: string, outcome: string, detail: string) => void } {
  const steps: FlowStep[] = [];
  const record = (step: string, outcome: string, detail: string): void => {
    steps.push({ step, outcome, detail });
    print(`${String(steps.length).padStart(2)}. ${step.padEnd(20)} ${outcome.padEnd(22)} ${detail}`);
  };
  return { steps, record };
}

/** Runs the flow with `client` (pointed at a stateful sandbox at `sandboxOrigin`); throws when a step goes wrong. */
export async function runFlow(client: AntomClient, print: (line: string) => void = console.log): Promise<FlowStep[]> {
  const { steps, record } = stepRecorder(print);
  const expectCode = (step: string, actual: string | undefined, wanted: string): void => {
    if (actual !== wanted) throw new Error(`${step}: expected ${wanted}, got ${actual ?? 'no result'}`);
  };

  const merchant = await startExampleMerchant(client);
  const shop = merchant.url;
  try {
    const orderId = `ORD-${randomUUID().slice(0, 8)}`;
    const amount = { currency: 'SGD', value: '1999' };
    const { data: paid } = await client.pay({
      productCode: 'CASHIER_PAYMENT',
      paymentRequestId: `flow-${randomUUID()}`,
      paymentAmount: amount,
      order: { referenceOrderId: orderId, orderDescription: 'Ceramic pour-over coffee set', orderAmount: amount, buyer: { referenceBuyerId: 'buyer-000042' } },
      env: { terminalType: 'WEB', clientIp: '192.0.2.10' },
      paymentMethod: { paymentMethodType: 'GRABPAY_SG' },
      settlementStrategy: { settlementCurrency: 'SGD' },
      paymentRedirectUrl: `${shop}/orders/${orderId}/return`,
      paymentNotifyUrl: `${shop}/antom/notify`,
    } as PayBody);
    expectCode('pay', paid?.result.resultCode, 'PAYMENT_IN_PROCESS');
    const paymentId = paid!.paymentId as string;
    const cashier = paid!.normalUrl as string;
    record('pay', 'PAYMENT_IN_PROCESS', `paymentId ${paymentId}, cashier ${cashier}`);

    // The cashier page's Pay button is a form post of outcome=SUCCESS to the page's own address.
    const click = await fetch(cashier, { method: 'POST', body: new URLSearchParams({ outcome: 'SUCCESS' }), redirect: 'manual' });
    if (click.status !== 303) throw new Error(`cashier: expected a 303 redirect, got ${click.status}`);
    record('cashier: Pay', `HTTP ${click.status}`, `buyer sent back to ${click.headers.get('location')}`);

    const notice = await merchant.arrival((item) => item.kind === 'payment' && item.body.paymentId === paymentId);
    if (notice?.kind !== 'payment') throw new Error('notifyPayment: nothing reached the merchant endpoint');
    record('notifyPayment', `${notice.notifyType} ${notice.body.result.resultCode}`, `signature and freshness verified by verifyNotification at ${shop}/antom/notify`);

    const { data: inquiry } = await client.inquiryPayment({ paymentId });
    if (inquiry?.paymentStatus !== 'SUCCESS') throw new Error(`inquiryPayment: expected SUCCESS, got ${inquiry?.paymentStatus}`);
    record('inquiryPayment', `paymentStatus ${inquiry.paymentStatus}`, `paid at ${inquiry.paymentTime}`);

    const refund = (value: string, n: number) =>
      client.refund({ refundRequestId: `${paymentId}-refund-${n}`, paymentId, refundAmount: { currency: 'SGD', value }, refundReason: 'Partial return' });
    const first = await refund('800', 1);
    expectCode('refund 1', first.data?.result.resultCode, 'SUCCESS');
    record('refund 1', 'SUCCESS', `SGD 8.00 (refundId ${first.data?.refundId})`);
    const second = await refund('700', 2);
    expectCode('refund 2', second.data?.result.resultCode, 'SUCCESS');
    record('refund 2', 'SUCCESS', `SGD 7.00 (refundId ${second.data?.refundId}); SGD 4.99 left`);
    const third = await refund('500', 3);
    expectCode('refund 3', third.data?.result.resultCode, 'REFUND_AMOUNT_EXCEED');
    record('refund 3', 'REFUND_AMOUNT_EXCEED', `SGD 5.00 refused: ${third.data?.result.resultMessage}`);

    const { data: refundState } = await client.inquiryRefund({ refundRequestId: `${paymentId}-refund-1` });
    expectCode('inquiryRefund', refundState?.result.resultCode, 'SUCCESS');
    record('inquiryRefund', `refundStatus ${refundState?.refundStatus}`, `${refundState?.refundRequestId}: SGD ${(Number(refundState?.refundAmount?.value) / 100).toFixed(2)}`);
    return steps;
  } finally {
    await merchant.close();
  }
}
