// docs/recipes/integrations/disputes.ts against a real sandbox whose Dashboard notification URL is the shop: a
// buyer's bank opens disputes through the control API, the signed notifyDispute events reach the shop (the node:http
// webhook recipe) and the sample records them as interpreted; the merchant defends one with Antom's template and
// accepts another.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptChargeback, defend } from '../../../docs/recipes/integrations/disputes.ts';
import { payBody } from '../../sandbox/helpers/sandbox.ts';
import { startShop } from '../helpers/shop.ts';
import type { Shop } from '../helpers/shop.ts';

let shop: Shop;
beforeAll(async () => {
  shop = await startShop();
});
afterAll(async () => {
  await shop?.close();
});

/** A paid payment and a chargeback on it; returns the dispute's id and deadline. */
async function disputedPayment(): Promise<{ disputeId: string; defenseDueTime: string }> {
  const { data } = await shop.client.pay(payBody({ paymentRequestId: `dsp-${randomUUID()}`, paymentNotifyUrl: `${shop.site}/antom/notify` }));
  await shop.control.complete(data.paymentId!, 'SUCCESS');
  const opened = await shop.control.dispute(data.paymentId!);
  await shop.control.settle(data.paymentId!);
  return opened;
}
const events = (disputeId: string) => (shop.disputes.get(disputeId) ?? []).map((event) => event.kind);
/** Lets the deliveries a gateway call scheduled finish. */
const settle = () => shop.control.settle();

describe('Disputes sample', () => {
  it('when a chargeback is defended with the completed template and judged, then each event is recorded, the first with its deadline', async () => {
    const { disputeId, defenseDueTime } = await disputedPayment();
    const [created] = shop.disputes.get(disputeId) ?? [];
    expect(created).toMatchObject({ kind: 'dispute-created', disputeId, defenseDueTime, canAccept: true });
    expect(created?.kind === 'dispute-created' && created.deadline?.getTime()).toBe(Date.parse(defenseDueTime));

    let template: Uint8Array = new Uint8Array();
    const outcome = await defend(shop.client, disputeId, async (pdf) => {
      template = pdf;
      return Buffer.concat([pdf, Buffer.from('\n% signed by the merchant\n', 'latin1')]).toString('base64');
    });
    expect(outcome).toMatchObject({ kind: 'submitted', status: 'S' });
    expect(Buffer.from(template).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await settle();
    expect(events(disputeId)).toEqual(['dispute-created', 'defense-supplied']);
    const file = await shop.client.downloadDisputeEvidence({ disputeId, disputeEvidenceType: 'DISPUTE_EVIDENCE_FILE' });
    expect(Buffer.from(file.data.disputeEvidence ?? '', 'base64').toString('latin1')).toContain('% signed by the merchant');

    expect(await shop.control.judge(disputeId, 'ACCEPT_BY_CUSTOMER')).toEqual({ disputeId, disputeStatus: 'JUDGED_MERCHANT_WINS' });
    await settle();
    expect(events(disputeId)).toEqual(['dispute-created', 'defense-supplied', 'dispute-judged']);
  });

  it('when a chargeback is accepted, then the dispute-accepted event is recorded; answering again is already handled', async () => {
    const { disputeId } = await disputedPayment();
    expect(await acceptChargeback(shop.client, disputeId)).toMatchObject({ kind: 'accepted', status: 'S' });
    await settle();
    expect(events(disputeId)).toEqual(['dispute-created', 'dispute-accepted']);
    expect(await acceptChargeback(shop.client, disputeId)).toMatchObject({ kind: 'already-handled', code: 'REPEAT_REQUEST' });
    expect(await defend(shop.client, disputeId, async (pdf) => Buffer.from(pdf).toString('base64'))).toMatchObject({ kind: 'already-handled' });
  });

  it('when the dispute is unknown, then defending it throws before anything is uploaded', async () => {
    await expect(defend(shop.client, 'NO_SUCH_DISPUTE', async () => expect.fail('nothing to complete'))).rejects.toThrow(/^No template \(PROCESS_FAIL\): \S/);
  });
});
