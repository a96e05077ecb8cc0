// One API on every runtime, from the packed tarball: the same consumer (fixtures/runtime-consumer.mjs) runs on the
// machine's Node, Node 22 and 24, Bun, Deno, workerd without and with nodejs_compat, and Vercel's edge runtime
// (no node:* at all), importing `antom-pay` and `antom-pay/sandbox`. Each run pays against a real sandbox on a free
// 127.0.0.1 port (the request signed, the signed answer verified), drives it with `antom-pay/sandbox`'s control
// client and signs with its test keys, and verifies the notification the sandbox really delivers after the payment is
// completed: the harness's endpoint below receives it, acknowledges it, and hands it to the runtime as received.
// Then it pays a gateway that answers badly (helpers/hostile-gateway.ts: stalls, a gzip bomb, bytes past the
// Content-Length), which checks on each runtime what the package trusts its own fetch with (src/transport/exchange-fetch.ts).
// A runtime that is not installed fails its test (global setup installs them all).
import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runOnTarget, TARGETS } from '../../scripts/runtimes/run.ts';
import type { Target } from '../../scripts/runtimes/run.ts';
import { startSandbox } from '../../sandbox/server.ts';
import type { RunningMock } from '../../sandbox/server.ts';
import {
  ANTOM_TEST_PRIVATE_KEY_PATH,
  ANTOM_TEST_PUBLIC_KEY_PATH,
  MERCHANT_TEST_PRIVATE_KEY_PATH,
  MERCHANT_TEST_PRIVATE_KEY_PKCS1_PEM_PATH,
  MERCHANT_TEST_PUBLIC_KEY_PATH,
  TEST_SANDBOX_CLIENT_ID,
  readTestKey,
} from '../../sandbox/test-keys.ts';
import { createConsumer } from './helpers/consumer.ts';
import { startHostileGateway } from './helpers/hostile-gateway.ts';
import type { HostileGateway } from './helpers/hostile-gateway.ts';

/** Runtimes where node:crypto is used, so the synchronous verifiers work; elsewhere they name the async form. */
const SYNC_CAPABLE = new Set<Target>(['node', 'node22', 'node24', 'bun', 'deno']);

interface Captured {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

const dir = join(inject('packageWorkDir'), 'consumer-runtimes');
const entry = join(dir, 'runtime-consumer.mjs');
let sandbox: RunningMock;
let harness: Server;
let harnessOrigin = '';
let hostile: HostileGateway;
const captured = new Map<string, Captured>();
const waiting = new Map<string, (notice: Captured) => void>();

/** A PEM block alone (the test key files start with a notice line), as a .env file holds it: quoted, literal \n. */
function envForm(file: string): string {
  const pem = /-----BEGIN [^-]+-----[\s\S]+?-----END [^-]+-----/.exec(readTestKey(file))?.[0] ?? '';
  return `"${pem.replaceAll('\n', '\\n')}"`;
}

beforeAll(async () => {
  await createConsumer({ dir, fixtures: ['runtime-consumer.mjs'], tarball: inject('packageTarball'), packages: [] });
  sandbox = await startSandbox({ port: 0, verifyRequests: true, log: () => undefined });
  hostile = await startHostileGateway(TEST_SANDBOX_CLIENT_ID, createPrivateKey(readTestKey(ANTOM_TEST_PRIVATE_KEY_PATH)));
  harness = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'GET' && url.pathname === '/captured') {
      const id = url.searchParams.get('paymentRequestId') ?? '';
      const send = (notice: Captured): void => void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(notice));
      const known = captured.get(id);
      if (known) send(known);
      else waiting.set(id, send);
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const notice: Captured = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      const id = (JSON.parse(notice.body) as { paymentRequestId?: string }).paymentRequestId ?? '';
      if (!captured.has(id)) captured.set(id, notice);
      waiting.get(id)?.(notice);
      waiting.delete(id);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success"}}');
    });
  });
  await new Promise<void>((resolve) => harness.listen(0, '127.0.0.1', resolve));
  harnessOrigin = `http://127.0.0.1:${(harness.address() as AddressInfo).port}`;
}, 300_000);

afterAll(async () => {
  harness?.closeAllConnections();
  await new Promise((resolve) => harness?.close(resolve));
  await sandbox?.close();
  await hostile?.close();
});

