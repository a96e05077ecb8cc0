// Every public function that takes untrusted input returns or throws only AntomError subclasses, whatever it is
// given: garbage from fast-check for notifications, parse helpers, result interpretation and client.fetch.
import { generateKeyPairSync } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createAntomClient,
  interpretAcceptDispute,
  interpretCancelResult,
  interpretConsult,
  interpretDisputeEvidence,
  interpretDisputeNotification,
  interpretPaymentSession,
  interpretSupplyDefenseDocument,
  interpretCaptureResult,
  interpretInquiryPayment,
  interpretInquiryRefund,
  interpretPayResult,
  interpretRefundResult,
  isAntomError,
  isPayResultCode,
  lookupPayResultCode,
  lookupResultCode,
  parsePrivateKey,
  parsePublicKey,
  parseSignatureHeader,
  verifyNotification,
  verifyRsaSha256,
} from '../../src/index.ts';
import { parseNotificationTime } from '../../src/notifications.ts';

const antom = generateKeyPairSync('rsa', { modulusLength: 2048 });
const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 });
const options = { clientId: 'SANDBOX_1', antomPublicKey: antom.publicKey, now: () => 1_700_000_000_000 };
// Port 9 (discard) on loopback: nothing is sent anyway, every garbage input must be refused before that.
const client = createAntomClient({ clientId: 'SANDBOX_1', privateKey: merchant.privateKey, antomPublicKey: antom.publicKey, baseUrl: 'http://127.0.0.1:9', retry: false, timeoutMs: 500 });

/** Runs `run`; passes when it returns, or throws an AntomError subclass; fails (with the input) on anything else. */
function onlyAntomErrors(run: () => unknown): boolean {
  try {
    run();
    return true;
  } catch (error) {
    if (isAntomError(error)) return true;
    throw new Error(`threw a non-Antom error: ${String(error)}`, { cause: error });
  }
}

const garbage = fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true, withSparseArray: true });
const headerish = fc.oneof(garbage, fc.dictionary(fc.constantFrom('signature', 'request-time', 'Client-Id', 'x'), garbage));
const notification = fc.oneof(
  garbage,
  fc.record({ method: garbage, path: garbage, headers: headerish, rawBody: garbage }, { requiredKeys: [] }),
  fc.record({ method: fc.constant('POST'), path: fc.constant('/notify'), headers: headerish, rawBody: fc.oneof(fc.string(), fc.uint8Array()) }),
);

