// Where the client's signature is made (src/transport/sign-request.ts, signCall): in place when the call is alone
// in flight, on the threadpool (node:crypto's callback form) when other calls are in flight. Observed on the very
// node:crypto object the package uses (process.getBuiltinModule), against a real loopback server; every request
// must still carry a signature that verifies.
import { generateKeyPairSync, verify } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MockInstance } from 'vitest';
import { buildSignContent } from '../../src/signing/sign-content.ts';
import { parseSignatureHeader } from '../../src/signing/signature-header.ts';
import { closedPort, replySigned, startRecordingServer } from './helpers/recording-server.ts';
import type { RecordedRequest, RecordingServer } from './helpers/recording-server.ts';
import { CLIENT_ID, PAY_PATH, makeSend, merchantKeys, payBody, signer } from './helpers/transport-fixtures.ts';

const BODY = '{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success"}}';
const nodeCrypto = process.getBuiltinModule('node:crypto');

let server: RecordingServer | undefined;
let sign: MockInstance<typeof nodeCrypto.sign>;

beforeEach(async () => {
  server = await startRecordingServer((ctx) => replySigned(ctx, signer, BODY));
  sign = vi.spyOn(nodeCrypto, 'sign');
});
afterEach(async () => {
  sign.mockRestore();
  await server?.close();
  server = undefined;
});

/** How many signatures were made in place (no callback) and on the threadpool (with one). */
function placements(): { inPlace: number; threadpool: number } {
  const withCallback = sign.mock.calls.filter((args) => typeof args[3] === 'function').length;
  return { inPlace: sign.mock.calls.length - withCallback, threadpool: withCallback };
}

function pay(origin: string, signal?: AbortSignal, privateKey = merchantKeys.privateKey): Promise<unknown> {
  return makeSend({ retry: false, privateKey })({ method: 'POST', url: `${origin}${PAY_PATH}`, body: payBody(), signal, operationId: 'pay' });
}

function expectVerifiedSignatures(requests: readonly RecordedRequest[]): void {
  for (const request of requests) {
    const header = parseSignatureHeader(String(request.headers['signature']));
    const content = buildSignContent({ method: 'POST', path: PAY_PATH, clientId: CLIENT_ID, time: String(request.headers['request-time']), body: request.body.toString('utf8') });
    expect(verify('sha256', Buffer.from(content), merchantKeys.publicKey, Buffer.from(header?.signature ?? '', 'base64'))).toBe(true);
  }
}

describe('where the client signs', () => {
  it('signs in place when the call is alone in flight, call after call', async () => {
    const { origin, requests } = server as RecordingServer;
    for (let i = 0; i < 3; i += 1) await pay(origin);
    expect(placements()).toEqual({ inPlace: 3, threadpool: 0 });
    expect(requests).toHaveLength(3);
    expectVerifiedSignatures(requests);
  });

  it('signs on the threadpool while other calls are in flight, and in place again once they are over', async () => {
    const { origin, requests } = server as RecordingServer;
    await Promise.all(Array.from({ length: 8 }, () => pay(origin)));
    // The first call of the burst is alone when it signs; the seven after it are not.
    expect(placements()).toEqual({ inPlace: 1, threadpool: 7 });
    await pay(origin);
    expect(placements()).toEqual({ inPlace: 2, threadpool: 7 });
    expect(requests).toHaveLength(9);
    expectVerifiedSignatures(requests);
  });

  it('no longer counts a call that failed or was aborted', async () => {
    const { origin } = server as RecordingServer;
    const closed = `http://127.0.0.1:${await closedPort()}`;
    await expect(pay(closed)).rejects.toThrow();
    const aborted = new AbortController();
    const call = pay(origin, aborted.signal);
    aborted.abort(new Error('merchant gave up'));
    await expect(call).rejects.toThrow('merchant gave up');
    await pay(origin);
    expect(placements()).toEqual({ inPlace: 3, threadpool: 0 });
  });

  it('rejects, never throws, when signing in place fails, and no longer counts that call', async () => {
    const { origin, requests } = server as RecordingServer;
    sign.mockImplementationOnce(() => {
      throw new Error('the key store refused to sign');
    });
    let call: Promise<unknown> | undefined;
    expect(() => {
      call = pay(origin);
    }).not.toThrow();
    await expect(call).rejects.toThrow('the key store refused to sign');
    expect(requests).toHaveLength(0);
    await pay(origin);
    expect(placements()).toEqual({ inPlace: 2, threadpool: 0 });
    expect(requests).toHaveLength(1);
    expectVerifiedSignatures(requests);
  });

  it('signs on the threadpool with a key over 2048 bits, even alone (in place would block the loop for ms)', async () => {
    const { origin, requests } = server as RecordingServer;
    const large = generateKeyPairSync('rsa', { modulusLength: 3072 });
    await pay(origin, undefined, large.privateKey);
    await pay(origin);
    expect(placements()).toEqual({ inPlace: 1, threadpool: 1 });
    const [first] = requests;
    const header = parseSignatureHeader(String(first?.headers['signature']));
    const content = buildSignContent({ method: 'POST', path: PAY_PATH, clientId: CLIENT_ID, time: String(first?.headers['request-time']), body: first?.body.toString('utf8') ?? '' });
    expect(verify('sha256', Buffer.from(content), large.publicKey, Buffer.from(header?.signature ?? '', 'base64'))).toBe(true);
  });
});
