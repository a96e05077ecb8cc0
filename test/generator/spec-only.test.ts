// "Adding an operation touches spec/ only": a copy of spec/ gains an operation with its own result table, and the
// generated client types it, signs a real call to a loopback server with it, the mock serves every code of its
// table on request and the docs list those codes; no hand-written file of the repository changes.
import { execFileSync } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMock } from '../../sandbox/server.ts';
import { ANTOM_TEST_PRIVATE_KEY_PATH, ANTOM_TEST_PUBLIC_KEY_PATH, MERCHANT_TEST_PRIVATE_KEY_PATH, MERCHANT_TEST_PUBLIC_KEY_PATH, TEST_CLIENT_ID, readTestKey } from '../../sandbox/test-keys.ts';
import { createOperationSender } from '../../src/operation-sender.ts';
import { createSignedSend } from '../../src/transport/transport.ts';
import { createOpensslWorkspace, opensslSign, opensslVerify } from '../runtime/helpers/openssl.ts';
import { ROOT, copySpec, runGenerate, typecheckFolder } from './helpers.ts';
import { FIXTURE_CODES, FIXTURE_PATH, addFixtureOperation } from './spec-only.fixture.ts';

type FixtureCall = (body: { fixtureId: string; amount: number }, options?: { headers?: Record<string, string> }) => Promise<{ data: { result: { resultCode: string; resultStatus: string }; fixtureId?: string } }>;
type Bind = (send: unknown) => { fixtureOp: FixtureCall };

const gitStatus = () => execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: ROOT, encoding: 'utf8' });

/** An operations object over the temp client's bindOperations and the project's signing sender (createAntomClient's parts). */
function signedClient(bind: Bind, baseUrl: string): { fixtureOp: FixtureCall } {
  const send = createSignedSend({
    clientId: TEST_CLIENT_ID,
    privateKey: readTestKey(MERCHANT_TEST_PRIVATE_KEY_PATH),
    antomPublicKey: readTestKey(ANTOM_TEST_PUBLIC_KEY_PATH),
    keyVersion: 1,
    verifyResponses: true,
    timeoutMs: 30_000,
    retry: false,
  });
  return bind(createOperationSender(send, baseUrl));
}

