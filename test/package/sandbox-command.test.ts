// The sandbox as a package user runs it: a fresh project installs the packed tarball plus Prism (the optional peer
// dependency, this repo's version, from the npm cache), starts `npx antom-pay-sandbox --port 0 --https-port 0`,
// pays with the package's client and the shipped TEST-ONLY keys, judges a signed answer with the openssl CLI, and
// drives the running sandbox with the control client and the command's `complete` and `payments`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createOpensslWorkspace, opensslVerify } from '../runtime/helpers/openssl.ts';
import type { OpensslWorkspace } from '../runtime/helpers/openssl.ts';
import { createConsumer, installedVersion, ownManifest } from './helpers/consumer.ts';
import { run, runOk } from './helpers/run.ts';
import { isAlive, startSandboxCommand } from './helpers/sandbox-command.ts';
import type { SandboxCommand } from './helpers/sandbox-command.ts';

const dir = join(inject('packageWorkDir'), 'consumer-sandbox');
let sandbox: SandboxCommand | undefined;
let openssl: OpensslWorkspace;

interface Exchange {
  method: string;
  path: string;
  clientId: string;
  responseTime: string;
  signature: string;
  body: string;
}
interface PayReport {
  clientBaseUrl: string;
  pay: { result: { resultStatus: string; resultCode: string }; paymentRequestId: string; outcome: string; url?: string };
  inquiry: { result: { resultStatus: string; resultCode: string }; paymentStatus: string };
  exchange: Exchange;
  wrongKey: string;
  control: { paymentId: string; paymentStatus: string; clientId: string };
}

beforeAll(async () => {
  const prism = `@stoplight/prism-cli@${await installedVersion('@stoplight/prism-cli')}`;
  expect(prism).toBe(`@stoplight/prism-cli@${(await ownManifest()).peerDependencies['@stoplight/prism-cli']}`);
  await createConsumer({ dir, fixtures: ['sandbox-pay.mjs'], tarball: inject('packageTarball'), packages: [prism] });
  openssl = createOpensslWorkspace('antom-package-openssl-');
}, 280_000);

afterAll(() => {
  sandbox?.kill();
  openssl?.dispose();
});

describe('antom-pay-sandbox installed from the tarball with Prism', () => {
  it('starts with plain Node, answers a signed pay and inquiry, and stops Prism on Ctrl+C (SIGINT)', async () => {
    const keysJson = JSON.parse(await runOk('npx', ['--no-install', '--', 'antom-pay-sandbox', '--print-keys'], dir)) as {
      files: Record<string, string>;
      clientIds: Record<string, string>;
    };
    const installed = join(dir, 'node_modules', 'antom-pay', 'dist', 'sandbox', 'test-keys');
    const antomPublic = keysJson.files['antomPublicKey'] ?? '';
    const merchantPublic = keysJson.files['merchantPublicKey'] ?? '';
    expect(antomPublic).toBe(join(installed, 'antom-test-public.pem'));
    expect(existsSync(antomPublic)).toBe(true);

    sandbox = await startSandboxCommand(dir, ['--port', '0', '--https-port', '0', '--quiet']);
    expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const report = JSON.parse(await runOk(process.execPath, ['sandbox-pay.mjs', sandbox.url], dir)) as PayReport;
    // The banner (printed in full before the first request is served) names the shipped key to verify with.
    expect(sandbox.output()).toContain(`verify with ${antomPublic}`);
    expect(report.clientBaseUrl).toBe(`${sandbox.url}/ams/api`);
    expect(report.pay.result).toMatchObject({ resultStatus: 'U', resultCode: 'PAYMENT_IN_PROCESS' });
    expect(report.pay.outcome).toBe('redirect');
    expect(report.pay.url).toMatch(new RegExp(`^${sandbox.url}/__sandbox/cashier/`));
    expect(report.inquiry.result).toMatchObject({ resultStatus: 'S', resultCode: 'SUCCESS' });
    expect(report.inquiry.paymentStatus).toBe('PROCESSING');
    expect(report.wrongKey).toBe('AntomSignatureError:bad-signature');

    // The recorded inquiry answer, judged by openssl with the shipped test Antom public key (and not the merchant's).
    const { exchange } = report;
    expect(exchange).toMatchObject({ method: 'POST', path: '/ams/api/v1/payments/inquiryPayment', clientId: keysJson.clientIds['test'] });
    const signature = /(?:^|,)signature=([^,]+)/.exec(exchange.signature)?.[1];
    expect(signature, exchange.signature).toBeDefined();
    const content = `${exchange.method} ${exchange.path}\n${exchange.clientId}.${exchange.responseTime}.${exchange.body}`;
    expect(opensslVerify(openssl, antomPublic, content, decodeURIComponent(signature ?? ''))).toBe(true);
    expect(opensslVerify(openssl, merchantPublic, content, decodeURIComponent(signature ?? ''))).toBe(false);
    expect(opensslVerify(openssl, antomPublic, `${content} `, decodeURIComponent(signature ?? ''))).toBe(false);

    // The control client from `antom-pay/sandbox` found the payment; the command's control commands finish it.
    const paymentId = report.pay.url?.split('/').at(-1) ?? '';
    expect(report.control).toEqual({ paymentId, paymentStatus: 'PROCESSING', clientId: keysJson.clientIds['test'] });
    const completed = await run('npx', ['--no-install', '--', 'antom-pay-sandbox', 'complete', paymentId, '--url', sandbox.url], dir);
    expect(completed.code, completed.output).toBe(0);
    expect(completed.stdout).toMatch(new RegExp(`^Payment ${paymentId} \\(${report.pay.paymentRequestId}\\) is now SUCCESS\\.\n`));
    const listed = await runOk('npx', ['--no-install', '--', 'antom-pay-sandbox', 'payments', '--url', sandbox.url], dir);
    expect(listed).toMatch(new RegExp(`^${paymentId} +${report.pay.paymentRequestId} +SUCCESS +USD 100 `, 'm'));

    const prismPid = sandbox.prismPid;
    expect(isAlive(prismPid)).toBe(true);
    const stopped = await sandbox.stop();
    // As after Ctrl+C: the command stopped Prism and exited on its own, within the grace period.
    expect(stopped.killed, sandbox.output()).toBe(false);
    expect(sandbox.output()).toContain('SIGINT: stopping the sandbox and Prism');
    expect(isAlive(prismPid)).toBe(false);
  });
});
