// Notification verification. The Antom side is simulated by signing with node:crypto directly and building the
// sign content by hand, independently of the code under test.
import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AntomConfigError, AntomSignatureError } from '../../src/errors.ts';
import type { AntomSignatureFailureReason } from '../../src/errors.ts';
import { notificationAck, notificationAckBody, parseNotificationTime, verifyNotification } from '../../src/notifications.ts';

const CLIENT_ID = 'SANDBOX_5Y3A2N2YEB3D03';
const PATH = '/antom/notify/payment';
const NOW = Date.UTC(2024, 4, 1, 4, 0, 0); // 2024-05-01T04:00:00Z
const antom = generateKeyPairSync('rsa', { modulusLength: 2048 });
const BODY = JSON.stringify({
  notifyType: 'PAYMENT_RESULT',
  result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' },
  paymentRequestId: 'pay-测试-1',
  paymentId: '2024050119040101',
  paymentAmount: { currency: 'USD', value: '1000' },
});

function signedHeaders(time: string, body = BODY, path = PATH): Record<string, string> {
  const content = `POST ${path}\n${CLIENT_ID}.${time}.${body}`;
  const signature = sign('sha256', Buffer.from(content, 'utf8'), antom.privateKey).toString('base64');
  return { signature: `algorithm=RSA256, keyVersion=1, signature=${encodeURIComponent(signature)}`, 'request-time': time };
}

const options = { clientId: CLIENT_ID, antomPublicKey: antom.publicKey, now: () => NOW };

function reasonOf(run: () => unknown): AntomSignatureFailureReason | undefined {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AntomSignatureError);
    return (error as AntomSignatureError).reason;
  }
  return undefined;
}

describe('verifyNotification accepts', () => {
  it('an epoch-millisecond request-time, returning the parsed body', () => {
    const time = String(NOW - 1000);
    const body = verifyNotification<{ paymentRequestId: string }>(
      { method: 'POST', path: PATH, headers: signedHeaders(time), rawBody: BODY },
      options,
    );
    expect(body.paymentRequestId).toBe('pay-测试-1');
  });

  it.each(['2024-05-01T04:01:00Z', '2024-05-01T12:00:00+08:00', '2024-05-01T03:58:30.500+00:00'])(
    'an ISO 8601 request-time used verbatim (%s)',
    (time) => {
      const body = verifyNotification({ method: 'POST', path: PATH, headers: signedHeaders(time), rawBody: BODY }, options);
      expect(body).toEqual(JSON.parse(BODY));
    },
  );

  it('a Headers instance, mixed-case record keys, and a Buffer body', () => {
    const raw = signedHeaders(String(NOW));
    const headers = new Headers(raw);
    expect(verifyNotification({ method: 'post', path: PATH, headers, rawBody: Buffer.from(BODY, 'utf8') }, options)).toEqual(
      JSON.parse(BODY),
    );
    const nodeStyle = { Signature: raw['signature'], 'Request-Time': raw['request-time'], host: 'merchant.example' };
    expect(verifyNotification({ method: 'POST', path: PATH, headers: nodeStyle, rawBody: BODY }, options)).toEqual(JSON.parse(BODY));
  });
});

