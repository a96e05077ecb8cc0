// The shapes --strict-notifications gives a delivery: the same value as the canonical body in other bytes, a
// request-time the toolkit's parser reads as the same instant, header names in another case; the same seed and
// delivery give the same shape, and the variants all occur.
import { describe, expect, it } from 'vitest';
import { parseMessageTime } from '../../src/message-time.ts';
import { strictShape } from '../../sandbox/strict/shape.ts';

const canonical = JSON.stringify({
  notifyType: 'PAYMENT_RESULT',
  result: { resultCode: 'SUCCESS', resultStatus: 'S', resultMessage: 'success' },
  paymentRequestId: 'order/1',
  paymentAmount: { currency: 'USD', value: '100' },
  list: [1, { b: true, a: null }],
});
const NOW = Date.UTC(2026, 11, 6, 7, 8, 9, 123);
const shapes = Array.from({ length: 200 }, (_, attempt) => strictShape('1', `notifyPayment/P/${attempt}`, canonical, NOW));

describe('strictShape', () => {
  it('renders the same JSON value in bytes that differ from JSON.stringify, every time', () => {
    for (const shape of shapes) {
      expect(JSON.parse(shape.body)).toEqual(JSON.parse(canonical));
      expect(shape.body).not.toBe(canonical);
      expect(JSON.stringify(JSON.parse(shape.body))).not.toBe(shape.body);
    }
    // Key order changes too: some body lists paymentAmount before notifyType.
    expect(shapes.some((shape) => shape.body.indexOf('"paymentAmount"') < shape.body.indexOf('"notifyType"'))).toBe(true);
    expect(new Set(shapes.map((shape) => shape.summary.split(',')[0])).size).toBeGreaterThanOrEqual(5);
    expect(shapes.some((shape) => shape.body.includes('order\\/1'))).toBe(true);
  });

  it('writes request-time in every form, each read as the same second by the toolkit', () => {
    const forms = new Set<string>();
    for (const shape of shapes) {
      expect(Math.floor((parseMessageTime(shape.requestTime) ?? 0) / 1000)).toBe(Math.floor(NOW / 1000));
      forms.add(shape.requestTime);
    }
    expect([...forms].sort()).toEqual(['1796540889123', '2026-12-06T07:08:09+00:00', '2026-12-06T07:08:09.123Z', '2026-12-06T07:08:09Z', '2026-12-06T15:08:09+08:00']);
  });

  it('names the headers in lower, Title and UPPER case', () => {
    expect(new Set(shapes.map((shape) => shape.headerName('request-time')))).toEqual(new Set(['request-time', 'Request-Time', 'REQUEST-TIME']));
    expect(shapes.map((shape) => shape.headerName('client-id')).filter((name) => name === 'Client-Id').length).toBeGreaterThan(0);
  });

  it('gives the same shape for the same seed and delivery, another for another seed', () => {
    const again = strictShape('1', 'notifyPayment/P/7', canonical, NOW);
    expect(again).toMatchObject({ body: shapes[7]!.body, requestTime: shapes[7]!.requestTime, summary: shapes[7]!.summary });
    const others = Array.from({ length: 20 }, (_, attempt) => strictShape('2', `notifyPayment/P/${attempt}`, canonical, NOW).body);
    expect(others).not.toEqual(shapes.slice(0, 20).map((shape) => shape.body));
  });
});
