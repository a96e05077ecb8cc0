import { generateKeyPairSync } from 'node:crypto';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOperations } from '../../generated/client.ts';
import type { paths } from '../../generated/schema.ts';
import { AntomConfigError, attemptsOf, buildSignContent, createAntomClient, verifyRsaSha256, parseSignatureHeader } from '../../src/index.ts';
import { minimalPayBody } from '../fixtures/pay-body.ts';
import { replySigned, startRecordingServer } from './helpers/recording-server.ts';
import type { RecordingServer } from './helpers/recording-server.ts';

const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 });
const antom = generateKeyPairSync('rsa', { modulusLength: 2048 });
const privatePem = merchant.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const antomPublicPem = antom.publicKey.export({ type: 'spki', format: 'pem' }).toString();

const body = minimalPayBody;

const answer = JSON.stringify({ result: { resultCode: 'PAYMENT_IN_PROCESS', resultStatus: 'U', resultMessage: 'in process' }, normalUrl: 'https://cashier.example/x' });

describe('createAntomClient', () => {
  let server: RecordingServer;
  let origin = '';
  beforeAll(async () => {
    server = await startRecordingServer((ctx) => {
      const clientId = String(ctx.request.headers['client-id']);
      replySigned(ctx, { clientId, antomPrivateKey: antom.privateKey }, answer, { clientIdHeader: clientId });
    });
    origin = server.origin;
  });
  afterAll(() => server.close());

  it.each([
    { clientId: 'MERCHANT_1', sandbox: undefined, path: '/ams/api/v1/payments/pay' },
    { clientId: 'SANDBOX_MERCHANT_1', sandbox: undefined, path: '/ams/sandbox/api/v1/payments/pay' },
    { clientId: 'MERCHANT_1', sandbox: true, path: '/ams/sandbox/api/v1/payments/pay' },
    { clientId: 'SANDBOX_MERCHANT_1', sandbox: false, path: '/ams/api/v1/payments/pay' },
  ])('signs the path it sends ($path for $clientId, sandbox=$sandbox) and the exact body bytes', async ({ clientId, sandbox, path }) => {
    const client = createAntomClient({ clientId, privateKey: privatePem, antomPublicKey: antomPublicPem, baseUrl: origin, ...(sandbox === undefined ? {} : { sandbox }) });
    const { data, response } = await client.pay(body);
    expect(data?.normalUrl).toBe('https://cashier.example/x');
    expect(attemptsOf(response)).toBe(1);
    const request = server.requests.at(-1)!;
    expect(request.path).toBe(path);
    expect(request.headers['content-type']).toBe('application/json; charset=UTF-8');
    expect(request.headers['client-id']).toBe(clientId);
    expect(request.headers['request-time']).toMatch(/^\d{13}$/);
    const header = parseSignatureHeader(String(request.headers.signature));
    expect(header?.keyVersion).toBe(1);
    const content = buildSignContent({ method: 'POST', path, clientId, time: String(request.headers['request-time']), body: request.body.toString('utf8') });
    expect(verifyRsaSha256(content, header!.signature, merchant.publicKey)).toBe(true);
    expect(JSON.parse(request.body.toString('utf8'))).toEqual(body);
  });

  it.each([
    { name: 'a region', options: { region: 'sea' as const }, want: 'https://open-sea-global.alipay.com/ams/api' },
    { name: 'a sandbox client id', options: { region: 'de' as const, clientId: 'SANDBOX_X' }, want: 'https://open-de-global.alipay.com/ams/sandbox/api' },
    { name: 'a loopback mock', options: { baseUrl: 'http://localhost:4010' }, want: 'http://localhost:4010/ams/api' },
  ])('builds the base URL from $name', ({ options, want }) => {
    const client = createAntomClient({ clientId: 'X', privateKey: privatePem, antomPublicKey: antomPublicPem, ...options });
    expect(client.baseUrl).toBe(want);
  });

  it.each([
    { name: 'no region or baseUrl', options: {}, option: 'region' },
    { name: 'both region and baseUrl', options: { region: 'na' as const, baseUrl: 'https://x.example' }, option: 'region' },
    { name: 'an unknown region', options: { region: 'mars' as never }, option: 'region' },
    { name: 'a baseUrl with a path', options: { baseUrl: 'https://open-na-global.alipay.com/ams/api' }, option: 'baseUrl' },
    { name: 'plain http to a non-loopback host', options: { baseUrl: 'http://open-na-global.alipay.com' }, option: 'baseUrl' },
    { name: 'a garbage private key', options: { region: 'na' as const, privateKey: 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC-not-a-key' }, option: 'privateKey' },
    { name: 'a public key given as the private key', options: { region: 'na' as const, privateKey: antomPublicPem }, option: 'privateKey' },
    { name: 'no Antom public key while verifying', options: { region: 'na' as const, antomPublicKey: undefined }, option: 'antomPublicKey' },
    { name: 'an empty client id', options: { region: 'na' as const, clientId: '' }, option: 'clientId' },
    { name: 'a client id with a trailing space (headers would trim it, the signature would not)', options: { region: 'na' as const, clientId: 'TEST_1 ' }, option: 'clientId' },
    { name: 'a client id with non-ASCII characters', options: { region: 'na' as const, clientId: 'TÉST' }, option: 'clientId' },
  ])('refuses $name at construction, naming $option without echoing key material', ({ options, option }) => {
    let caught: unknown;
    try {
      createAntomClient({ clientId: 'X', privateKey: privatePem, antomPublicKey: antomPublicPem, ...options });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AntomConfigError);
    expect((caught as AntomConfigError).option).toBe(option);
    expect((caught as Error).message).not.toContain('MIIE');
    expect((caught as Error).message).not.toContain('not-a-key');
  });

  it.each(['fetch', 'baseUrl', 'middleware', 'Request'])('refuses a per-call %s override, which would bypass signing or the gateway rules', async (key) => {
    const client = createAntomClient({ clientId: 'MERCHANT_1', privateKey: privatePem, antomPublicKey: antomPublicPem, baseUrl: origin });
    const before = server.requests.length;
    const call = () => client.pay(body, { [key]: key === 'baseUrl' ? 'http://attacker.example' : () => undefined } as never);
    await expect(call()).rejects.toThrow(AntomConfigError);
    await expect(call()).rejects.toThrow(`pay(options).${key}`);
    expect(server.requests.length).toBe(before);
  });

  it('exposes its transport as client.fetch, so an openapi-fetch client built on it signs and verifies too', async () => {
    const client = createAntomClient({ clientId: 'MERCHANT_1', privateKey: privatePem, antomPublicKey: antomPublicPem, baseUrl: origin });
    const raw = createClient<paths>({ baseUrl: client.baseUrl, fetch: client.fetch });
    const { data, response } = await raw.POST('/v1/payments/pay', { body });
    expect(data?.normalUrl).toBe('https://cashier.example/x');
    expect(attemptsOf(response)).toBe(1);
    const request = server.requests.at(-1)!;
    const header = parseSignatureHeader(String(request.headers.signature));
    const content = buildSignContent({ method: 'POST', path: '/ams/api/v1/payments/pay', clientId: 'MERCHANT_1', time: String(request.headers['request-time']), body: request.body.toString('utf8') });
    expect(verifyRsaSha256(content, header!.signature, merchant.publicKey)).toBe(true);
  });

  it('rejects a tampered response through client.pay and client.fetch alike', async () => {
    // The server signs the real answer, then sends an altered body under that signature.
    const forging = await startRecordingServer((ctx) => {
      const capture = { writeHead: () => capture, end: () => capture };
      const headers = replySigned({ ...ctx, res: capture as never }, { clientId: 'MERCHANT_1', antomPrivateKey: antom.privateKey }, answer);
      ctx.res.writeHead(200, headers);
      ctx.res.end(answer.replace('in process', 'paid'));
    });
    try {
      const client = createAntomClient({ clientId: 'MERCHANT_1', privateKey: privatePem, antomPublicKey: antomPublicPem, baseUrl: forging.origin, retry: false });
      await expect(client.pay(body)).rejects.toMatchObject({ name: 'AntomSignatureError', reason: 'bad-signature' });
      const raw = createClient<paths>({ baseUrl: client.baseUrl, fetch: client.fetch });
      await expect(raw.POST('/v1/payments/pay', { body })).rejects.toMatchObject({ name: 'AntomSignatureError', reason: 'bad-signature' });
      expect(forging.requests).toHaveLength(2);
    } finally {
      await forging.close();
    }
  });

  it('generated createOperations() calls go through openapi-fetch (unsigned: its fetch is the caller\'s)', async () => {
    const api = createOperations({ baseUrl: `${origin}/ams/api` });
    const { data } = await api.pay(body);
    expect(data?.normalUrl).toBe('https://cashier.example/x');
    const request = server.requests.at(-1)!;
    expect(request.path).toBe('/ams/api/v1/payments/pay');
    expect(request.headers.signature).toBeUndefined();
    expect(JSON.parse(request.body.toString('utf8'))).toEqual(body);
  });
});
