// The generated operations' sender on the signing transport, against a real loopback server: what URL and path are
// sent and signed for path, query and header parameters, and which per-call options are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OperationRoute } from '../../generated/client.ts';
import { AntomConfigError } from '../../src/errors.ts';
import { createOperationSender } from '../../src/operation-sender.ts';
import { buildSignContent } from '../../src/signing/sign-content.ts';
import { verifyRsaSha256 } from '../../src/signing/rsa.ts';
import { parseSignatureHeader } from '../../src/signing/signature-header.ts';
import { attemptsOf } from '../../src/transport/transport.ts';
import { replySigned, startRecordingServer } from './helpers/recording-server.ts';
import type { RecordingServer } from './helpers/recording-server.ts';
import { CLIENT_ID, makeSend, merchantKeys, signer } from './helpers/transport-fixtures.ts';

const reserve: OperationRoute = { operationId: 'reserveLocker', method: 'POST', path: '/lockers/{lockerId}/reservations', hasBody: true };
const list: OperationRoute = { operationId: 'listLockers', method: 'GET', path: '/lockers', hasBody: false };
const answer = JSON.stringify({ result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'Success' } });

describe('createOperationSender', () => {
  let server: RecordingServer;
  let baseUrl = '';
  beforeAll(async () => {
    server = await startRecordingServer((ctx) => replySigned(ctx, signer, answer));
    baseUrl = `${server.origin}/ams/sandbox/api`;
  });
  afterAll(() => server.close());

  const lastRequest = () => {
    const request = server.requests.at(-1);
    if (!request) throw new Error('nothing was sent');
    return request;
  };
  const expectSignedOver = (path: string, body: string) => {
    const request = lastRequest();
    expect(request.path).toBe(path);
    expect(request.body.toString('utf8')).toBe(body);
    const header = parseSignatureHeader(String(request.headers.signature));
    const content = buildSignContent({ method: request.method, path, clientId: CLIENT_ID, time: String(request.headers['request-time']), body });
    expect(verifyRsaSha256(content, header?.signature ?? '', merchantKeys.publicKey)).toBe(true);
  };

  it('expands and encodes path parameters, sends the JSON body, and signs the path actually sent', async () => {
    const send = createOperationSender(makeSend(), baseUrl);
    const result = (await send(reserve, { size: 'M', holder: 'Zoë' }, { params: { path: { lockerId: 'A/1 b' } } })) as { data: unknown; response: Response };
    expect(result.data).toEqual(JSON.parse(answer));
    expect(attemptsOf(result.response)).toBe(1);
    expect(result.response).toBe(result.response);
    expect(await result.response.json()).toEqual(JSON.parse(answer));
    expectSignedOver('/ams/sandbox/api/lockers/A%2F1%20b/reservations', JSON.stringify({ size: 'M', holder: 'Zoë' }));
  });

  it('serializes the query (arrays repeated, objects as key[field], undefined dropped) and signs it with the path', async () => {
    const send = createOperationSender(makeSend(), baseUrl);
    await send(list, undefined, { params: { query: { size: ['S', 'M'], near: { lat: 1.5, lng: -2 }, q: 'a&b', skip: undefined } } });
    expect(lastRequest().method).toBe('GET');
    expectSignedOver('/ams/sandbox/api/lockers?size=S&size=M&near%5Blat%5D=1.5&near%5Blng%5D=-2&q=a%26b', '');
  });

  it('sends header parameters and extra headers, while its own four headers win', async () => {
    const send = createOperationSender(makeSend(), baseUrl);
    await send(list, undefined, { params: { header: { 'X-Locker-Site': 7 } }, headers: { 'x-trace-id': 't-1', 'Client-Id': 'spoofed', signature: 'forged' } });
    const { headers } = lastRequest();
    expect(headers['x-locker-site']).toBe('7');
    expect(headers['x-trace-id']).toBe('t-1');
    expect(headers['client-id']).toBe(CLIENT_ID);
    expectSignedOver('/ams/sandbox/api/lockers', '');
  });

  it.each(['fetch', 'baseUrl', 'middleware', 'Request', 'parseAs', 'bodySerializer'])(
    'rejects the per-call option %s before anything is signed or sent',
    async (key) => {
      const send = createOperationSender(makeSend(), baseUrl);
      const before = server.requests.length;
      await expect(send(list, undefined, { [key]: 'x' })).rejects.toThrow(AntomConfigError);
      await expect(send(list, undefined, { [key]: 'x' })).rejects.toThrow(`listLockers(options).${key}`);
      expect(server.requests.length).toBe(before);
    },
  );

  it.each([
    { name: 'a missing path parameter', body: { size: 'S' }, options: { params: { path: {} } }, want: 'reserveLocker(options).params.path.lockerId' },
    { name: 'an empty path parameter (it would leave // in the path)', body: { size: 'S' }, options: { params: { path: { lockerId: '' } } }, want: 'cannot be empty' },
    { name: 'a header name that is only valid once lower-cased (KELVIN SIGN)', body: { size: 'S' }, options: { params: { path: { lockerId: 'L1' } }, headers: { '\u212Aey': 'v' } }, want: 'headers.' },
    { name: 'a ".." path parameter (URL parsing would send the call elsewhere)', body: { size: 'S' }, options: { params: { path: { lockerId: '..' } } }, want: 'cannot be empty, "." or ".."' },
    { name: 'a body JSON cannot hold', body: { size: 1n }, options: { params: { path: { lockerId: 'L1' } } }, want: 'reserveLocker(body)' },
    { name: 'a header value with a line break', body: { size: 'S' }, options: { params: { path: { lockerId: 'L1' } }, headers: { 'x-note': 'a\r\nx-injected: 1' } }, want: 'headers.x-note' },
  ])('rejects $name with AntomConfigError, sending nothing', async ({ body, options, want }) => {
    const send = createOperationSender(makeSend(), baseUrl);
    const before = server.requests.length;
    const error = await send(reserve, body, options).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(AntomConfigError);
    expect((error as Error).message).toContain(want);
    expect(server.requests.length).toBe(before);
  });

  it('signs the path as sent when URL parsing re-encodes the query (O\'Brien -> O%27Brien)', async () => {
    const send = createOperationSender(makeSend(), baseUrl);
    await send(list, undefined, { params: { query: { q: "O'Brien" } } });
    expectSignedOver('/ams/sandbox/api/lockers?q=O%27Brien', '');
  });

  it('drops caller headers that frame the message or pick the host', async () => {
    const send = createOperationSender(makeSend(), baseUrl);
    await send(list, undefined, { headers: { 'Content-Length': '5', Host: 'attacker.example', Connection: 'close', 'x-kept': '1' } });
    const { headers } = lastRequest();
    expect(headers['content-length']).toBeUndefined();
    expect(headers.host).toBe(new URL(baseUrl).host);
    expect(headers['x-kept']).toBe('1');
    expectSignedOver('/ams/sandbox/api/lockers', '');
  });

  it('sends a JSON-family body as JSON and refuses any other media type (Antom is JSON-only), sending nothing', async () => {
    const send = createOperationSender(makeSend(), baseUrl);
    await send({ ...reserve, requestMediaType: 'application/json; charset=UTF-8' }, { size: 'S' }, { params: { path: { lockerId: 'L1' } } });
    expectSignedOver('/ams/sandbox/api/lockers/L1/reservations', '{"size":"S"}');
    const before = server.requests.length;
    const form = { ...reserve, requestMediaType: 'application/x-www-form-urlencoded' };
    const refused = send(form, { size: 'S' }, { params: { path: { lockerId: 'L1' } } });
    await expect(refused).rejects.toThrow(AntomConfigError);
    await expect(refused).rejects.toThrow(/reserveLocker\(body\).*is sent as application\/x-www-form-urlencoded/);
    expect(server.requests.length).toBe(before);
  });
});
