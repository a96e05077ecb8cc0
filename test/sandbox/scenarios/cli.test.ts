// `antom-pay-sandbox <command>` as a user runs it (node + tsx on sandbox/cli.ts, a real process) against a real
// sandbox: the payments table, complete, dispute, judge, clock, resend and reset, their --help, and the exit codes:
// 0 done, 1 the sandbox refused or is not running (with how to start it), 2 a usage mistake.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandboxControl } from '../../../sandbox/index.ts';
import { findFreePort } from '../../../sandbox/free-port.ts';
import type { RunningMock } from '../../../sandbox/server.ts';
import { ACK, startMerchant } from '../helpers/merchant.ts';
import type { Merchant } from '../helpers/merchant.ts';
import { checkedClient, payBody, startTestSandbox } from '../helpers/sandbox.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
let sandbox: RunningMock;
let merchant: Merchant;

beforeAll(async () => {
  [sandbox, merchant] = await Promise.all([startTestSandbox(), startMerchant()]);
});
afterAll(async () => {
  await sandbox?.close();
  await merchant?.close();
});

/** Runs `antom-pay-sandbox ...args` to its end. */
function cli(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'sandbox/cli.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

async function pay(): Promise<{ paymentId: string; paymentRequestId: string }> {
  const body = payBody({ paymentNotifyUrl: `${merchant.url}/cli` });
  const { data } = await checkedClient(sandbox.url).pay(body);
  return { paymentId: data.paymentId!, paymentRequestId: body.paymentRequestId };
}

describe('antom-pay-sandbox commands', () => {
  it('when a payment is completed, disputed and its notification resent, then each command says what happened and exits 0', async () => {
    const { paymentId, paymentRequestId } = await pay();
    const listed = await cli('payments', '--url', sandbox.url);
    expect(listed.code, listed.stderr).toBe(0);
    const [header, ...rows] = listed.stdout.trimEnd().split('\n');
    expect(header).toMatch(/^PAYMENT ID +PAYMENT REQUEST ID +STATUS +AMOUNT +METHOD +CLIENT ID +CREATED +LATEST NOTIFICATION$/);
    expect(rows.find((row) => row.startsWith(paymentId))).toMatch(new RegExp(`^${paymentId} +${paymentRequestId} +PROCESSING +USD \\d+ +\\S+ +TEST_2024_MERCHANT_0001 +\\S+Z +-$`));

    const completed = await cli('complete', paymentId, 'success', '--url', sandbox.url);
    expect(completed).toMatchObject({ code: 0, stderr: '' });
    expect(completed.stdout).toBe(`Payment ${paymentId} (${paymentRequestId}) is now SUCCESS.\n  notifyPayment #1 → ${merchant.url}/cli acknowledged (HTTP 200)\n`);
    expect(merchant.received.filter((item) => item.path === '/cli' && item.verified)).toHaveLength(1);

    const disputed = await cli('dispute', paymentId, '--type', 'chargeback', '--reason', '13.1', '--url', sandbox.url);
    expect(disputed.code, disputed.stderr).toBe(0);
    const disputeId = /^Dispute (\S+) opened on payment /.exec(disputed.stdout)?.[1] ?? '';
    expect((await createSandboxControl({ url: sandbox.url }).payment(paymentId)).disputes).toEqual([{ disputeId, disputeStatus: 'OPEN' }]);

    const judged = await cli('judge', disputeId, 'ACCEPT_BY_MERCHANT', '--url', sandbox.url);
    expect(judged).toMatchObject({ code: 1, stdout: '' });
    expect(judged.stderr).toMatch(/^The sandbox refused: .+ \(HTTP 409 CONFLICT\)\n$/);

    merchant.answer = () => ({ status: 500, body: 'down' });
    const resent = await cli('resend', paymentId, '--url', sandbox.url);
    expect(resent.code, resent.stderr).toBe(0);
    // The latest notification is the dispute's, addressed to the Dashboard URL this sandbox does not have.
    expect(resent.stdout).toMatch(new RegExp(`^dispute #2 \\(resent\\) for ${disputeId} → \\(no URL\\) NOT acknowledged: not delivered: no notification URL`));
    merchant.answer = () => ACK;
    const table = await cli('payments', '--request-id', paymentRequestId, '--url', sandbox.url);
    expect(table.stdout).toMatch(/ dispute #2 not delivered\n$/);

    const json = await cli('payments', '--request-id', paymentRequestId, '--json', '--url', sandbox.url);
    expect((JSON.parse(json.stdout) as Array<{ paymentStatus: string; notifications: unknown[] }>).map((item) => [item.paymentStatus, item.notifications.length])).toEqual([['SUCCESS', 3]]);
  });

  it('when the clock is moved and the sandbox reset, then the new time and the empty sandbox are reported', async () => {
    const moved = await cli('clock', '+2h', '--json', '--url', sandbox.url);
    expect(moved.code, moved.stderr).toBe(0);
    expect((JSON.parse(moved.stdout) as { offsetMs: number }).offsetMs).toBeGreaterThanOrEqual(2 * 3_600_000);
    const reset = await cli('reset', '--url', sandbox.url);
    expect(reset).toMatchObject({ code: 0, stdout: `The sandbox at ${sandbox.url} is empty again.\n` });
    expect(await cli('payments', '--url', sandbox.url)).toMatchObject({ code: 0, stdout: 'No payments yet: pay or create a payment session against the sandbox first.\n' });
    expect((await createSandboxControl({ url: sandbox.url }).advanceClock(0)).offsetMs).toBeLessThan(60_000);
  });

  it('when another server answers at the URL, then the command says it is not the sandbox, how to start one, and exits 1', async () => {
    const other = createServer((_req, res) => res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not here</h1>'));
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
    try {
      const result = await cli('payments', '--url', url);
      expect(result).toMatchObject({ code: 1, stdout: '' });
      expect(result.stderr).toBe(
        `What answers at ${url} is not the Antom sandbox (HTTP 404, not the control API's JSON).\n  Start one in another terminal: npx antom-pay-sandbox   (in the antom-pay repository: npm run mock)\n  or give the URL of yours: antom-pay-sandbox <command> --url http://127.0.0.1:<port>\n`,
      );
    } finally {
      other.close();
    }
  });

  it('when the sandbox is not running at the URL, then the command says so, how to start one, and exits 1', async () => {
    const url = `http://127.0.0.1:${await findFreePort()}`;
    const result = await cli('payments', '--url', url);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `No sandbox answers at ${url} (ECONNREFUSED).\n  Start one in another terminal: npx antom-pay-sandbox   (in the antom-pay repository: npm run mock)\n  or give the URL of yours: antom-pay-sandbox <command> --url http://127.0.0.1:<port>\n`,
    );
  });

  it.each([
    [['complete'], /^complete needs <paymentId> \[SUCCESS\|FAIL\|PENDING\]\nUsage: antom-pay-sandbox complete /],
    [['complete', 'P1', 'PAID'], /^the outcome must be SUCCESS, FAIL or PENDING, not "PAID"\n/],
    [['clock', 'tomorrow'], /^"tomorrow" is not a duration: write \+15m, \+2h, 1d or 1h30m\n/],
    [['clock', '-5m'], /^"-5m": sandbox time only moves forward \(`reset` puts it back\)\nUsage: antom-pay-sandbox clock /],
    [['clock', '99999999999999999d'], /^"99999999999999999d" is too long a move: the sandbox clock stops before 9999-12-31\n/],
    [['reset', '--force'], /^Unknown option '--force'/],
    [['payments', '--url', 'not a url'], /^url must be the sandbox's http\(s\) origin/],
    [['paymets'], /^Unknown command "paymets"\.\nUsage: antom-pay-sandbox \[start\]/],
  ])('when the usage is wrong (%j), then it says what to type and exits 2', async (args, message) => {
    const result = await cli(...args);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(message);
  });

  it('when asked for help, then the server flags list the commands and each command has its own', async () => {
    const all = await cli('--help');
    expect(all.code).toBe(0);
    expect(all.stdout).toContain('--forward-to <url>');
    expect(all.stdout).toContain('--strict-notifications');
    for (const name of ['payments', 'complete', 'dispute', 'judge', 'clock', 'resend', 'reset']) expect(all.stdout).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
    const start = await cli('start', '--help');
    expect(start).toMatchObject({ code: 0, stdout: all.stdout });
    const one = await cli('dispute', '--help');
    expect(one).toMatchObject({ code: 0, stderr: '' });
    expect(one.stdout).toMatch(/^Usage: antom-pay-sandbox dispute <paymentId> \[--url <origin>\] \[--json\]\n/);
    expect(one.stdout).toContain('--type <value>  CHARGEBACK, RETRIEVAL_REQUEST or COMPLIANCE_REQUEST');
  });
});

describe('antom-pay-sandbox start --forward-to --strict-notifications', () => {
  it('when the server starts with both flags, then it says so, and a notification goes, varied, to the forward URL', async () => {
    const port = await findFreePort();
    const child: ChildProcess = spawn(
      process.execPath,
      ['--import', 'tsx', 'sandbox/cli.ts', 'start', '--port', String(port), '--no-https', '--quiet', '--forward-to', `${merchant.url}/forwarded`, '--strict-notifications', '--strict-seed', 'cli'],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    try {
      const deadline = Date.now() + 90_000;
      while (!output.includes('invalid requests:')) {
        if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the sandbox did not start:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(output).toContain(`  forward:  every notification goes to ${merchant.url}/forwarded (the URL each request named is recorded)\n`);
      expect(output).toContain('(seed cli)');
      const url = `http://127.0.0.1:${port}`;
      const { data } = await checkedClient(url).pay(payBody({ paymentNotifyUrl: 'http://127.0.0.1:9/named' }));
      const control = createSandboxControl({ url });
      await control.complete(data.paymentId!);
      await control.settle(data.paymentId!);
      const paid = await control.payment(data.paymentId!);
      expect(paid.notifications).toEqual([expect.objectContaining({ url: 'http://127.0.0.1:9/named', forwardedTo: `${merchant.url}/forwarded`, acknowledged: true })]);
      const [received] = merchant.received.filter((item) => item.path === '/forwarded');
      expect(received?.verified).toBe(true);
      expect(JSON.stringify(JSON.parse(received!.rawBody))).not.toBe(received!.rawBody);
    } finally {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    }
  });

  it('when --forward-to is not an http(s) URL, then the server does not start and says why', async () => {
    const result = await cli('--forward-to', 'ftp://example', '--no-https');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^--forward-to must be an absolute http\(s\) URL \(http:\/\/127\.0\.0\.1:3000\/antom\/notify\)\n/);
  });
});
