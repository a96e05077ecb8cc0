// The mock copies the request's ids into Prism's static answers, as Antom echoes them, so the default client
// (which binds answers to requests) accepts the mock's answers.
import { describe, expect, it } from 'vitest';
import { echoRequestIds } from '../../sandbox/echo-request-ids.ts';

const bytes = (value: unknown): Buffer => Buffer.from(JSON.stringify(value));

describe('echoRequestIds', () => {
  it("sets each echoed id the request carries to the request's value, leaving the rest of the answer alone", () => {
    const out = echoRequestIds(bytes({ paymentRequestId: 'mine', refundRequestId: 'r-1' }), bytes({ result: { resultStatus: 'U' }, paymentRequestId: 'example', paymentId: 'p-9' }));
    expect(JSON.parse(out.toString('utf8'))).toEqual({ result: { resultStatus: 'U' }, paymentRequestId: 'mine', paymentId: 'p-9' });
  });

  it.each([
    { name: 'an answer that already matches', request: bytes({ paymentRequestId: 'a' }), answer: bytes({ paymentRequestId: 'a' }) },
    { name: 'an answer without the id', request: bytes({ paymentRequestId: 'a' }), answer: bytes({ result: {} }) },
    { name: 'a request that is not JSON', request: Buffer.from('x'), answer: bytes({ paymentRequestId: 'b' }) },
    { name: 'an answer that is not JSON', request: bytes({ paymentRequestId: 'a' }), answer: Buffer.from('<html>') },
  ])('returns the same bytes for $name', ({ request, answer }) => {
    expect(echoRequestIds(request, answer)).toBe(answer);
  });
});
