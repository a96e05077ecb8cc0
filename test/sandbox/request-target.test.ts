// The mock signs and verifies over the path the client signed, also when the request line carries a full URL
// (Antom's Python SDK sends absolute-form targets through http.client).
import { describe, expect, it } from 'vitest';
import { originForm } from '../../sandbox/request-target.ts';

describe('originForm', () => {
  it.each([
    { target: '/ams/api/v1/payments/pay', want: '/ams/api/v1/payments/pay' },
    { target: '/ams/api/v1/payments/pay?x=1', want: '/ams/api/v1/payments/pay?x=1' },
    { target: 'https://127.0.0.1/ams/api/v1/payments/pay', want: '/ams/api/v1/payments/pay' },
    { target: 'https://localhost:4443/ams/sandbox/api/v1/payments/pay', want: '/ams/sandbox/api/v1/payments/pay' },
    { target: 'HTTP://open-na.alipay.com/ams/api/v1/payments/pay?a=%2F', want: '/ams/api/v1/payments/pay?a=%2F' },
    { target: 'https://127.0.0.1', want: '/' },
    { target: 'https://127.0.0.1?x', want: '/?x' },
    { target: '//not/absolute', want: '//not/absolute' },
  ])('when the target is $target, then the signed path is $want', ({ target, want }) => {
    expect(originForm(target)).toBe(want);
  });
});
