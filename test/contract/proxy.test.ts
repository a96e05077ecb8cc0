// The validating proxy (Prism proxy mode, --errors) in front of a local upstream on loopback that answers with a
// conforming pay response, or with one that breaks a rule of the spec. Conforming traffic passes untouched
// (signatures included); a violation is replaced by Prism's 500 problem+json and reported with the broken rule.
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interpretPayResult, parsePrivateKey } from '../../src/index.ts';
import type { PayBody } from '../../src/index.ts';
import { startContractProxy } from '../../sandbox/contract-proxy.ts';
import type { RunningContractProxy } from '../../sandbox/contract-proxy.ts';
import { signResponse } from '../../sandbox/response-signing.ts';
import { DEFAULT_SPEC_PATH } from '../../sandbox/server.ts';
import { ANTOM_TEST_PRIVATE_KEY_PATH, readTestKey } from '../../sandbox/test-keys.ts';
import { signedPost } from './helpers/signed-post.ts';
import { requestExample } from './helpers/spec.ts';
import { createTestClient } from './helpers/test-client.ts';

const SCENARIO_HEADER = 'x-upstream-scenario';
/** What the upstream answers, by scenario; every answer is signed like Antom's unless `unsigned`. */
const SCENARIOS: Record<string, { body: unknown; unsigned?: boolean }> = {
  conforming: { body: { result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'Success' }, paymentId: '2024120119401080010018800000001' } },
  'bad-status': { body: { result: { resultCode: 'SUCCESS', resultStatus: 'X', resultMessage: 'Success' } } },
  'no-result': { body: { paymentId: '2024120119401080010018800000002' } },
  unsigned: { body: { result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'Success' } }, unsigned: true },
};

const antomKey = parsePrivateKey(readTestKey(ANTOM_TEST_PRIVATE_KEY_PATH));
const body = JSON.stringify(requestExample());
let upstream: Server;
let proxy: RunningContractProxy;
const upstreamPaths: string[] = [];

beforeAll(async () => {
  upstream = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      upstreamPaths.push(req.url ?? '');
      const scenario = SCENARIOS[String(req.headers[SCENARIO_HEADER] ?? 'conforming')] ?? SCENARIOS.conforming!;
      const text = JSON.stringify(scenario.body);
      const clientId = String(req.headers['client-id'] ?? '');
      void signResponse({ method: 'POST', path: req.url ?? '', clientId, body: text }, antomKey).then((signed) => {
        res.writeHead(200, { 'content-type': 'application/json', ...(scenario.unsigned ? {} : signed) });
        res.end(text);
      });
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  const { port } = upstream.address() as AddressInfo;
  proxy = await startContractProxy({ upstream: `http://127.0.0.1:${port}`, specPath: DEFAULT_SPEC_PATH, port: 0 });
});

afterAll(async () => {
  await proxy?.close();
  await new Promise<void>((resolve) => (upstream ? upstream.close(() => resolve()) : resolve()));
});

describe('validating proxy in front of an upstream', () => {
  it('when the upstream answers a conforming, signed pay response, then it passes untouched and the client verifies it', async () => {
    const client = createTestClient({ baseUrl: proxy.url });
    const { data } = await client.pay(JSON.parse(body) as PayBody, { headers: { [SCENARIO_HEADER]: 'conforming' } });

    expect(interpretPayResult(data).kind).toBe('success');
    expect(upstreamPaths.at(-1)).toBe('/ams/api/v1/payments/pay');
    expect(proxy.exchanges.at(-1)).toMatchObject({ status: 200, findings: [] });
  });

  it.each([
    { scenario: 'bad-status', location: 'response.body.result.resultStatus', rule: 'enum' },
    { scenario: 'no-result', location: 'response.body', rule: 'required' },
    { scenario: 'unsigned', location: 'response.header', rule: 'required' },
  ])('when the upstream answers $scenario, then Prism replaces it with a 500 naming $location [$rule]', async ({ scenario, location, rule }) => {
    const result = await signedPost(proxy.url, body, undefined, { [SCENARIO_HEADER]: scenario });

    expect(result.status).toBe(500);
    const problem = JSON.parse(result.text) as { type: string; validation: Array<{ location: string[]; code: string }> };
    expect(problem.type).toBe('https://stoplight.io/prism/errors#VIOLATIONS');
    expect(problem.validation.some((item) => item.location.join('.').startsWith(location) && item.code === rule)).toBe(true);
    expect(JSON.parse(result.headers.get('sl-violations') ?? '[]')).toEqual(problem.validation);
    expect(proxy.exchanges.at(-1)?.findings).toContainEqual(expect.objectContaining({ rule, location: expect.stringMatching(new RegExp(`^${location.replaceAll('.', '\\.')}`)) }));
  });

  it('when the client sends a body that breaks the spec, then Prism refuses it with 422 before the upstream sees it', async () => {
    const before = upstreamPaths.length;
    const result = await signedPost(proxy.url, JSON.stringify({ ...requestExample(), productCode: 'NOT_A_PRODUCT' }));

    expect(result.status).toBe(422);
    expect(upstreamPaths.length).toBe(before);
    expect(proxy.exchanges.at(-1)?.findings).toContainEqual(expect.objectContaining({ location: 'request.body.productCode', rule: 'enum' }));
  });
});
