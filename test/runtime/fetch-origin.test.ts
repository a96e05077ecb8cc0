// client.fetch only reaches the client's own gateway: same scheme, host and port as baseUrl, and a path under the
// gateway prefix. Anything else is refused with AntomConfigError before anything is signed or sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AntomConfigError, createTransport } from '../../src/index.ts';
import { EXCHANGES, clientFor } from './helpers/hardening.ts';
import { replySigned, startRecordingServer } from './helpers/recording-server.ts';
import type { RecordingServer } from './helpers/recording-server.ts';
import { CLIENT_ID, antomKeys, merchantKeys, rejectionOf, signer } from './helpers/transport-fixtures.ts';

const answer = JSON.stringify({ result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'Success' } });

let gateway: RecordingServer;
let elsewhere: RecordingServer;
beforeAll(async () => {
  gateway = await startRecordingServer((ctx) => replySigned(ctx, signer, answer));
  elsewhere = await startRecordingServer((ctx) => replySigned(ctx, signer, answer));
});
afterAll(async () => {
  await gateway.close();
  await elsewhere.close();
});

describe.each(EXCHANGES)('over $name', ({ extra }) => {
  const targets = (): Array<{ name: string; url: string }> => {
    const port = new URL(gateway.origin).port;
    return [
      { name: 'another port on the same host', url: `${elsewhere.origin}/ams/sandbox/api/v1/payments/pay` },
      { name: 'plain http to another host', url: 'http://attacker.example/ams/sandbox/api/v1/payments/pay' },
      { name: 'https to another host', url: 'https://attacker.example/ams/sandbox/api/v1/payments/pay' },
      { name: 'the same host under another name', url: `http://localhost:${port}/ams/sandbox/api/v1/payments/pay` },
      { name: 'https instead of http on the same host and port', url: `https://127.0.0.1:${port}/ams/sandbox/api/v1/payments/pay` },
      { name: 'a path outside the gateway prefix', url: `${gateway.origin}/admin/keys` },
      { name: 'the production prefix from a sandbox client', url: `${gateway.origin}/ams/api/v1/payments/pay` },
      { name: 'a prefix look-alike', url: `${gateway.origin}/ams/sandbox/apix/v1/payments/pay` },
      { name: 'dot segments climbing out of the prefix', url: `${gateway.origin}/ams/sandbox/api/%2e%2e/%2e%2e/x` },
    ];
  };

  it('reaches its own gateway', async () => {
    const client = clientFor(gateway.origin, extra);
    const response = await client.fetch(new Request(`${client.baseUrl}/v1/payments/pay`, { method: 'POST', body: '{}' }));
    expect(response.status).toBe(200);
  });

  it('refuses every URL off its gateway with AntomConfigError, sending nothing anywhere', async () => {
    const client = clientFor(gateway.origin, extra);
    const before = { gateway: gateway.requests.length, elsewhere: elsewhere.requests.length };
    for (const { name, url } of targets()) {
      const error = await rejectionOf(client.fetch(new Request(url, { method: 'POST', body: '{"paymentRequestId":"x"}' })));
      expect(error, name).toBeInstanceOf(AntomConfigError);
      expect((error as AntomConfigError).option, name).toBe('fetch(url)');
    }
    expect(gateway.requests.length).toBe(before.gateway);
    expect(elsewhere.requests.length).toBe(before.elsewhere);
  });

  it('the same scope holds for prepared calls (createTransport(...).send), credentials in the URL included', async () => {
    const { send } = createTransport({
      clientId: CLIENT_ID,
      privateKey: merchantKeys.privateKey,
      antomPublicKey: antomKeys.publicKey,
      keyVersion: 1,
      verifyResponses: true,
      timeoutMs: 2000,
      baseUrl: `${gateway.origin}/ams/sandbox/api`,
      ...(extra.fetch ? { fetch: extra.fetch } : {}),
    });
    const port = new URL(gateway.origin).port;
    const before = gateway.requests.length;
    for (const url of [`http://user:secret@127.0.0.1:${port}/ams/sandbox/api/v1/payments/pay`, `${elsewhere.origin}/ams/sandbox/api/x`, 'not a url']) {
      const error = await rejectionOf(send({ method: 'POST', url, body: '{}' }));
      expect(error, url).toBeInstanceOf(AntomConfigError);
    }
    expect(gateway.requests.length).toBe(before);
    expect((await send({ method: 'POST', url: `${gateway.origin}/ams/sandbox/api/v1/payments/pay`, body: '{}' })).json).toEqual(JSON.parse(answer));
  });

  it.each([
    { name: 'undefined', input: undefined },
    { name: 'a string', input: 'http://127.0.0.1/' },
    { name: 'a plain object', input: { url: 'x', method: 'POST' } },
  ])('refuses $name instead of a Request with AntomConfigError', async ({ input }) => {
    const client = clientFor(gateway.origin, extra);
    const error = await rejectionOf(client.fetch(input as never));
    expect(error).toBeInstanceOf(AntomConfigError);
    expect((error as AntomConfigError).option).toBe('fetch(input)');
    expect((error as Error).message).toContain('must be a Request');
  });
});
