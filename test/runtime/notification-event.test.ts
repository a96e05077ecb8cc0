// client.verifyNotification returns the notification typed by kind. Every webhook example of the spec is signed here
// with node:crypto (the Antom side, built by hand) and must come back under the kind its webhook stands for.
import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, expectTypeOf, it } from 'vitest';
import bundle from '../../generated/openapi.json' with { type: 'json' };
import { AntomError, AntomSignatureError, classifyNotification, createAntomClient } from '../../src/index.ts';
import type { AntomNotification, CaptureNotification, DisputeNotification, PaymentNotification, RefundNotification } from '../../src/index.ts';
import { merchantKeys } from './helpers/transport-fixtures.ts';

const CLIENT_ID = 'SANDBOX_5Y3A2N2YEB3D03';
const antom = generateKeyPairSync('rsa', { modulusLength: 2048 });
const client = createAntomClient({ clientId: CLIENT_ID, privateKey: merchantKeys.privateKey, antomPublicKey: antom.publicKey, baseUrl: 'http://127.0.0.1:9' });

function signed(body: unknown, path = '/antom/notify'): { method: string; path: string; headers: Record<string, string>; rawBody: string } {
  const rawBody = JSON.stringify(body);
  const time = String(Date.now());
  const signature = sign('sha256', Buffer.from(`POST ${path}\n${CLIENT_ID}.${time}.${rawBody}`, 'utf8'), antom.privateKey).toString('base64');
  return { method: 'POST', path, rawBody, headers: { 'request-time': time, signature: `algorithm=RSA256,keyVersion=1,signature=${encodeURIComponent(signature)}` } };
}

type Example = { value?: unknown; $ref?: string };
type WebhookExamples = Record<string, { post: { requestBody: { content: { 'application/json': { examples: Record<string, Example> } } } } }>;
const namedExamples = (bundle.components as unknown as { examples: Record<string, { value: unknown }> }).examples;
/** An example's value, following a `#/components/examples/...` reference of the bundle. */
const valueOf = (example: Example): unknown => (example.$ref ? namedExamples[example.$ref.split('/').pop()!]!.value : example.value);
const KIND_OF_WEBHOOK = { notifyPayment: 'payment', notifyRefund: 'refund', notifyCapture: 'capture', notifyDispute: 'dispute' } as const;
const cases = Object.entries(bundle.webhooks as unknown as WebhookExamples).flatMap(([webhook, item]) =>
  Object.entries(item.post.requestBody.content['application/json'].examples).map(([name, example]) => ({ webhook, name, value: valueOf(example) })),
);

describe('client.verifyNotification types what it verified by kind', () => {
  it('covers every webhook of the spec', () => {
    expect(new Set(cases.map((c) => c.webhook))).toEqual(new Set(Object.keys(KIND_OF_WEBHOOK)));
  });

  it.each(cases)('$webhook example $name → its kind, body untouched', ({ webhook, value }) => {
    const notice = client.verifyNotification(signed(value));
    expect(notice.kind).toBe(KIND_OF_WEBHOOK[webhook as keyof typeof KIND_OF_WEBHOOK]);
    expect(notice.body).toEqual(value);
    expect(notice.notifyType).toBe((value as { notifyType: string }).notifyType);
    if (notice.kind === 'dispute') expect(notice.disputeNotificationType).toBe((value as { disputeNotificationType: string }).disputeNotificationType);
  });

  it('tells a dispute notification by disputeNotificationType only when it has no notifyType', () => {
    const dispute = { disputeNotificationType: 'DISPUTE_CREATED', disputeId: 'd-1', paymentId: 'p-1', paymentRequestId: 'r-1' };
    expect(classifyNotification(dispute)).toEqual({ kind: 'dispute', notifyType: undefined, disputeNotificationType: 'DISPUTE_CREATED', body: dispute });
    expect(classifyNotification({ ...dispute, notifyType: 'SOMETHING_NEW' }).kind).toBe('unknown');
    expect(classifyNotification({ ...dispute, disputeNotificationType: 7 }).kind).toBe('unknown');
  });

  it('keeps a signed notification of a kind it does not know as unknown, and still refuses a bad signature', () => {
    const other = { notifyType: 'SOMETHING_NEW', result: { resultCode: 'SUCCESS', resultStatus: 'S' } };
    expect(client.verifyNotification(signed(other))).toEqual({ kind: 'unknown', notifyType: 'SOMETHING_NEW', body: other });
    const forged = signed(other);
    expect(() => client.verifyNotification({ ...forged, rawBody: forged.rawBody.replace('NEW', 'OLD') })).toThrow(AntomSignatureError);
  });

  it('refuses a signed body that is not a JSON object with an AntomError', () => {
    for (const body of [[1, 2], 'text', 42, null]) expect(() => client.verifyNotification(signed(body))).toThrow(AntomError);
    expect(() => classifyNotification(undefined)).toThrow(AntomError);
    expect(classifyNotification({ notifyType: 'toString' }).kind).toBe('unknown');
  });

  it('narrows the body type with the kind', () => {
    const notice = {} as AntomNotification;
    if (notice.kind === 'payment') expectTypeOf(notice.body).toEqualTypeOf<PaymentNotification>();
    if (notice.kind === 'refund') expectTypeOf(notice.body).toEqualTypeOf<RefundNotification>();
    if (notice.kind === 'capture') expectTypeOf(notice.body).toEqualTypeOf<CaptureNotification>();
    if (notice.kind === 'dispute') expectTypeOf(notice.body).toEqualTypeOf<DisputeNotification>();
    expectTypeOf<RefundNotification['refundRequestId']>().toEqualTypeOf<string>();
    expectTypeOf<CaptureNotification['captureRequestId']>().toEqualTypeOf<string>();
  });
});
