// Open value lists (known values, but Antom may send others) reach the caller as 'A' | 'B' | (string & {}):
// any string is accepted, and the known values stay in the type for the editor to offer.
import { describe, expectTypeOf, it } from 'vitest';
import { createOperations } from '../../generated/client.ts';
import type { AntomClient, AntomNotification, CaptureBody, IncomingNotification, RefundBody } from '../../src/index.ts';
import {
  interpretCancelResult,
  interpretCaptureResult,
  interpretInquiryPayment,
  interpretInquiryRefund,
  interpretPayResult,
  interpretRefundResult,
} from '../../src/index.ts';
import { minimalPayBody } from '../fixtures/pay-body.ts';

declare const client: AntomClient;
declare const incoming: IncomingNotification;
declare const captureBody: CaptureBody;
declare const refundBody: RefundBody;

type PayData = Awaited<ReturnType<AntomClient['pay']>>['data'];
// Exclude, not NonNullable: NonNullable<T> is `T & {}`, and TypeScript folds `(string & {}) & {}` into `string`,
// which absorbs the literals. Narrowing with `!== undefined` keeps them (checked below).
type Version = Exclude<NonNullable<NonNullable<PayData['paymentResultInfo']>['threeDSResult']>['threeDSVersion'], undefined>;

describe('open value lists in what the signing client returns', () => {
  it('threeDSVersion takes any string and still names the known versions', async () => {
    const { data } = await client.pay(minimalPayBody);
    const version = data.paymentResultInfo?.threeDSResult?.threeDSVersion;
    expectTypeOf<'2.3.1'>().toMatchTypeOf<NonNullable<typeof version>>();
    expectTypeOf<string>().toMatchTypeOf<Version>();
    expectTypeOf<'2.1.0'>().toMatchTypeOf<Version>();
    // Not collapsed to `string`: the known literals survive as members of the union.
    expectTypeOf<Extract<Version, '2.1.0'>>().toEqualTypeOf<'2.1.0'>();
    expectTypeOf<Extract<Version, '1.0.2' | '2.2.0'>>().toEqualTypeOf<'1.0.2' | '2.2.0'>();
    expectTypeOf<Extract<string, '2.1.0'>>().toEqualTypeOf<never>();
    if (version !== undefined) expectTypeOf<Extract<typeof version, '2.2.0'>>().toEqualTypeOf<'2.2.0'>();
    // A string operation still works on the value.
    expectTypeOf(version?.startsWith('2')).toEqualTypeOf<boolean | undefined>();
  });

  it('a closed list stays closed', async () => {
    const { data } = await client.pay(minimalPayBody);
    expectTypeOf(data.result.resultStatus).toEqualTypeOf<'S' | 'F' | 'U'>();
  });

  it("the lifecycle states are open too, and still offer their known values", async () => {
    const inquiry = await client.inquiryRefund({ refundRequestId: 'r-1' });
    const status = inquiry.data.refundStatus;
    if (status !== undefined) {
      expectTypeOf<Extract<typeof status, 'SUCCESS'>>().toEqualTypeOf<'SUCCESS'>();
      expectTypeOf<'SOMETHING_NEW'>().toMatchTypeOf<typeof status>();
    }
    const payment = await client.inquiryPayment({ paymentRequestId: 'p-1' });
    const state = payment.data.paymentStatus;
    if (state !== undefined) expectTypeOf<Extract<typeof state, 'PENDING'>>().toEqualTypeOf<'PENDING'>();
  });

  it('every interpreter takes the data as the client returns it, without a cast', async () => {
    expectTypeOf(interpretPayResult((await client.pay(minimalPayBody)).data).kind).toBeString();
    expectTypeOf(interpretInquiryPayment((await client.inquiryPayment({ paymentRequestId: 'p-1' })).data).kind).toBeString();
    expectTypeOf(interpretCancelResult((await client.cancel({ paymentRequestId: 'p-1' })).data).kind).toBeString();
    expectTypeOf(interpretCaptureResult((await client.capture(captureBody)).data).kind).toBeString();
    expectTypeOf(interpretRefundResult((await client.refund(refundBody)).data).kind).toBeString();
    expectTypeOf(interpretInquiryRefund((await client.inquiryRefund({ refundRequestId: 'r-1' })).data).kind).toBeString();
  });
});

describe('open value lists through plain openapi-fetch (createOperations)', () => {
  it("the success data is the schema's type, not openapi-fetch's Readable<T> of it", async () => {
    const result = await createOperations({ baseUrl: 'http://127.0.0.1:1' }).pay(minimalPayBody);
    if (result.error !== undefined) return;
    const version = result.data.paymentResultInfo?.threeDSResult?.threeDSVersion;
    expectTypeOf<Extract<typeof version, '2.1.0'>>().toEqualTypeOf<'2.1.0'>();
    expectTypeOf<'2.3.1'>().toMatchTypeOf<typeof version>();
    expectTypeOf(interpretPayResult(result.data).kind).toBeString();
  });
});

describe('open value lists in verified notifications', () => {
  it('a payment notification offers PAYMENT_RESULT and PAYMENT_PENDING and takes any other string', () => {
    const notice = client.verifyNotification(incoming);
    expectTypeOf(notice).toEqualTypeOf<AntomNotification>();
    if (notice.kind !== 'payment') return;
    type NotifyType = typeof notice.body.notifyType;
    expectTypeOf<NotifyType>().not.toEqualTypeOf<string>();
    expectTypeOf<Extract<NotifyType, 'PAYMENT_RESULT'>>().toEqualTypeOf<'PAYMENT_RESULT'>();
    expectTypeOf<Extract<NotifyType, 'PAYMENT_PENDING'>>().toEqualTypeOf<'PAYMENT_PENDING'>();
    expectTypeOf<'PAYMENT_SOMETHING_NEW'>().toMatchTypeOf<NotifyType>();
  });

  it('a refund notification offers SUCCESS and FAIL for refundStatus', () => {
    const notice = client.verifyNotification(incoming);
    if (notice.kind !== 'refund') return;
    type RefundStatus = typeof notice.body.refundStatus;
    expectTypeOf<RefundStatus>().not.toEqualTypeOf<string>();
    expectTypeOf<Extract<RefundStatus, 'SUCCESS' | 'FAIL'>>().toEqualTypeOf<'SUCCESS' | 'FAIL'>();
    expectTypeOf<'PARTIAL'>().toMatchTypeOf<RefundStatus>();
  });
});