describe('the same consumer on every runtime, from the packed tarball', () => {
  const weak = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

  it.each(TARGETS)('%s: signed pay, verified answer, keys and control client of antom-pay/sandbox, a real notification verified, a tampered one refused, a hostile gateway cut off', async (target) => {
    const paymentRequestId = `pay-runtime-${target}-${Date.now()}`;
    const input = {
      sandbox: sandbox.url,
      clientId: TEST_SANDBOX_CLIENT_ID,
      privateKeyEnv: envForm(MERCHANT_TEST_PRIVATE_KEY_PATH),
      pkcs1PrivateKey: readTestKey(MERCHANT_TEST_PRIVATE_KEY_PKCS1_PEM_PATH),
      antomPublicKey: readTestKey(ANTOM_TEST_PUBLIC_KEY_PATH),
      wrongAntomPublicKey: readTestKey(MERCHANT_TEST_PUBLIC_KEY_PATH),
      weakPrivateKey: weak,
      paymentRequestId,
      notifyUrl: `${harnessOrigin}/antom/notify/${target}`,
      capturedUrl: `${harnessOrigin}/captured`,
      hostile: hostile.origin,
    };
    const report = (await runOnTarget(target, entry, input, inject('runtimes'))) as Record<string, any>;

    expect(report.badKeys.garbage, JSON.stringify(report)).toMatch(/^AntomConfigError:/);
    expect(report.badKeys.weak).toMatch(/^AntomConfigError:.*1024 bits; at least 2048/);
    expect(report.badKeys.publicAsPrivate).toMatch(/^AntomConfigError:.*public key, not a private key/);
    expect(report.pkcs1SignsAsPkcs8).toBe(true);
    expect(report.modulusLength).toBe(2048);
    expect(report.pay).toEqual({ resultCode: 'PAYMENT_IN_PROCESS', kind: 'redirect', paymentRequestId, cashierOnSandbox: true });
    expect(report.wrongKeyInquiry).toBe('AntomSignatureError:bad-signature');
    // antom-pay/sandbox on this runtime: its control client lists and completes the payment, refuses an unknown one
    // with its own error class, and its test keys and client ID sign an inquiry the sandbox accepts.
    expect(report.sandboxEntry).toEqual({
      listed: ['true:PROCESSING'],
      completed: 'SUCCESS',
      unknownPayment: 'SandboxControlError:404:NOT_FOUND',
      inquiry: 'SUCCESS:SUCCESS',
    });
    expect(captured.get(paymentRequestId)?.path).toBe(`/antom/notify/${target}`);
    expect(report.notification).toEqual({ kind: 'payment', notifyType: 'PAYMENT_RESULT', paymentRequestId });
    expect(report.standalonePaymentRequestId).toBe(paymentRequestId);
    expect(report.tamperedBodyChanged).toBe(true);
    expect(report.tampered).toBe('AntomSignatureError:bad-signature');
    expect(report.tamperedStandalone).toBe('AntomSignatureError:bad-signature');
    expect(report.verifyAsyncWorks).toBe(true);
    // Stalls end at the attempt timeout or the caller's abort. The runtime's own fetch asks for gzip and counts the
    // body as it decodes; node:http (Node's default) asks for no content coding and reads the bytes as sent, so the
    // stalled half ends at the timeout there. Bytes past the declared Content-Length are not body: fetch takes the
    // signed answer before them, Node's HTTP parser refuses the whole answer as malformed (a network error).
    const onNode = target === 'node' || target === 'node22' || target === 'node24';
    expect(report.hostile).toEqual({
      stalledFramed: 'AntomTimeoutError',
      stalledChunked: 'AntomTimeoutError',
      abortedWhileStalled: 'ShopperLeft',
      gzipBomb: onNode ? 'AntomTimeoutError' : 'AntomResponseTooLargeError',
      lying: onNode ? 'AntomNetworkError' : 'paid:PAYMENT_IN_PROCESS',
    });
    // The client signs through node:crypto on Node and Bun, through Web Crypto on Deno (faster there), workerd, edge.
    expect(report.payWebCryptoSigns).toBe(target.startsWith('node') || target === 'bun' ? 0 : 1);
    if (SYNC_CAPABLE.has(target)) {
      expect(report.syncVerify).toBe('payment');
      expect(report.syncStandalone).toBe(paymentRequestId);
    } else {
      expect(report.syncVerify).toMatch(/^AntomConfigError:.*call verifyNotificationAsync\(\) instead/);
      expect(report.syncStandalone).toMatch(/^AntomConfigError:.*call verifyNotificationAsync\(\) instead/);
    }
    // What each runtime really offered the package: no process or Buffer on the edge runtime and on workerd
    // without nodejs_compat; workerd is recognised by its user agent.
    const runtime = report.runtime as Record<string, string | null>;
    if (target === 'edge-runtime') expect(runtime).toMatchObject({ process: 'undefined', buffer: 'undefined', edgeRuntime: 'string' });
    if (target === 'workerd') expect(runtime).toMatchObject({ process: 'undefined', buffer: 'undefined', userAgent: 'Cloudflare-Workers' });
    if (target === 'workerd-nodejs-compat') expect(runtime).toMatchObject({ process: 'object', userAgent: 'Cloudflare-Workers' });
    if (target === 'bun' || target === 'deno') expect(String(runtime['userAgent']).toLowerCase()).toContain(target);
  });
});