describe('untrusted input yields only AntomError subclasses', () => {
  it('verifyNotification and client.verifyNotification', () => {
    fc.assert(
      fc.property(notification, (input) => {
        onlyAntomErrors(() => verifyNotification(input as never, options));
        onlyAntomErrors(() => client.verifyNotification(input as never));
        return true;
      }),
      { numRuns: 400 },
    );
  });

  it('verifyNotification with garbage options', () => {
    fc.assert(
      fc.property(garbage, (extra) => onlyAntomErrors(() => verifyNotification({ method: 'POST', path: '/n', headers: {}, rawBody: '{}' }, extra as never))),
    );
    expect(() => verifyNotification(null as never, options)).toThrow(expect.objectContaining({ name: 'AntomConfigError' }));
    expect(() => verifyNotification({ method: 'POST', path: '/n', rawBody: '{}' } as never, options)).toThrow(
      expect.objectContaining({ name: 'AntomConfigError', option: 'notification.headers' }),
    );
  });

  it('parse helpers and verification primitives', () => {
    fc.assert(
      fc.property(garbage, garbage, (a, b) => {
        onlyAntomErrors(() => parseSignatureHeader(a as never));
        onlyAntomErrors(() => parseNotificationTime(a as never));
        onlyAntomErrors(() => parsePrivateKey(a as never));
        onlyAntomErrors(() => parsePublicKey(a as never));
        onlyAntomErrors(() => verifyRsaSha256(a as never, b as never, antom.publicKey));
        onlyAntomErrors(() => isPayResultCode(a as never));
        onlyAntomErrors(() => lookupPayResultCode(a as never));
        // The operation id is a typed constant of the caller's program; the code is what comes off the wire.
        onlyAntomErrors(() => lookupResultCode('refund', a as never));
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('interpretPayResult', () => {
    const result = fc.record({ resultCode: fc.oneof(garbage, fc.constantFrom('SUCCESS', 'PAYMENT_IN_PROCESS', '__proto__', 'constructor')), resultStatus: fc.oneof(garbage, fc.constantFrom('S', 'F', 'U')), resultMessage: garbage }, { requiredKeys: [] });
    const data = fc.oneof(garbage, fc.record({ result: fc.oneof(garbage, result), normalUrl: garbage, applinkUrl: garbage, schemeUrl: garbage, paymentId: garbage }, { requiredKeys: [] }));
    fc.assert(fc.property(data, (input) => onlyAntomErrors(() => interpretPayResult(input as never))), { numRuns: 400 });
  });

  it('the lifecycle interpreters', () => {
    const result = fc.record({ resultCode: fc.oneof(garbage, fc.constantFrom('SUCCESS', 'REFUND_IN_PROCESS', 'CAPTURE_IN_PROCESS', '__proto__')), resultStatus: fc.oneof(garbage, fc.constantFrom('S', 'F', 'U')) }, { requiredKeys: [] });
    const state = fc.oneof(garbage, fc.constantFrom('SUCCESS', 'FAIL', 'PROCESSING', 'PENDING', 'CANCELLED', 'toString'));
    const data = fc.oneof(garbage, fc.record({ result: fc.oneof(garbage, result), paymentStatus: state, refundStatus: state, paymentId: garbage, refundId: garbage }, { requiredKeys: [] }));
    const interpreters = [interpretInquiryPayment, interpretRefundResult, interpretCaptureResult, interpretCancelResult, interpretInquiryRefund];
    fc.assert(fc.property(data, (input) => interpreters.every((interpret) => onlyAntomErrors(() => interpret(input as never)))), { numRuns: 400 });
  });

  it('the checkout and dispute interpreters', () => {
    const codes = fc.constantFrom('SUCCESS', 'NO_PAY_OPTIONS', 'CURRENCY_NOT_SUPPORT', 'REPEAT_REQUEST', 'TIME_EXCEEDS_LIMIT', 'INVALID_SIGNATURE', '__proto__', 'hasOwnProperty');
    const result = fc.record({ resultCode: fc.oneof(garbage, codes), resultStatus: fc.oneof(garbage, fc.constantFrom('S', 'F', 'U')), resultMessage: garbage }, { requiredKeys: [] });
    const wireBool = fc.oneof(garbage, fc.constantFrom('true', 'false', true, false));
    const logo = fc.oneof(garbage, fc.record({ logoName: garbage, logoUrl: fc.oneof(garbage, fc.webUrl()) }, { requiredKeys: [] }));
    const option = fc.oneof(
      garbage,
      fc.record(
        {
          paymentMethodType: fc.oneof(garbage, fc.constantFrom('CARD', 'toString')),
          enabled: wireBool,
          preferred: wireBool,
          disableReason: fc.oneof(garbage, fc.constantFrom('SERVICE_DEGRADE', 'constructor')),
          logo,
          paymentMethodRegion: garbage,
          supportedCurrencies: fc.oneof(garbage, fc.array(garbage)),
          paymentOptionDetail: fc.oneof(garbage, fc.record({ supportCardBrands: fc.oneof(garbage, fc.array(fc.oneof(garbage, fc.record({ cardBrand: garbage, logo })))), supportBanks: fc.oneof(garbage, fc.array(garbage)) }, { requiredKeys: [] })),
          amountLimitInfoMap: garbage,
        },
        { requiredKeys: [] },
      ),
    );
    const base64ish = fc.oneof(garbage, fc.base64String(), fc.string({ unit: fc.constantFrom('A', 'b', '+', '/', '=', '\r', '\n', ' ', 'é') }));
    const time = fc.oneof(garbage, fc.constantFrom('2024-12-15T09:12:44+08:00', '2024-13-45T99:99:00Z', '1'));
    const data = fc.oneof(
      garbage,
      fc.record(
        {
          result: fc.oneof(garbage, result),
          normalUrl: garbage,
          paymentSessionData: garbage,
          paymentSessionExpiryTime: time,
          paymentOptions: fc.oneof(garbage, fc.array(option, { maxLength: 5 })),
          paymentMethodInfos: fc.oneof(garbage, fc.array(option, { maxLength: 3 })),
          disputeId: garbage,
          disputeEvidence: base64ish,
          disputeEvidenceFormat: fc.oneof(garbage, fc.constantFrom('WORD', 'PDF', 'ZIP', 'JPG', 'valueOf')),
        },
        { requiredKeys: [] },
      ),
    );
    const request = fc.oneof(fc.constant(undefined), fc.record({ disputeId: garbage, disputeEvidenceType: garbage }, { requiredKeys: [] }));
    fc.assert(
      fc.property(data, request, (input, asked) =>
        [interpretPaymentSession, interpretConsult, interpretAcceptDispute, interpretSupplyDefenseDocument].every((interpret) => onlyAntomErrors(() => interpret(input as never))) &&
        onlyAntomErrors(() => interpretDisputeEvidence(input as never, asked as never)),
      ),
      { numRuns: 400 },
    );
  });

  it('interpretDisputeNotification', () => {
    const types = fc.constantFrom('DISPUTE_CREATED', 'DEFENSE_DUE_ALERT', 'DEFENSE_SUPPLIED', 'DISPUTE_ACCEPTED', 'DISPUTE_JUDGED', 'DISPUTE_CANCELLED', 'RDR_RESOLVED', '__proto__');
    const amount = fc.oneof(garbage, fc.record({ currency: garbage, value: garbage }, { requiredKeys: [] }));
    const body = fc.oneof(
      garbage,
      fc.record(
        {
          disputeNotificationType: fc.oneof(garbage, types),
          disputeType: fc.oneof(garbage, fc.constantFrom('CHARGEBACK', 'RETRIEVAL_REQUEST', 'COMPLIANCE_REQUEST')),
          defendable: fc.oneof(garbage, fc.constantFrom('true', 'false')),
          defenseDueTime: fc.oneof(garbage, fc.constantFrom('2024-12-15T09:12:44+08:00', '2024-02-30T00:00:00Z')),
          disputeAmount: amount,
          disputeJudgedAmount: amount,
          disputeJudgedResult: fc.oneof(garbage, fc.constantFrom('ACCEPT_BY_CUSTOMER', 'ACCEPT_BY_MERCHANT', 'toString')),
          disputeAcceptReason: fc.oneof(garbage, fc.constantFrom('TIMEOUT', 'MERCHANT_ACCEPTED')),
          disputeId: garbage,
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(fc.property(body, (input) => onlyAntomErrors(() => interpretDisputeNotification(input as never))), { numRuns: 400 });
  });

  it('client.fetch', async () => {
    await fc.assert(
      fc.asyncProperty(garbage, async (input) => {
        try {
          await client.fetch(input as never);
        } catch (error) {
          if (!isAntomError(error)) throw new Error(`threw a non-Antom error: ${String(error)}`, { cause: error });
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });
});
