// What the integration samples of docs/recipes/integrations/ run against: a sandbox of their own on a free loopback
// port (its Dashboard notification URL set to the shop, for disputes) and a merchant's shop, the node:http webhook
// recipe (docs/recipes/webhooks/node-http.ts) verifying each signed notification with the test Antom key and handing
// it to the samples' own handlers (after-the-payment.ts and disputes.ts), which write to the shop's records here.
import { onNotification } from '../../../docs/recipes/integrations/after-the-payment.ts';
import { onDisputeNotification } from '../../../docs/recipes/integrations/disputes.ts';
import { createShopServer } from '../../../docs/recipes/webhooks/node-http.ts';
import type { AntomClient, DisputeNotificationOutcome } from '../../../src/index.ts';
import { createSandboxControl } from 'antom-pay/sandbox';
import type { SandboxControl } from 'antom-pay/sandbox';
import type { RunningMock } from '../../../sandbox/server.ts';
import { checkedClient, settle, startTestSandbox } from '../../sandbox/helpers/sandbox.ts';
import type { MockOptions } from '../../../sandbox/server.ts';
import { listenOnLoopback } from '../../webhooks/helpers/listen.ts';
import { verifyingClient } from '../../webhooks/helpers/recipe-scenario.ts';

export interface Shop {
  /** The shop's origin, what the samples take as `site`: notifications go to `${site}/antom/notify`. */
  site: string;
  sandbox: RunningMock;
  /** The client the samples call Antom with (the test keys; every answer checked against the spec). */
  client: AntomClient;
  /** The sandbox's control API, as a merchant's tests drive it (`antom-pay/sandbox`). */
  control: SandboxControl;
  /** What after-the-payment.ts's onNotification saved, by request id, in order. */
  results: Map<string, string[]>;
  /** What disputes.ts's onDisputeNotification saved, by disputeId: each event as interpreted. */
  disputes: Map<string, DisputeNotificationOutcome[]>;
  close(): Promise<void>;
}

export async function startShop(options: Partial<MockOptions> = {}): Promise<Shop> {
  const results = new Map<string, string[]>();
  const disputes: Shop['disputes'] = new Map();
  // Verification needs only the keys and the client ID; the shop never calls Antom with this client.
  const server = createShopServer(verifyingClient('http://127.0.0.1:9'), async (notice) => {
    await onNotification(notice, async (requestId, state) => void results.set(requestId, [...(results.get(requestId) ?? []), state]));
    await onDisputeNotification(notice, async (disputeId, event) => void disputes.set(disputeId, [...(disputes.get(disputeId) ?? []), event]));
  });
  const shop = await listenOnLoopback(server);
  let sandbox: RunningMock;
  try {
    sandbox = await startTestSandbox({ notifyUrl: `${shop.origin}/antom/notify`, ...options });
  } catch (error) {
    await shop.close();
    throw error;
  }
  return {
    site: shop.origin,
    sandbox,
    client: checkedClient(sandbox.url),
    control: createSandboxControl({ url: sandbox.url }),
    results,
    disputes,
    close: async () => {
      await sandbox.close();
      await shop.close();
    },
  };
}

/**
 * The buyer on the sandbox's page at `url` (cashier page or Checkout Page): picks `method` if asked, and clicks; then
 * the notification the click caused is delivered (the sandbox sends it in the background, as Antom does).
 */
export async function buyerClicks(url: string, outcome: 'SUCCESS' | 'FAIL' | 'PENDING', method?: string): Promise<{ status: number; location: string | null; page: string }> {
  const page = await (await fetch(url)).text();
  const form = new URLSearchParams({ outcome, ...(method === undefined ? {} : { paymentMethodType: method }) });
  const answer = await fetch(url, { method: 'POST', body: form, redirect: 'manual' });
  await settle(new URL(url).origin);
  return { status: answer.status, location: answer.headers.get('location'), page };
}