describe('verifyNotification rejects', () => {
  const time = String(NOW);
  it('a tampered body', () => {
    const rawBody = BODY.replace('"1000"', '"1"');
    expect(reasonOf(() => verifyNotification({ method: 'POST', path: PATH, headers: signedHeaders(time), rawBody }, options))).toBe(
      'bad-signature',
    );
  });

  it('a body with whitespace re-formatted (signature covers the raw text)', () => {
    const rawBody = JSON.stringify(JSON.parse(BODY), null, 2);
    expect(reasonOf(() => verifyNotification({ method: 'POST', path: PATH, headers: signedHeaders(time), rawBody }, options))).toBe(
      'bad-signature',
    );
  });

  it('a different path', () => {
    expect(
      reasonOf(() => verifyNotification({ method: 'POST', path: '/other/notify', headers: signedHeaders(time), rawBody: BODY }, options)),
    ).toBe('bad-signature');
  });

  it('a request-time rewritten to another format of the same instant', () => {
    const headers = { ...signedHeaders('2024-05-01T04:00:00Z'), 'request-time': '2024-05-01T04:00:00+00:00' };
    expect(reasonOf(() => verifyNotification({ method: 'POST', path: PATH, headers, rawBody: BODY }, options))).toBe('bad-signature');
  });

  it.each([
    ['6 minutes old (epoch ms)', String(NOW - 6 * 60_000)],
    ['6 minutes in the future (epoch ms)', String(NOW + 6 * 60_000)],
    ['an hour old (ISO)', '2024-05-01T03:00:00Z'],
    ['unparseable', 'yesterday'],
  ])('a stale or unusable time: %s', (_label, staleTime) => {
    expect(
      reasonOf(() => verifyNotification({ method: 'POST', path: PATH, headers: signedHeaders(staleTime), rawBody: BODY }, options)),
    ).toBe('stale');
  });

  it('honours a custom maxAgeMs', () => {
    const headers = signedHeaders(String(NOW - 2000));
    expect(reasonOf(() => verifyNotification({ method: 'POST', path: PATH, headers, rawBody: BODY }, { ...options, maxAgeMs: 1000 }))).toBe(
      'stale',
    );
  });

  it('missing headers', () => {
    const { signature, 'request-time': requestTime } = signedHeaders(time);
    expect(reasonOf(() => verifyNotification({ method: 'POST', path: PATH, headers: { 'request-time': requestTime }, rawBody: BODY }, options))).toBe(
      'missing-signature',
    );
    expect(reasonOf(() => verifyNotification({ method: 'POST', path: PATH, headers: { signature }, rawBody: BODY }, options))).toBe(
      'missing-response-time',
    );
    expect(reasonOf(() => verifyNotification({ method: 'POST', path: PATH, headers: {}, rawBody: BODY }, options))).toBe('missing-signature');
  });

  it('a malformed signature header or another client-id', () => {
    const headers = signedHeaders(time);
    expect(
      reasonOf(() => verifyNotification({ method: 'POST', path: PATH, headers: { ...headers, signature: 'oops' }, rawBody: BODY }, options)),
    ).toBe('malformed-signature');
    expect(
      reasonOf(() => verifyNotification({ method: 'POST', path: PATH, headers: { ...headers, 'client-id': 'OTHER' }, rawBody: BODY }, options)),
    ).toBe('client-id-mismatch');
  });

  it('a full URL passed as path', () => {
    expect(() =>
      verifyNotification({ method: 'POST', path: `https://merchant.example${PATH}`, headers: signedHeaders(time), rawBody: BODY }, options),
    ).toThrow(AntomConfigError);
  });
});

describe('parseNotificationTime', () => {
  it('reads epoch ms and ISO 8601, and nothing else', () => {
    expect(parseNotificationTime('1714536000000')).toBe(1714536000000);
    expect(parseNotificationTime('2024-05-01T12:00:00+08:00')).toBe(Date.UTC(2024, 4, 1, 4));
    expect(parseNotificationTime('2024-05-01T12:00:00+0800')).toBe(Date.UTC(2024, 4, 1, 4));
    expect(parseNotificationTime('May 1, 2024')).toBeUndefined();
    expect(parseNotificationTime('2024-05-01')).toBeUndefined();
  });
});

describe('notification acknowledgement', () => {
  it('is the exact object and JSON Antom expects', () => {
    expect(notificationAck()).toEqual({ result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' } });
    expect(notificationAckBody()).toBe('{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success"}}');
    const mutated = notificationAck() as { result: Record<string, string> };
    mutated.result['resultStatus'] = 'F';
    expect(notificationAck().result.resultStatus).toBe('S');
  });
});
