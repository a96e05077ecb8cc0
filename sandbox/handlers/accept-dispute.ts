// POST /v1/payments/acceptDispute: the merchant accepts a chargeback before its defenseDueTime.
import { acceptRefusal } from '../disputes/rules.ts';
import { acceptDispute as accept, expireDisputeIfDue } from '../disputes/transitions.ts';
import { isoTime } from '../state/clock.ts';
import { disputeOf, resultOnly } from './common.ts';
import type { OperationHandler } from './common.ts';

export const acceptDispute: OperationHandler = (ctx, call) => {
  const refuse = (code: string): string => resultOnly(ctx.results.result('acceptDispute', code));
  const ref = disputeOf(ctx, call);
  if (ref === undefined) return refuse('PROCESS_FAIL');
  expireDisputeIfDue(ctx, ref);
  const refusal = acceptRefusal(ref.dispute, ctx.clock.now());
  if (refusal !== undefined) return refuse(refusal);
  accept(ctx, ref);
  return JSON.stringify({
    result: ctx.results.result('acceptDispute', 'SUCCESS'),
    disputeId: ref.dispute.disputeId,
    disputeResolutionTime: isoTime(ref.dispute.acceptedAt ?? ctx.clock.now()),
  });
};