describe('adding an operation touches spec/ only', () => {
  const before = gitStatus();
  let dir = '';
  let out = '';
  let bind: Bind;
  beforeAll(async () => {
    ({ dir } = copySpec());
    addFixtureOperation(dir);
    out = path.join(dir, 'generated');
    const result = runGenerate(['--spec', path.join(dir, 'spec/openapi.yaml'), '--out', out, '--no-cache'], dir);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    ({ bindOperations: bind } = (await import(pathToFileURL(path.join(out, 'client.ts')).href)) as { bindOperations: Bind });
  }, 180_000);

  afterAll(() => {
    expect(gitStatus()).toBe(before);
  });

  it('types the new method: a correct body compiles, a wrong one does not', () => {
    writeFileSync(
      path.join(dir, 'consumer.ts'),
      [
        "import { createOperations, type DataResults, type Operations } from './generated/client.ts';",
        "import { lookupResultCode, resultCodeTables, type FixtureOpResultCode } from './generated/result-codes.ts';",
        "const api = createOperations({ baseUrl: 'http://127.0.0.1:9/ams/api' });",
        "export const ok = () => api.fixtureOp({ fixtureId: 'F-1', amount: 5 });",
        '// @ts-expect-error amount is an integer, not a string',
        "export const wrong = () => api.fixtureOp({ fixtureId: 'F-1', amount: 'five' });",
        '// @ts-expect-error fixtureId is required',
        'export const missing = () => api.fixtureOp({ amount: 5 });',
        'declare const signed: Operations<DataResults>;',
        "export const code = async (): Promise<string> => (await signed.fixtureOp({ fixtureId: 'F-2', amount: 1 })).data.result.resultCode;",
        "export const listed: FixtureOpResultCode = 'PARAM_ILLEGAL';",
        "export const entry = lookupResultCode('fixtureOp', 'SUCCESS');",
        'export const table = resultCodeTables.fixtureOp;',
        '',
      ].join('\n'),
    );
    const output = typecheckFolder(dir, { files: ['consumer.ts'] });
    expect(output).toBe('');
  }, 120_000);

  it('signs a call that a loopback server verifies with openssl, and verifies its signed answer', async () => {
    const ws = createOpensslWorkspace();
    const seen: { path: string; verified: boolean; body: string }[] = [];
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const target = req.url ?? '';
        const signature = decodeURIComponent(/signature=([^,]+)/.exec(String(req.headers.signature))?.[1] ?? '');
        const content = `${req.method} ${target}\n${String(req.headers['client-id'])}.${String(req.headers['request-time'])}.${body}`;
        seen.push({ path: target, body, verified: opensslVerify(ws, MERCHANT_TEST_PUBLIC_KEY_PATH, content, signature) });
        const answer = JSON.stringify({ result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'Success' }, fixtureId: 'F-7' });
        const time = String(Date.now());
        const signed = opensslSign(ws, ANTOM_TEST_PRIVATE_KEY_PATH, `${req.method} ${target}\n${TEST_CLIENT_ID}.${time}.${answer}`);
        res.writeHead(200, { 'content-type': 'application/json', 'client-id': TEST_CLIENT_ID, 'response-time': time, signature: `algorithm=RSA256,keyVersion=1,signature=${encodeURIComponent(signed)}` });
        res.end(answer);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const client = signedClient(bind, `http://127.0.0.1:${port}/ams/api`);
      const { data } = await client.fixtureOp({ fixtureId: 'F-7', amount: 7 });
      expect(data.result.resultCode).toBe('SUCCESS');
      expect(data.fixtureId).toBe('F-7');
      expect(seen).toEqual([{ path: `/ams/api${FIXTURE_PATH}`, body: JSON.stringify({ fixtureId: 'F-7', amount: 7 }), verified: true }]);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      ws.dispose();
    }
  }, 60_000);

  it('is served by the mock, every code of its table on request with Prefer: example=<CODE>', async () => {
    const mock = await startMock({ port: 0, specPath: path.join(out, 'openapi.json'), verifyRequests: true, log: () => undefined });
    try {
      const client = signedClient(bind, `${mock.url}/ams/api`);
      const plain = await client.fixtureOp({ fixtureId: 'F-1', amount: 1 });
      expect(plain.data.result.resultCode).toBe('SUCCESS');
      for (const row of FIXTURE_CODES) {
        const { data } = await client.fixtureOp({ fixtureId: 'F-1', amount: 1 }, { headers: { Prefer: `example=${row.code}` } });
        expect(data.result).toMatchObject({ resultCode: row.code, resultStatus: row.status });
      }
    } finally {
      await mock.close();
    }
  }, 120_000);

  it('is documented: the rendered docs list every code of its table with its action', () => {
    const html = path.join(dir, 'site/index.html');
    execFileSync(path.join(ROOT, 'node_modules/.bin/redocly'), ['build-docs', path.join(out, 'openapi.json'), '--output', html, '--lint-config', 'off'], {
      cwd: dir,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off' },
      stdio: 'ignore',
      timeout: 120_000,
    });
    const page = readFileSync(html, 'utf8');
    const bundle = JSON.parse(readFileSync(path.join(out, 'openapi.json'), 'utf8')) as { paths: Record<string, { post: { description: string } }> };
    const description = bundle.paths[FIXTURE_PATH]?.post.description ?? '';
    expect(page).toContain('Run the fixture operation');
    for (const row of FIXTURE_CODES) {
      expect(description).toContain(`| \`${row.code}\` | \`${row.status}\` |`);
      expect(page).toContain(row.action);
    }
  }, 180_000);
});
