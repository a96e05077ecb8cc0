// Response signature verification, against a real loopback server that plays Antom with a second test key.
import { generateKeyPairSync } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { AntomConfigError, AntomSignatureError } from '../../src/errors.ts';
import type { AntomSignatureFailureReason } from '../../src/errors.ts';
import { attemptsOf } from '../../src/transport/transport.ts';
import { CRYPTO_BACKENDS, useCryptoBackend } from './helpers/crypto-backends.ts';
import { replySigned, startRecordingServer } from './helpers/recording-server.ts';
import type { Handler, RecordingServer, SignedReplyOptions } from './helpers/recording-server.ts';
import { PAY_PATH, expectIdenticalSignedRequests, makeTransport, merchantKeys, payBody, payRequest, rejectionOf, signer } from './helpers/transport-fixtures.ts';

const BODY = '{"result":{"resultCode":"PAYMENT_IN_PROCESS","resultStatus":"U","resultMessage":"in process"},"normalUrl":"https://pay.example/x"}';

let server: RecordingServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handler: Handler): Promise<RecordingServer> {
  server = await startRecordingServer(handler);
  return server;
}

const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;

const failures: Array<[string, AntomSignatureFailureReason, SignedReplyOptions, string?]> = [
  ['unsigned 200', 'missing-signature', { omitSignature: true }],
  ['unsigned 200 without response-time', 'missing-signature', { omitSignature: true, omitResponseTime: true }],
  ['no response-time header', 'missing-response-time', { omitResponseTime: true }],
  ['garbled signature header', 'malformed-signature', { signatureHeader: 'algorithm=RSA256,keyVersion=1' }],
  ['other algorithm', 'malformed-signature', { signatureHeader: 'algorithm=HMAC,keyVersion=1,signature=AAAA' }],
  ['tampered body', 'bad-signature', { signedBody: BODY.replace('https://pay.example/x', 'https://evil.example/x') }],
  ['signed by another key', 'bad-signature', { signingKey: otherKey }],
  ['signed over the production path', 'bad-signature', { signedPath: '/ams/api/v1/payments/pay' }],
  ['client-id header for another merchant', 'client-id-mismatch', { clientIdHeader: 'SANDBOX_SOMEONE_ELSE' }],
];

describe.each(CRYPTO_BACKENDS)('response verification through $name', (backend) => {
  useCryptoBackend(backend);

  it('signs the request and accepts a correctly signed 200 (with a matching client-id header)', async () => {
    const { origin, requests } = await serve((ctx) => replySigned(ctx, signer, BODY, { clientIdHeader: signer.clientId }));
    const sent = payRequest(origin);
    const sentBody = await sent.clone().text();
    const response = await makeTransport()(sent);
    expect(await response.text()).toBe(BODY);
    expect(attemptsOf(response)).toBe(1);
    expectIdenticalSignedRequests(requests, 1, sentBody);
  });

  it.each(failures)('%s -> AntomSignatureError %s, not retried', async (_label, reason, options) => {
    const { origin, requests } = await serve((ctx) => replySigned(ctx, signer, BODY, options));
    const error = await rejectionOf(makeTransport()(payRequest(origin)));
    expect(error).toBeInstanceOf(AntomSignatureError);
    expect((error as AntomSignatureError).reason).toBe(reason);
    expect((error as AntomSignatureError).attempts).toBe(1);
    expect(requests).toHaveLength(1);
  });

  it('verifies over the path and its query string, as the call was signed and sent', async () => {
    const { origin, requests } = await serve((ctx) => replySigned(ctx, signer, BODY));
    const withQuery = () => new Request(`${origin}${PAY_PATH}?shop=7&lang=en`, { method: 'POST', body: payBody() });
    expect(await (await makeTransport()(withQuery())).text()).toBe(BODY);
    expect(requests[0]?.path).toBe(`${PAY_PATH}?shop=7&lang=en`);
    await server?.close();
    const { origin: other } = await serve((ctx) => replySigned(ctx, signer, BODY, { signedPath: PAY_PATH }));
    const error = await rejectionOf(makeTransport()(new Request(`${other}${PAY_PATH}?shop=7&lang=en`, { method: 'POST', body: payBody() })));
    expect(error).toMatchObject({ name: 'AntomSignatureError', reason: 'bad-signature' });
  });

  it('never puts the signature value into the error message', async () => {
    let sent = '';
    const { origin } = await serve((ctx) => {
      sent = replySigned(ctx, signer, BODY, { signedBody: `${BODY} ` })['signature'] ?? '';
    });
    const error = (await rejectionOf(makeTransport()(payRequest(origin)))) as AntomSignatureError;
    const value = decodeURIComponent(sent.split('signature=')[1] ?? '');
    expect(value.length).toBeGreaterThan(300);
    expect(error.message).not.toContain(value.slice(0, 20));
    expect(error.message).not.toContain(sent.slice(-40));
  });

  it('requires antomPublicKey while verifyResponses is true', () => {
    expect(() => makeTransport({ antomPublicKey: undefined })).toThrow(AntomConfigError);
    expect(() => makeTransport({ antomPublicKey: undefined })).toThrow(/antomPublicKey/);
  });

  it('rejects a public key passed as the private key', () => {
    expect(() => makeTransport({ privateKey: merchantKeys.publicKey })).toThrow(AntomConfigError);
  });
});

describe('verifyResponses: false', () => {
  it('accepts an unsigned 200 and emits one process warning for any number of transports', async () => {
    const { origin } = await serve((ctx) => replySigned(ctx, signer, BODY, { omitSignature: true, omitResponseTime: true }));
    const warnings: Error[] = [];
    const listener = (warning: Error): void => {
      if ((warning as Error & { code?: string }).code === 'ANTOM_UNVERIFIED_RESPONSES') warnings.push(warning);
    };
    process.on('warning', listener);
    try {
      const first = makeTransport({ verifyResponses: false, antomPublicKey: undefined });
      const second = makeTransport({ verifyResponses: false });
      expect(await (await first(payRequest(origin))).text()).toBe(BODY);
      expect(await (await second(payRequest(origin))).text()).toBe(BODY);
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', listener);
    }
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.name).toBe('AntomSecurityWarning');
  });
});
