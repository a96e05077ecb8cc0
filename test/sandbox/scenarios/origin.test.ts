// Whom the sandbox obeys (issue 22, reproduction 7): only requests that name it by a loopback name and its port in
// Host (a DNS-rebinding page sends its own name), no change sent by a page of another origin (Origin,
// Sec-Fetch-Site), and control API changes only with a JSON body. A real page on another local port tries the
// cross-site posts in Chromium and changes nothing; the cashier's own buttons keep working (cashier.test.ts,
// checkout-page.test.ts).
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningMock } from '../../../sandbox/server.ts';
import { launchChromium } from '../../docs/helpers/chromium.ts';
import type { LaunchedChromium } from '../../docs/helpers/chromium.ts';
import { signedPost } from '../../contract/helpers/signed-post.ts';
import { checkedClient, getPayment, payBody, startTestSandbox } from '../helpers/sandbox.ts';

let sandbox: RunningMock;
let port: number;
beforeAll(async () => {
  sandbox = await startTestSandbox();
  port = sandbox.port;
});
afterAll(async () => {
  await sandbox?.close();
});

/** One request with exactly these headers (fetch() would not let Host or Origin be set). */
function send(method: string, path: string, headers: Record<string, string>, body = ''): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) }, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function openPayment(): Promise<{ paymentId: string; normalUrl: string }> {
  const { data } = await checkedClient(sandbox.url).pay(payBody({ paymentRedirectUrl: 'http://127.0.0.1:9/back' }));
  return { paymentId: data!.paymentId as string, normalUrl: data!.normalUrl as string };
}

const JSON_TYPE = { 'content-type': 'application/json' };
const OUTCOME_FAIL = '{"outcome":"FAIL"}';

describe('Host', () => {
  it('when a request names another host (DNS rebinding), then 403 on the control API, the pages and the gateway, and nothing changes', async () => {
    const { paymentId } = await openPayment();
    for (const host of [`evil.example:${port}`, 'evil.example', `127.0.0.1.evil.example:${port}`, `localhost:${port + 1}`, `127.0.0.2:${port}`]) {
      const headers = { host, ...JSON_TYPE };
      expect((await send('GET', '/__sandbox/payments', headers)).status, host).toBe(403);
      expect((await send('GET', `/__sandbox/cashier/${paymentId}`, headers)).status, host).toBe(403);
      expect((await send('POST', `/__sandbox/payments/${paymentId}/complete`, headers, OUTCOME_FAIL)).status, host).toBe(403);
      expect((await send('POST', '/__sandbox/reset', headers, '{}')).status, host).toBe(403);
      expect((await send('POST', '/ams/api/v1/payments/pay', headers, JSON.stringify(payBody()))).status, host).toBe(403);
    }
    expect((await getPayment(sandbox.url, paymentId)).paymentStatus).toBe('PROCESSING');
  });

  it('when a request names the sandbox by 127.0.0.1, localhost or [::1] with its port, or with no port (Python SDK), then it is served', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, `[::1]:${port}`, '127.0.0.1']) {
      expect((await send('GET', '/__sandbox/payments', { host })).status, host).toBe(200);
    }
    const signed = await signedPost(sandbox.url.replace('127.0.0.1', 'localhost'), JSON.stringify(payBody()));
    expect(JSON.parse(signed.text)).toMatchObject({ result: { resultCode: 'PAYMENT_IN_PROCESS' } });
  });
});

