// Session requests built from the spec's named createPaymentSession examples, with a fresh paymentRequestId and the
// local merchant's URLs; the fixture catalogue; the control API's lookup by paymentRequestId.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { CreatePaymentSessionBody } from '../../../src/index.ts';
import { parseCatalogue } from '../../../sandbox/checkout/catalogue.ts';
import { requestExample } from '../../contract/helpers/spec.ts';
import { control } from './sandbox.ts';
import type { PaymentView } from './sandbox.ts';

/** Made-up methods with currencies and limits (test/sandbox/fixtures/catalogue.json), for the filter's every branch. */
export const FIXTURE_CATALOGUE = parseCatalogue(JSON.parse(readFileSync(new URL('../fixtures/catalogue.json', import.meta.url), 'utf8')), 'fixture');

const EXAMPLES = { CHECKOUT_PAYMENT: 'checkoutPage', ELEMENT_PAYMENT: 'paymentElement', EASY_PAY: 'easySafePay' } as const;
export type Scene = keyof typeof EXAMPLES;

/**
 * The spec's example for `scene` with a new paymentRequestId, notifications and the return to `merchantUrl`, and
 * no paymentSessionExpiryTime (the example's fixed date lies outside the hour a session may last).
 */
export function sessionBody(scene: Scene, merchantUrl: string, overrides: Record<string, unknown> = {}): CreatePaymentSessionBody {
  const { paymentSessionExpiryTime: _fixed, ...example } = requestExample(EXAMPLES[scene], 'createPaymentSession');
  const paymentRequestId = `sbx-session-${randomUUID()}`;
  return {
    ...example,
    paymentRequestId,
    paymentRedirectUrl: `${merchantUrl}/return/${paymentRequestId}`,
    paymentNotifyUrl: `${merchantUrl}/notify`,
    ...overrides,
  } as unknown as CreatePaymentSessionBody;
}

export interface SessionPaymentView extends PaymentView {
  paymentMethodType: string;
  productScene?: string;
  paymentSessionId?: string;
  paymentSessionExpiryTime?: string;
}

/** `GET /__sandbox/payments?paymentRequestId=<id>`: the payments with that paymentRequestId. */
export async function paymentsByRequestId(sandboxUrl: string, paymentRequestId: string): Promise<SessionPaymentView[]> {
  const { status, data } = await control<{ payments: SessionPaymentView[] }>(sandboxUrl, 'GET', `payments?paymentRequestId=${encodeURIComponent(paymentRequestId)}`);
  if (status !== 200) throw new Error(`the control API answered ${status}`);
  return data.payments;
}

/** The one payment behind a session request; fails the test when there is not exactly one. */
export async function sessionPayment(sandboxUrl: string, paymentRequestId: string): Promise<SessionPaymentView> {
  const found = await paymentsByRequestId(sandboxUrl, paymentRequestId);
  if (found.length !== 1) throw new Error(`expected one payment for ${paymentRequestId}, found ${found.length}`);
  return found[0]!;
}
