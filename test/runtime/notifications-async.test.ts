// verifyNotificationAsync and client.verifyNotificationAsync on both crypto backends, the key forms the standalone
// verifier takes (the client's), and the synchronous forms where node:crypto is not used. Antom is simulated by
// signing with node:crypto directly, independently of the code under test.
import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AntomConfigError, AntomSignatureError } from '../../src/errors.ts';
import { createAntomClient } from '../../src/client.ts';
import { parsePublicKey } from '../../src/keys.ts';
import type { PublicKeyInput } from '../../src/keys.ts';
import { verifyNotification, verifyNotificationAsync } from '../../src/notifications.ts';
import type { IncomingNotification } from '../../src/notifications.ts';
import { CRYPTO_BACKENDS, useCryptoBackend } from './helpers/crypto-backends.ts';

const CLIENT_ID = 'SANDBOX_5Y3A2N2YEB3D03';
const PATH = '/antom/notify/payment';
const NOW = Date.UTC(2024, 4, 1, 4, 0, 0);
const antom = generateKeyPairSync('rsa', { modulusLength: 2048 });
const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 });
const publicPem = antom.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const BODY = JSON.stringify({
  notifyType: 'PAYMENT_RESULT',
  result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' },
  paymentRequestId: 'pay-测试-1',
  paymentId: '2024050119040101',
});

function notification(time = String(NOW), body = BODY, signedBody = body): IncomingNotification {
  const signature = sign('sha256', Buffer.from(`POST ${PATH}\n${CLIENT_ID}.${time}.${signedBody}`, 'utf8'), antom.privateKey).toString('base64');
  return { method: 'POST', path: PATH, headers: { signature: `algorithm=RSA256,keyVersion=1,signature=${encodeURIComponent(signature)}`, 'request-time': time }, rawBody: body };
}

/** Every form the client takes Antom's key in, which the standalone verifier now takes too. */
const KEY_FORMS: Array<[string, () => PublicKeyInput]> = [
  ['PEM', () => publicPem],
  ['PEM with literal \\n, quoted (.env)', () => `"${publicPem.trim().replaceAll('\n', '\\n')}"`],
  ['bare base64 SPKI', () => publicPem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '')],
  ['a KeyObject', () => antom.publicKey],
  ['a parsed key', () => parsePublicKey(publicPem)],
];

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'accepted';
  } catch (error) {
    return error instanceof AntomSignatureError ? error.reason : `${(error as Error).name}: ${(error as Error).message}`;
  }
}

describe.each(CRYPTO_BACKENDS)('verifyNotificationAsync through $name', (backend) => {
  useCryptoBackend(backend);
  const options = (antomPublicKey: PublicKeyInput = publicPem) => ({ clientId: CLIENT_ID, antomPublicKey, now: () => NOW });

  it.each(KEY_FORMS)('accepts a signed notification with the key as %s', async (_label, key) => {
    expect(await verifyNotificationAsync(notification(), options(key()))).toEqual(JSON.parse(BODY));
  });

  it('refuses a tampered body, another key, a stale time and a missing signature, with the same reasons as the sync form', async () => {
    expect(await reasonOf(verifyNotificationAsync(notification(String(NOW), BODY.replace('SUCCESS', 'FAIL'), BODY), options()))).toBe('bad-signature');
    expect(await reasonOf(verifyNotificationAsync(notification(), options(merchant.publicKey)))).toBe('bad-signature');
    expect(await reasonOf(verifyNotificationAsync(notification(String(NOW - 6 * 60_000)), options()))).toBe('stale');
    const unsigned = { ...notification(), headers: { 'request-time': String(NOW) } };
    expect(await reasonOf(verifyNotificationAsync(unsigned, options()))).toBe('missing-signature');
  });

  it('rejects (never throws) a bad key or shape with AntomConfigError', async () => {
    const badKey = verifyNotificationAsync(notification(), options('not a key, just some words here'));
    await expect(badKey).rejects.toBeInstanceOf(AntomConfigError);
    await expect(verifyNotificationAsync(notification(), options(merchant.privateKey))).rejects.toThrow(/expected a public key/);
    await expect(verifyNotificationAsync(null as never, options())).rejects.toBeInstanceOf(AntomConfigError);
  });

  it('client.verifyNotificationAsync returns the notification typed by kind', async () => {
    const client = createAntomClient({ clientId: CLIENT_ID, privateKey: merchant.privateKey, antomPublicKey: publicPem, region: 'na' });
    const notice = await client.verifyNotificationAsync(notification(), { now: () => NOW });
    expect(notice.kind).toBe('payment');
    expect(notice.body).toEqual(JSON.parse(BODY));
    const tampered = client.verifyNotificationAsync(notification(String(NOW), BODY.replace('SUCCESS', 'FAIL'), BODY), { now: () => NOW });
    expect(await reasonOf(tampered)).toBe('bad-signature');
  });
});

describe('the synchronous verifier', () => {
  it.each(KEY_FORMS)('takes the key as %s where node:crypto is used', (_label, key) => {
    expect(verifyNotification(notification(), { clientId: CLIENT_ID, antomPublicKey: key(), now: () => NOW })).toEqual(JSON.parse(BODY));
  });

  describe('where node:crypto is not used (Web Crypto forced on Node)', () => {
    useCryptoBackend({ name: 'Web Crypto', webCrypto: true });

    it('throws AntomConfigError telling to call the async form, standalone and on the client', () => {
      expect(() => verifyNotification(notification(), { clientId: CLIENT_ID, antomPublicKey: publicPem, now: () => NOW })).toThrow(/call verifyNotificationAsync\(\)/);
      const client = createAntomClient({ clientId: CLIENT_ID, privateKey: merchant.privateKey, antomPublicKey: publicPem, region: 'na' });
      expect(() => client.verifyNotification(notification(), { now: () => NOW })).toThrow(AntomConfigError);
    });

    it('says why without claiming the runtime lacks node:crypto (workerd with nodejs_compat has one)', () => {
      const client = createAntomClient({ clientId: CLIENT_ID, privateKey: merchant.privateKey, antomPublicKey: publicPem, region: 'na' });
      const message = (() => {
        try {
          client.verifyNotification(notification(), { now: () => NOW });
        } catch (error) {
          return (error as Error).message;
        }
        return 'not thrown';
      })();
      expect(message).toMatch(/^verifyNotification\(\) is synchronous, so it needs node:crypto/);
      expect(message).toContain('antom-pay uses on Node, Bun and Deno only');
      expect(message).toContain('with or without nodejs_compat');
      expect(message).not.toMatch(/does not provide/);
    });
  });
});
