// docs/recipes/webhooks/express.ts on Express 5, for real: its router mounted under /shop/antom, the sandbox posting
// to /shop/antom/notify?source=antom. A second app mounting the router after express.json() (the usual mistake)
// gets a clear AntomConfigError, answered 500 and not acknowledged: never a verdict on the wrong bytes.
import { createServer } from 'node:http';
import express from 'express';
import { describe, expect, it } from 'vitest';
import { antomRouter, createShop } from '../../../docs/recipes/webhooks/express.ts';
import { startTestSandbox } from '../../sandbox/helpers/sandbox.ts';
import { checkedClient, complete, getPayment, payBody } from '../../sandbox/helpers/sandbox.ts';
import { listenOnLoopback } from '../helpers/listen.ts';
import { recipeScenario, verifyingClient } from '../helpers/recipe-scenario.ts';

describe('Express 5 recipe (router mounted under a prefix)', () => {
  recipeScenario(async (client, handle) => listenOnLoopback(createServer(createShop(client, handle))), '/shop/antom/notify?source=antom');

  it('keeps the JSON API beside it working', async () => {
    const shop = await listenOnLoopback(createServer(createShop(verifyingClient('http://127.0.0.1:9'), async () => undefined)));
    try {
      const answer = await fetch(`${shop.origin}/shop/api/orders`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"sku":"tea"}' });
      expect(await answer.json()).toEqual({ received: { sku: 'tea' } });
    } finally {
      await shop.close();
    }
  });
});

describe('Express 5 with express.json() ahead of the router', () => {
  it('refuses to judge a parsed body: AntomConfigError, HTTP 500, not acknowledged, not handled', async () => {
    const sandbox = await startTestSandbox();
    const errors: unknown[] = [];
    const handled: unknown[] = [];
    const client = verifyingClient(sandbox.url);
    // The recipe's router as is, given a client that also records what verifyNodeWebhook threw.
    const recording: typeof client = {
      ...client,
      verifyNodeWebhook: (req, options) => client.verifyNodeWebhook(req, options).catch((error: unknown) => Promise.reject((errors.push(error), error))),
    };
    const app = express();
    app.use(express.json());
    app.use('/shop/antom', antomRouter(recording, async (notice) => void handled.push(notice)));
    const shop = await listenOnLoopback(createServer(app));
    try {
      const { data } = await checkedClient(sandbox.url).pay(payBody({ paymentNotifyUrl: `${shop.origin}/shop/antom/notify` }));
      await complete(sandbox.url, data.paymentId!, 'SUCCESS');
      const { notifications } = await getPayment(sandbox.url, data.paymentId!);
      expect(notifications.map((n) => [n.httpStatus, n.acknowledged])).toEqual([[500, false]]);
      expect(handled).toEqual([]);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ name: 'AntomConfigError', option: 'req.body', message: expect.stringContaining('express.raw') });
    } finally {
      await shop.close();
      await sandbox.close();
    }
  });
});
