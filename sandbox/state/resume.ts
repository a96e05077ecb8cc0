// After a start from a state file: the jobs the restored payments still have (expiry of unpaid ones, card refunds
// in process, dispute alerts and deadlines, notification deliveries and retries), as the original requests scheduled
// them. Jobs already due (the sandbox was down when they fell due) run at once.
import { scheduleDisputeJobs } from '../disputes/transitions.ts';
import type { SandboxContext } from './context.ts';
import type { Payment } from './model.ts';
import { scheduleExpiry, scheduleRefundFinish } from './transitions.ts';

export function resumeJobs(ctx: SandboxContext, payment: Payment): void {
  if (payment.paymentStatus === 'PROCESSING') scheduleExpiry(ctx, payment);
  for (const refund of payment.refunds) if (refund.refundStatus === 'PROCESSING') scheduleRefundFinish(ctx, payment, refund);
  for (const dispute of payment.disputes ?? []) scheduleDisputeJobs(ctx, { dispute, payment });
  ctx.notifier.resume(payment);
}
