import { describe, expect, it } from 'vitest';
import { buildSignContent } from '../../src/signing/sign-content.ts';

describe('buildSignContent', () => {
  it('joins method, path, client ID, time and body in Antom order', () => {
    expect(
      buildSignContent({
        method: 'POST',
        path: '/ams/sandbox/api/v1/payments/pay',
        clientId: 'SANDBOX_5Y3A2N2YEB3D03',
        time: '1685599933871',
        body: '{"paymentRequestId":"pay-1"}',
      }),
    ).toBe('POST /ams/sandbox/api/v1/payments/pay\nSANDBOX_5Y3A2N2YEB3D03.1685599933871.{"paymentRequestId":"pay-1"}');
  });

  it('upper-cases the method and keeps an empty body', () => {
    expect(buildSignContent({ method: 'post', path: '/p', clientId: 'c', time: 't', body: '' })).toBe('POST /p\nc.t.');
  });

  it('uses the time and body text verbatim (ISO time, multi-line JSON, unicode)', () => {
    const body = '{\n   "note": "测试 🧾"\n}';
    expect(
      buildSignContent({ method: 'POST', path: '/notify?x=1', clientId: 'ID', time: '2024-05-01T12:00:00+08:00', body }),
    ).toBe(`POST /notify?x=1\nID.2024-05-01T12:00:00+08:00.${body}`);
  });
});
