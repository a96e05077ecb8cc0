// Operation path of the spec → stateful handler. A path the loaded spec does not have never reaches a handler.
import { acceptDispute } from './accept-dispute.ts';
import { cancel } from './cancel.ts';
import { capture } from './capture.ts';
import type { OperationHandler } from './common.ts';
import { downloadDisputeEvidence } from './download-dispute-evidence.ts';
import { inquiryPayment } from './inquiry-payment.ts';
import { inquiryRefund } from './inquiry-refund.ts';
import { pay } from './pay.ts';
import { refund } from './refund.ts';
import { supplyDefenseDocument } from './supply-defense-document.ts';

export const OPERATION_HANDLERS: ReadonlyMap<string, OperationHandler> = new Map([
  ['/v1/payments/pay', pay],
  ['/v1/payments/inquiryPayment', inquiryPayment],
  ['/v1/payments/cancel', cancel],
  ['/v1/payments/refund', refund],
  ['/v1/payments/inquiryRefund', inquiryRefund],
  ['/v1/payments/capture', capture],
  ['/v1/payments/acceptDispute', acceptDispute],
  ['/v1/payments/supplyDefenseDocument', supplyDefenseDocument],
  ['/v1/payments/downloadDisputeEvidence', downloadDisputeEvidence],
]);
