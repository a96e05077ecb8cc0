// The examples as CI tests, against the real sandbox process started the way `npm run mock` starts it
// (tsx sandbox/cli.ts): the whole flow (pay → cashier click → verified notifyPayment → inquiryPayment → two partial
// refunds → a third refused → inquiryRefund), then a session paid on the hosted Checkout Page and one paid in the
// Payment Element; then `npm run example -- --flow` and `-- --checkout-page` themselves run against the same process.
// The process is started with --notify-url (nothing listens there): a dispute's notification is recorded as
// addressed to it.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSession } from '../../../scripts/example-checkout.ts';
import { runFlow } from '../../../scripts/example-flow.ts';
import { findFreePort } from '../../../sandbox/free-port.ts';
import { checkedClient, getPayment, openDispute, settle } from '../helpers/sandbox.ts';
import { sessionPayment } from '../helpers/sessions.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
let child: ChildProcess;
let url: string;
let output = '';
let dashboardUrl: string;

/** Runs `npm run example` with `args` (what `npm run example -- <args>` runs) and returns its exit code and output. */
async function example(args: string[]): Promise<{ code: number | null; printed: string }> {
  const child = run(['scripts/example.ts', ...args, '--base-url', url]);
  let printed = '';
  child.stdout?.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, printed };
}

function run(args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}

beforeAll(async () => {
  const port = await findFreePort();
  dashboardUrl = `http://127.0.0.1:${await findFreePort()}/antom/dashboard`;
  child = run(['sandbox/cli.ts', '--port', String(port), '--no-https', '--notify-url', dashboardUrl]);
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const deadline = Date.now() + 90_000;
  while (!output.includes('listening on')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the sandbox did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  url = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  }
});