describe('changes from another origin', () => {
  it('when a control API change is not JSON (text/plain, a form, no type), then 415 and nothing changes; JSON is obeyed', async () => {
    const { paymentId } = await openPayment();
    const host = `127.0.0.1:${port}`;
    for (const type of ['text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', undefined]) {
      const headers: Record<string, string> = { host, ...(type === undefined ? {} : { 'content-type': type }) };
      expect((await send('POST', `/__sandbox/payments/${paymentId}/complete`, headers, OUTCOME_FAIL)).status, String(type)).toBe(415);
      expect((await send('POST', '/__sandbox/reset', headers)).status, String(type)).toBe(415);
    }
    expect((await getPayment(sandbox.url, paymentId)).paymentStatus).toBe('PROCESSING');
    const json = await send('POST', `/__sandbox/payments/${paymentId}/complete`, { host, 'content-type': 'application/json; charset=utf-8' }, OUTCOME_FAIL);
    expect(json.status, json.text).toBe(200);
  });

  it('when a browser marks a change as coming from another origin, then 403 for the control API, the cashier form and the gateway', async () => {
    const { paymentId } = await openPayment();
    const host = `127.0.0.1:${port}`;
    const foreign: Array<Record<string, string>> = [
      { origin: `http://127.0.0.1:${port + 1}` },
      { origin: `https://127.0.0.1:${port}` },
      { origin: `http://evil.example:${port}` },
      { origin: 'null' },
      { 'sec-fetch-site': 'same-site' },
      { 'sec-fetch-site': 'cross-site' },
    ];
    for (const marks of foreign) {
      const label = JSON.stringify(marks);
      expect((await send('POST', `/__sandbox/payments/${paymentId}/complete`, { host, ...JSON_TYPE, ...marks }, OUTCOME_FAIL)).status, label).toBe(403);
      expect((await send('POST', `/__sandbox/cashier/${paymentId}`, { host, 'content-type': 'application/x-www-form-urlencoded', ...marks }, 'outcome=FAIL')).status, label).toBe(403);
      expect((await signedPost(sandbox.url, JSON.stringify(payBody()), undefined, marks)).status, label).toBe(403);
    }
    expect((await getPayment(sandbox.url, paymentId)).paymentStatus).toBe('PROCESSING');
    // The page's own form post: same origin, obeyed (303 back to the merchant).
    const own = await send('POST', `/__sandbox/cashier/${paymentId}`, { host, 'content-type': 'application/x-www-form-urlencoded', origin: `http://${host}`, 'sec-fetch-site': 'same-origin' }, 'outcome=FAIL');
    expect(own.status, own.text).toBe(303);
    expect((await getPayment(sandbox.url, paymentId)).paymentStatus).toBe('FAIL');
  });
});

describe('a page on another local origin, in Chromium', () => {
  let browser: LaunchedChromium;
  let attacker: Server;
  let attackerUrl: string;
  let target = { paymentId: '', normalUrl: '' };

  /** Tries every cross-site post a page can make without a CORS preflight, then sets its title to "done". */
  const attackPage = (): string => {
    const control = `${sandbox.url}/__sandbox`;
    const complete = `${control}/payments/${encodeURIComponent(target.paymentId)}/complete`;
    return `<!doctype html><title>attack</title>
<iframe name="a"></iframe><iframe name="b"></iframe><iframe name="c"></iframe>
<form id="json" target="a" method="post" enctype="text/plain" action="${complete}"><input name='{"outcome":"FAIL","x":"' value='"}'></form>
<form id="cashier" target="b" method="post" action="${target.normalUrl}"><input name="outcome" value="FAIL"></form>
<form id="reset" target="c" method="post" action="${control}/reset"></form>
<script>
const loaded = (name) => new Promise((resolve) => document.querySelector('iframe[name=' + name + ']').addEventListener('load', resolve, { once: true }));
(async () => {
  const posts = [
    fetch(${JSON.stringify(complete)}, { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body: ${JSON.stringify(OUTCOME_FAIL)} }),
    fetch(${JSON.stringify(`${control}/reset`)}, { method: 'POST', mode: 'no-cors', body: new Blob(['{}']) }),
    fetch(${JSON.stringify(target.normalUrl)}, { method: 'POST', mode: 'no-cors', body: new URLSearchParams({ outcome: 'FAIL' }) }),
    navigator.sendBeacon(${JSON.stringify(`${control}/reset`)}, '{}'),
  ];
  await Promise.allSettled(posts);
  for (const [form, frame] of [['json', 'a'], ['cashier', 'b'], ['reset', 'c']]) {
    const done = loaded(frame);
    document.getElementById(form).submit();
    await done;
  }
  document.title = 'done';
})();
</script>`;
  };

  beforeAll(async () => {
    attacker = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(attackPage());
    });
    await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
    attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}/`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    attacker?.closeAllConnections();
    await new Promise<void>((resolve) => (attacker ? attacker.close(() => resolve()) : resolve()));
  });

  it('when it posts text/plain, a text/plain form, a form to the cashier page and a beacon, then the payment and the sandbox are unchanged', async () => {
    target = await openPayment();
    const page = await browser.context.newPage();
    const refused: number[] = [];
    page.on('response', (response) => {
      if (response.url().startsWith(sandbox.url)) refused.push(response.status());
    });
    await page.goto(attackerUrl);
    await page.waitForFunction(() => document.title === 'done');
    await page.close();
    const view = await getPayment(sandbox.url, target.paymentId);
    expect(view.paymentStatus).toBe('PROCESSING');
    expect(view.notifications).toEqual([]);
    // Every post reached the sandbox and was refused there (not merely blocked in the browser).
    expect(refused.length).toBeGreaterThanOrEqual(3);
    for (const status of refused) expect([403, 415]).toContain(status);
  });
});
