// Every public function that takes untrusted input returns or throws only AntomError subclasses, whatever it is
// given: garbage from fast-check for notifications, parse helpers, result interpretation and client.fetch.
import { generateKeyPairSync } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createAntomClient,
  interpretCancelResult,
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
