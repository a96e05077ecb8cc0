// Test helper: keys, a transport factory and a pay request shared by the transport tests.
// Design choice: the transport runs against a real loopback server with the real global fetch; only the clock
// and the backoff sleep are injected, so retries are instant and Request-Time changes on every read.
import { generateKeyPairSync, randomUUID, verify } from 'node:crypto';
import { expect } from 'vitest';
import { createSignedSend, fetchFromSend } from '../../../src/transport/transport.ts';
import type { AntomFetchConfig, SignedSend } from '../../../src/transport/transport.ts';
import { buildSignContent } from '../../../src/signing/sign-content.ts';
import { parseSignatureHeader } from '../../../src/signing/signature-header.ts';
import type { AntomSigner, RecordedRequest } from './recording-server.ts';

export const CLIENT_ID = 'SANDBOX_5Y3A2N2YEB3D03';
export const PAY_PATH = '/ams/sandbox/api/v1/payments/pay';

export const merchantKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });
export const antomKeys = generateKeyPairSync('rsa', { modulusLength: 2048 });
export const signer: AntomSigner = { clientId: CLIENT_ID, antomPrivateKey: antomKeys.privateKey };

/** A clock that moves 1 ms per read, so re-signing on retry would show up as a different Request-Time. */
export function tickingClock(start = 1_700_000_000_000): () => number {
  let t = start;
  return () => t++;
}

/** The signing transport with test defaults: short backoff, a ticking clock, no real sleep. */
export function makeSend(overrides: Partial<AntomFetchConfig> = {}): SignedSend {
  return createSignedSend({
    clientId: CLIENT_ID,
    privateKey: merchantKeys.privateKey,
    antomPublicKey: antomKeys.publicKey,
    keyVersion: 1,
    verifyResponses: true,
    // Generous, so a loaded machine does not turn a slow answer into a timeout; timeout tests pass their own.
    timeoutMs: 2000,
    retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 40, jitter: 'full' },
    now: tickingClock(),
    sleep: async () => undefined,
    ...overrides,
  });
}

/** {@link makeSend} as a `fetch(Request)`, the shape openapi-fetch calls. */
export function makeTransport(overrides: Partial<AntomFetchConfig> = {}): (input: Request) => Promise<Response> {
  return fetchFromSend(makeSend(overrides));
}

export function payBody(): string {
  return JSON.stringify({
    paymentRequestId: `pay-${randomUUID()}`,
    paymentAmount: { currency: 'USD', value: '1000' },
    order: { orderDescription: '测试订单 🧾 Zoë' },
  });
}

export function payRequest(origin: string, body = payBody(), init: RequestInit = {}): Request {
  return new Request(`${origin}${PAY_PATH}`, { method: 'POST', body, ...init });
}

/**
 * Asserts every recorded request is the same signed request: identical body bytes, Signature, Request-Time
 * and Client-Id, the same paymentRequestId, and a signature that verifies over the path actually received.
 */
export function expectIdenticalSignedRequests(requests: readonly RecordedRequest[], count: number, sentBody: string): void {
  expect(requests).toHaveLength(count);
  const first = requests[0];
  if (first === undefined) throw new Error('no request recorded');
  expect(first.body.equals(Buffer.from(sentBody, 'utf8'))).toBe(true);
  const paymentRequestId = (JSON.parse(sentBody) as { paymentRequestId: string }).paymentRequestId;

  for (const request of requests) {
    expect(request.method).toBe('POST');
    expect(request.path).toBe(PAY_PATH);
    expect(request.body.equals(first.body)).toBe(true);
    expect(request.headers['signature']).toBe(first.headers['signature']);
    expect(request.headers['request-time']).toBe(first.headers['request-time']);
    expect(request.headers['client-id']).toBe(CLIENT_ID);
    expect(request.headers['content-type']).toBe('application/json; charset=UTF-8');
    expect((JSON.parse(request.body.toString('utf8')) as { paymentRequestId: string }).paymentRequestId).toBe(paymentRequestId);
  }

  const header = parseSignatureHeader(String(first.headers['signature']));
  expect(header?.keyVersion).toBe(1);
  const content = buildSignContent({
    method: first.method,
    path: first.path,
    clientId: CLIENT_ID,
    time: String(first.headers['request-time']),
    body: first.body.toString('utf8'),
  });
  // Judged by node:crypto directly, not by the code under test (which may be running its Web Crypto path).
  expect(verify('sha256', Buffer.from(content, 'utf8'), merchantKeys.publicKey, Buffer.from(header?.signature ?? '', 'base64'))).toBe(true);
}

/** Runs `promise` and returns what it rejected with; fails the test if it resolved. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

/**
 * Asserts a call that ended in `timeouts` attempt timeouts of `timeoutMs` took at least that long (minus a little
 * timer slack) and at most that plus a generous margin for a loaded machine: a transport that ignored `timeoutMs`
 * (waiting longer, or not at all) fails one of the two bounds.
 */
export function expectTimedOutWithin(startedMs: number, timeouts: number, timeoutMs: number): void {
  const elapsed = Date.now() - startedMs;
  expect(elapsed).toBeGreaterThanOrEqual(timeouts * (timeoutMs - 10));
  expect(elapsed).toBeLessThan(timeouts * timeoutMs + 2000);
}
