// `npm run bench:sandbox`: throughput of the sandbox on loopback, stateful against stateless in the same run,
// and how long a notification takes to reach the merchant after a state change. Not a test: it prints figures.
// The sandbox runs as its own process (as `npm run mock` runs it, per-request log off); requests are signed
// before the clock starts, so the figures are the sandbox's cost (signature check, Prism validation, state,
// response signing). Stateless = the same request with `Prefer: example=<CODE>`, answered from Prism's example.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSignContent, formatSignatureHeader, parsePrivateKey, signRsaSha256 } from '../../src/index.ts';
import { findFreePort } from '../../sandbox/free-port.ts';
import { MERCHANT_TEST_PRIVATE_KEY_PATH, TEST_CLIENT_ID, readTestKey } from '../../sandbox/test-keys.ts';
import { quantile } from './runtime/stats.ts';

const ROUNDS = 4;
const PER_ROUND = 300;
const IN_FLIGHT = 16;
const NOTIFY_SAMPLES = 200;
const merchantKey = parsePrivateKey(readTestKey(MERCHANT_TEST_PRIVATE_KEY_PATH));
const PAY = '/ams/api/v1/payments/pay';
const INQUIRY = '/ams/api/v1/payments/inquiryPayment';

interface Prepared {
  path: string;
  body: string;
  headers: Record<string, string>;
}

function prepare(path: string, body: object, prefer?: string): Prepared {
  const text = JSON.stringify(body);
  const time = String(Date.now());
  const signature = formatSignatureHeader({ keyVersion: 1, signature: signRsaSha256(buildSignContent({ method: 'POST', path, clientId: TEST_CLIENT_ID, time, body: text }), merchantKey) });
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=UTF-8', 'client-id': TEST_CLIENT_ID, 'request-time': time, signature };
  if (prefer) headers.prefer = `example=${prefer}`;
  return { path, body: text, headers };
}

const payBody = (id: string, notifyUrl?: string) => ({
  productCode: 'CASHIER_PAYMENT',
  paymentRequestId: id,
  paymentAmount: { currency: 'SGD', value: '1999' },
  order: { referenceOrderId: id, orderDescription: 'Bench order', orderAmount: { currency: 'SGD', value: '1999' } },
  env: { terminalType: 'WEB', clientIp: '192.0.2.10' },
  paymentMethod: { paymentMethodType: 'GRABPAY_SG' },
  settlementStrategy: { settlementCurrency: 'SGD' },
  paymentRedirectUrl: 'https://shop.example/return',
  ...(notifyUrl ? { paymentNotifyUrl: notifyUrl } : {}),
});

async function send(origin: string, request: Prepared): Promise<string> {
  const response = await fetch(`${origin}${request.path}`, { method: 'POST', headers: request.headers, body: request.body });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${text.slice(0, 200)}`);
  return text;
}

/** Requests per second for one batch, IN_FLIGHT at a time. */
async function throughput(origin: string, batch: readonly Prepared[]): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: IN_FLIGHT }, async () => {
    while (next < batch.length) await send(origin, batch[next++] as Prepared);
  }));
  return batch.length / ((performance.now() - started) / 1000);
}

async function main(): Promise<void> {
  const port = await findFreePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'sandbox/cli.ts', '--port', String(port), '--no-https', '--quiet'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  while (!output.includes('listening on')) {
    if (child.exitCode !== null) throw new Error(`the sandbox did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const origin = `http://127.0.0.1:${port}`;
  try {
    let seq = 0;
    const id = (): string => `bench-${process.pid}-${seq++}`;
    // Payments for inquiryPayment to find (stateful), made before the clock starts.
    const known: string[] = [];
    for (let index = 0; index < 50; index += 1) {
      const paymentRequestId = id();
      await send(origin, prepare(PAY, payBody(paymentRequestId)));
      known.push(paymentRequestId);
    }
    const kinds = {
      'pay (stateful)': () => prepare(PAY, payBody(id())),
      'pay (stateless)': () => prepare(PAY, payBody(id()), 'PAYMENT_IN_PROCESS'),
      'inquiryPayment (stateful)': () => prepare(INQUIRY, { paymentRequestId: known[seq++ % known.length] }),
      'inquiryPayment (stateless)': () => prepare(INQUIRY, { paymentRequestId: known[seq++ % known.length] }, 'SUCCESS'),
    };
    const rates = new Map<string, number[]>(Object.keys(kinds).map((name) => [name, []]));
    await throughput(origin, Array.from({ length: 200 }, kinds['pay (stateless)'])); // warm-up
    for (let round = 0; round < ROUNDS; round += 1) {
      // Alternate the order each round so neither mode always runs first.
      const order = round % 2 === 0 ? Object.keys(kinds) : Object.keys(kinds).reverse();
      for (const name of order) {
        const batch = Array.from({ length: PER_ROUND }, kinds[name as keyof typeof kinds]);
        rates.get(name)?.push(await throughput(origin, batch));
      }
    }
    const median = (name: string): number => quantile(rates.get(name) ?? [], 0.5);
    console.log(`sandbox throughput on loopback (${ROUNDS} rounds x ${PER_ROUND} requests, ${IN_FLIGHT} in flight, median req/s):`);
    for (const operation of ['pay', 'inquiryPayment']) {
      const stateful = median(`${operation} (stateful)`);
      const stateless = median(`${operation} (stateless)`);
      console.log(`  ${operation.padEnd(15)} stateful ${stateful.toFixed(0).padStart(5)}  stateless ${stateless.toFixed(0).padStart(5)}  ratio ${(stateful / stateless).toFixed(2)}x (goal >= 0.8x)`);
    }
    console.log(`notification latency after a state change (${NOTIFY_SAMPLES} payments, POST complete → merchant receives notifyPayment):`);
    console.log(`  ${await notificationLatency(origin, id).then(({ p50, p99 }) => `p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms`)}`);
  } finally {
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  }
}

async function notificationLatency(origin: string, id: () => string): Promise<{ p50: number; p99: number }> {
  const arrivals = new Map<string, number>();
  const merchant = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      arrivals.set((JSON.parse(Buffer.concat(chunks).toString('utf8')) as { paymentId: string }).paymentId, performance.now());
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success"}}');
    });
  });
  merchant.listen(0, '127.0.0.1');
  await once(merchant, 'listening');
  const notifyUrl = `http://127.0.0.1:${(merchant.address() as AddressInfo).port}/notify`;
  const latencies: number[] = [];
  try {
    for (let sample = 0; sample < NOTIFY_SAMPLES; sample += 1) {
      const { paymentId } = JSON.parse(await send(origin, prepare(PAY, payBody(id(), notifyUrl)))) as { paymentId: string };
      const started = performance.now();
      const response = await fetch(`${origin}/__sandbox/payments/${paymentId}/complete`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"outcome":"SUCCESS"}' });
      await response.arrayBuffer();
      const arrived = arrivals.get(paymentId);
      if (arrived === undefined) throw new Error(`no notification for ${paymentId}`);
      latencies.push(arrived - started);
    }
  } finally {
    merchant.closeAllConnections();
    merchant.close();
  }
  return { p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99) };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
