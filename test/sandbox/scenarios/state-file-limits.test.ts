// The edges of `--state` against the real sandbox process: --max-payments evicts the oldest finished payments
// first (and the file keeps the eviction), a state file of another format version or a damaged one is refused at
// start and left as it is, and no answer leaves before its state is written (a write that fails gets no answer).
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkedClient, complete, control, payBody } from '../helpers/sandbox.ts';
import { restartHarness, runSandboxCli } from '../helpers/sandbox-process.ts';
import type { SandboxProcess } from '../helpers/sandbox-process.ts';

const harness = restartHarness();
const start = (args: readonly string[]): Promise<SandboxProcess> => harness.start(args);
const file = (name: string): string => harness.file(name);

const listed = async (url: string): Promise<string[]> =>
  (await control<{ payments: Array<{ paymentId: string }> }>(url, 'GET', 'payments')).data.payments.map((payment) => payment.paymentId);

describe('--max-payments', () => {
  it('when more payments are kept than allowed, then the oldest finished ones go first, open ones stay, and a restart keeps the evictions', async () => {
    const args = ['--state', file('bounded.jsonl'), '--max-payments', '3'];
    let sandbox = await start(args);
    let client = checkedClient(sandbox.url);
    const open = async (): Promise<string> => (await client.pay(payBody({ paymentNotifyUrl: `${harness.merchant().url}/notify` }))).data!.paymentId as string;
    const p1 = await open();
    const p2 = await open();
    expect((await complete(sandbox.url, p2, 'SUCCESS')).status).toBe(200);
    const p3 = await open();
    expect((await complete(sandbox.url, p3, 'FAIL')).status).toBe(200);
    expect(await listed(sandbox.url)).toEqual([p1, p2, p3]);
    // p1 is older but still open: p2, the oldest finished one, goes.
    const p4 = await open();
    expect(await listed(sandbox.url)).toEqual([p1, p3, p4]);
    const p5 = await open();
    expect(await listed(sandbox.url)).toEqual([p1, p4, p5]);
    expect((await complete(sandbox.url, p1, 'SUCCESS')).status).toBe(200);
    const p6 = await open();
    // Nothing is finished but p1 now; p4 and p5 are open, so they stay.
    expect(await listed(sandbox.url)).toEqual([p4, p5, p6]);
    expect((await client.inquiryPayment({ paymentId: p2 })).data?.result.resultCode).toBe('ORDER_NOT_EXIST');

    await sandbox.kill();
    sandbox = await start(args);
    client = checkedClient(sandbox.url);
    expect(await listed(sandbox.url)).toEqual([p4, p5, p6]);
    for (const paymentId of [p1, p2, p3]) expect((await client.inquiryPayment({ paymentId })).data?.result.resultCode).toBe('ORDER_NOT_EXIST');
    expect((await client.inquiryPayment({ paymentId: p4 })).data).toMatchObject({ paymentId: p4, paymentStatus: 'PROCESSING' });
    await sandbox.stop();
  });
});

describe('state files the sandbox refuses', () => {
  const header = '{"format":"antom-pay-sandbox-state","version":1}\n';
  const cases: Array<[string, string, RegExp]> = [
    ['another format version', '{"format":"antom-pay-sandbox-state","version":2}\n', /holds sandbox state of format version 2; this antom-pay reads version 1/],
    ['a damaged line', `${header}{"clockOffsetMs":5}\n{"payment":{"paymentId":\n{"clockOffsetMs":6}\n`, /refused\.jsonl:3: the line is not JSON/],
    ['a record it does not know', `${header}{"refund":{}}\n`, /refused\.jsonl:2: not a record this sandbox knows/],
    ['a file that is no state file', 'hello\n', /is not a sandbox state file/],
  ];
  it.each(cases)('when the file holds %s, then the start fails naming the file and the file is left as it was', async (_name, text, message) => {
    const path = file('refused.jsonl');
    writeFileSync(path, text);
    const { code, output } = await runSandboxCli(['--port', '0', '--no-https', '--state', path]);
    expect(code).toBe(1);
    expect(output).toMatch(message);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });
});

describe('write before answer', () => {
  it('when the state file cannot take a write, then that pay gets no answer, and every pay that got one is there after a restart', async () => {
    const path = file('limited.jsonl');
    let sandbox = await start(['--state', path]);
    let client = checkedClient(sandbox.url);
    expect((await client.pay(payBody())).data?.result.resultCode).toBe('PAYMENT_IN_PROCESS');
    // The kernel refuses to let this process grow any file past a few more records (RLIMIT_FSIZE).
    execFileSync('prlimit', ['--pid', String(sandbox.pid), `--fsize=${statSync(path).size + 8_000}`]);
    const answered: Array<[string, string]> = [];
    let refused: string | undefined;
    for (let index = 0; index < 40 && refused === undefined; index += 1) {
      const body = payBody();
      try {
        answered.push([body.paymentRequestId, (await client.pay(body)).data!.paymentId as string]);
      } catch {
        refused = body.paymentRequestId;
      }
    }
    expect(refused, 'a pay the file could not take was answered').toBeDefined();
    expect(answered.length).toBeGreaterThan(0);
    expect(sandbox.output()).toContain('the state file could not be written, so the answer was not sent');

    await sandbox.kill();
    sandbox = await start(['--state', path]);
    client = checkedClient(sandbox.url);
    for (const [paymentRequestId, paymentId] of answered) expect((await client.inquiryPayment({ paymentRequestId })).data).toMatchObject({ paymentId });
    expect((await client.inquiryPayment({ paymentRequestId: refused! })).data?.result.resultCode).toBe('ORDER_NOT_EXIST');
    await sandbox.stop();
  });
});
