// The scenario every framework recipe must pass, against the real sandbox: a payment's notification, signed by the
// sandbox with the test Antom key, reaches the recipe's endpoint, is verified and acknowledged (the sandbox records
// `acknowledged: true`); the same kind of notification forged on the way (a relay turns a failed payment into a paid
// one, keeping Antom's headers) is refused with a 4xx, never handled, and the sandbox records it unacknowledged.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAntomClient } from 'antom-pay';
import type { AntomClient, AntomNotification } from 'antom-pay';
import type { RunningMock } from '../../../sandbox/server.ts';
import { ANTOM_TEST_PUBLIC_KEY_PATH, MERCHANT_TEST_PRIVATE_KEY_PATH, TEST_CLIENT_ID, readTestKey } from '../../../sandbox/test-keys.ts';
import { checkedClient, complete, getPayment, payBody, startTestSandbox } from '../../sandbox/helpers/sandbox.ts';
import type { PaymentView } from '../../sandbox/helpers/sandbox.ts';

export interface RunningShop {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** paymentRequestIds of the payment notifications the shop's own handling saw. */
  handled(): string[];
  close(): Promise<void>;
}

/** A recipe's app wired to a real client and a recording handler, listening on a free loopback port. */
export type StartShop = (verifier: AntomClient, handle: (notice: AntomNotification) => Promise<void>) => Promise<Omit<RunningShop, 'handled'>> | Promise<RunningShop>;

/** The client a merchant's server verifies notifications with: the test client ID and the test Antom public key. */
export function verifyingClient(baseUrl: string): AntomClient {
  return createAntomClient({
    clientId: TEST_CLIENT_ID,
    privateKey: readTestKey(MERCHANT_TEST_PRIVATE_KEY_PATH),
    antomPublicKey: readTestKey(ANTOM_TEST_PUBLIC_KEY_PATH),
    baseUrl,
  });
}

/** Registers the scenario's tests for one recipe; `notifyPath` is the path (and query) the recipe serves. */
export function recipeScenario(start: StartShop, notifyPath: string): void {
  let sandbox: RunningMock;
  let shop: RunningShop;
  let relay: Relay;
  beforeAll(async () => {
    sandbox = await startTestSandbox();
    const handled: string[] = [];
    const running = await start(verifyingClient(sandbox.url), async (notice) => {
      if (notice.kind === 'payment') handled.push(notice.body.paymentRequestId);
    });
    shop = { handled: () => handled, ...running };
    relay = await startForgingRelay(shop.origin);
  });
  afterAll(async () => {
    await relay?.close();
    await shop?.close();
    await sandbox?.close();
  });

  /** Pays with notifications to `notifyUrl`, completes the payment as `outcome`; the sandbox's record of it. */
  async function notified(notifyUrl: string, outcome: 'SUCCESS' | 'FAIL'): Promise<{ paymentRequestId: string; notifications: PaymentView['notifications'] }> {
    const body = payBody({ paymentNotifyUrl: notifyUrl });
    const { data } = await checkedClient(sandbox.url).pay(body);
    await complete(sandbox.url, data.paymentId!, outcome);
    return { paymentRequestId: body.paymentRequestId, notifications: (await getPayment(sandbox.url, data.paymentId!)).notifications };
  }

  it("a real notification from the sandbox is verified and acknowledged, and the shop's handling sees it", async () => {
    const { paymentRequestId, notifications } = await notified(`${shop.origin}${notifyPath}`, 'SUCCESS');
    expect(notifications.map((n) => [n.kind, n.httpStatus, n.acknowledged])).toEqual([['notifyPayment', 200, true]]);
    expect(shop.handled()).toContain(paymentRequestId);
  });

  it('a notification forged on the way (failed turned into paid) is refused with a 4xx and never handled', async () => {
    const { paymentRequestId, notifications } = await notified(`${relay.origin}${notifyPath}`, 'FAIL');
    expect(relay.forged).toContain(paymentRequestId);
    expect(notifications).toHaveLength(1);
    expect(notifications[0]!.acknowledged).toBe(false);
    expect(notifications[0]!.httpStatus).toBeGreaterThanOrEqual(400);
    expect(notifications[0]!.httpStatus).toBeLessThan(500);
    expect(shop.handled()).not.toContain(paymentRequestId);
  });
}

interface Relay {
  origin: string;
  /** paymentRequestIds of the notifications it altered. */
  forged: string[];
  close(): Promise<void>;
}

/**
 * A man in the middle: takes the sandbox's notification, flips `"resultStatus":"F"` to `"S"` in the body, and
 * forwards it with Antom's headers to the same path on the shop; the shop's answer goes back unchanged.
 */
async function startForgingRelay(shopOrigin: string): Promise<Relay> {
  const forged: string[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const original = Buffer.concat(chunks).toString('utf8');
      const altered = original.replace('"resultStatus":"F"', '"resultStatus":"S"');
      if (altered !== original) forged.push(String((JSON.parse(original) as { paymentRequestId?: unknown }).paymentRequestId));
      const headers: Record<string, string> = {};
      for (const name of ['content-type', 'client-id', 'request-time', 'signature']) {
        const value = req.headers[name];
        if (typeof value === 'string') headers[name] = value;
      }
      fetch(`${shopOrigin}${req.url ?? '/'}`, { method: 'POST', headers, body: altered }).then(
        async (answer) => res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'text/plain' }).end(await answer.text()),
        () => res.writeHead(502).end(),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    forged,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