describe('whole flow against `npm run mock`', () => {
  it('when the example flow runs, then every step has the expected outcome and the sandbox holds the refunds and the acknowledged notification', async () => {
    const lines: string[] = [];
    const steps = await runFlow(checkedClient(url), (line) => lines.push(line));
    expect(steps.map((step) => [step.step, step.outcome])).toEqual([
      ['pay', 'PAYMENT_IN_PROCESS'],
      ['cashier: Pay', 'HTTP 303'],
      ['notifyPayment', 'PAYMENT_RESULT SUCCESS'],
      ['inquiryPayment', 'paymentStatus SUCCESS'],
      ['refund 1', 'SUCCESS'],
      ['refund 2', 'SUCCESS'],
      ['refund 3', 'REFUND_AMOUNT_EXCEED'],
      ['inquiryRefund', 'refundStatus SUCCESS'],
    ]);
    expect(lines).toHaveLength(8);
    const paymentId = /paymentId (\S+),/.exec(steps[0]!.detail)?.[1] ?? '';
    await settle(url);
    const view = await getPayment(url, paymentId);
    expect(view.paymentStatus).toBe('SUCCESS');
    expect(view.refunds.map((refund) => [refund.refundStatus, refund.refundAmount.value])).toEqual([['SUCCESS', '800'], ['SUCCESS', '700']]);
    expect(view.notifications).toEqual([expect.objectContaining({ kind: 'notifyPayment', httpStatus: 200, acknowledged: true })]);
  });

  it('when the sandbox was started with --notify-url, then it says so and dispute notifications go there', async () => {
    expect(output).toContain(`notify:   Dashboard notification URL ${dashboardUrl} (disputes, and payments without paymentNotifyUrl)`);
    const paymentId = (await (await fetch(`${url}/__sandbox/payments`)).json() as { payments: Array<{ paymentId: string }> }).payments[0]?.paymentId ?? '';
    expect((await openDispute(url, paymentId)).status).toBe(200);
    const disputes = (await getPayment(url, paymentId)).notifications.filter((record) => record.kind === 'dispute');
    expect(disputes).toEqual([expect.objectContaining({ url: dashboardUrl, attempt: 1, httpStatus: null, acknowledged: false })]);
  });

  it('when --help is asked, then --notify-url is listed; a value that is not a URL stops the command', async () => {
    const help = run(['sandbox/cli.ts', '--help']);
    let printed = '';
    help.stdout?.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
    expect(((await once(help, 'exit')) as [number | null])[0]).toBe(0);
    expect(printed).toMatch(/--notify-url <url> +the notification URL you set on Antom Dashboard/);
    const bad = run(['sandbox/cli.ts', '--notify-url', 'merchant.example/notify']);
    let problem = '';
    bad.stderr?.on('data', (chunk: Buffer) => (problem += chunk.toString('utf8')));
    expect(((await once(bad, 'exit')) as [number | null])[0]).toBe(1);
    expect(problem).toContain('--notify-url must be an absolute URL');
  });

  it('when `npm run example -- --flow` runs against the sandbox, then it prints the eight steps and exits 0', async () => {
    const { code, printed } = await example(['--flow']);
    expect(code, printed).toBe(0);
    expect(printed).not.toContain('starting the sandbox in-process');
    for (const word of ['PAYMENT_IN_PROCESS', 'HTTP 303', 'PAYMENT_RESULT SUCCESS', 'paymentStatus SUCCESS', 'REFUND_AMOUNT_EXCEED', 'refundStatus SUCCESS']) expect(printed).toContain(word);
  });

  it('when a session is paid on the hosted Checkout Page, then the method the page listed and the buyer picked is the one notified and queried', async () => {
    const lines: string[] = [];
    const steps = await runSession(checkedClient(url), url, 'CHECKOUT_PAYMENT', (line) => lines.push(line));
    expect(steps.map((step) => [step.step, step.outcome])).toEqual([
      ['createPaymentSession', 'SUCCESS → created'],
      ['Checkout Page', 'HTTP 200'],
      ['buyer: Pay', 'HTTP 303'],
      ['notifyPayment', 'PAYMENT_RESULT SUCCESS'],
      ['inquiryPayment', 'paymentStatus SUCCESS'],
    ]);
    expect(lines).toHaveLength(5);
    expect(steps[0]?.detail).toMatch(new RegExp(`^normalUrl ${url}/__sandbox/checkout/\\S+; expires \\S+Z; not a payment result$`));
    expect(steps[1]?.detail).toBe('lists ALIPAY_CN, KAKAOPAY, CARD');
    const picked = /^picked (\S+);/.exec(steps[2]?.detail ?? '')?.[1];
    expect(picked).toBe('ALIPAY_CN');
    expect(steps[2]?.detail).toMatch(/back at the shop \(http:\/\/127\.0\.0\.1:\d+\/orders\/ORD-[0-9a-f]{8}\/return, HTTP 200\)$/);
    expect(steps[3]?.detail).toMatch(/^ALIPAY_CN; verified by client\.verifyNotification/);
    expect(steps[4]?.detail).toMatch(/^ALIPAY_CN, paid at /);
    const sessions = (await (await fetch(`${url}/__sandbox/payments`)).json()) as { payments: Array<{ paymentRequestId: string; productScene?: string }> };
    const paymentRequestId = sessions.payments.filter((payment) => payment.productScene === 'CHECKOUT_PAYMENT').at(-1)?.paymentRequestId ?? '';
    await settle(url);
    const view = await sessionPayment(url, paymentRequestId);
    expect(view).toMatchObject({ paymentStatus: 'SUCCESS', paymentMethodType: 'ALIPAY_CN', productScene: 'CHECKOUT_PAYMENT' });
    expect(view.notifications).toEqual([expect.objectContaining({ kind: 'notifyPayment', httpStatus: 200, acknowledged: true })]);
  });

  it('when a Payment Element session is paid through the control API, then notifyPayment and inquiryPayment say SUCCESS with CARD', async () => {
    const steps = await runSession(checkedClient(url), url, 'ELEMENT_PAYMENT', () => undefined);
    expect(steps.map((step) => [step.step, step.outcome])).toEqual([
      ['createPaymentSession', 'SUCCESS → created'],
      ['buyer: Element', 'HTTP 200'],
      ['notifyPayment', 'PAYMENT_RESULT SUCCESS'],
      ['inquiryPayment', 'paymentStatus SUCCESS'],
    ]);
    expect(steps[0]?.detail).toMatch(/^paymentSessionData SBXSESSION/);
    expect(steps[2]?.detail).toMatch(/^CARD; /);
  });

  it('when `npm run example -- --checkout-page` runs against the sandbox, then it prints the five steps and exits 0', async () => {
    const { code, printed } = await example(['--checkout-page']);
    expect(code, printed).toBe(0);
    expect(printed).not.toContain('starting the sandbox in-process');
    expect(printed).toContain('A hosted Checkout Page session against the sandbox');
    for (const word of ['SUCCESS → created', 'not a payment result', 'lists ALIPAY_CN, KAKAOPAY, CARD', 'picked ALIPAY_CN', 'PAYMENT_RESULT SUCCESS', 'paymentStatus SUCCESS']) expect(printed).toContain(word);
    expect(printed.trim().split('\n').filter((line) => /^ ?\d\. /.test(line))).toHaveLength(5);
  });

  it('when two examples are asked at once, then the command refuses', async () => {
    const { code, printed } = await example(['--flow', '--checkout-page']);
    expect(code).toBe(1);
    expect(printed).toContain('--flow, --checkout-page and --element run one at a time');
  });

  it('when the sandbox process gets SIGTERM, then it stops itself and Prism', async () => {
    const prismPid = Number(/Prism PID (\d+)/.exec(output)?.[1]);
    expect(prismPid).toBeGreaterThan(0);
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const [code] = (await exited) as [number | null];
    expect(code).toBe(0);
    expect(() => process.kill(prismPid, 0)).toThrow();
  });
});
