// The benchmark's fixed inputs that every runtime reads (portable-bench.ts runs on workerd and the edge runtime
// too): no Node built-in here.
import type { PayBody } from '../../../generated/client.ts';

export const CLIENT_ID = 'SANDBOX_BENCH0001';
export const API_PREFIX = '/ams/sandbox/api';
export const PAY_PATH = `${API_PREFIX}/v1/payments/pay`;
export const RESPONSE_TIME = '2024-01-01T00:00:00Z';

export const PAY_BODY: PayBody = {
  env: { terminalType: 'WEB', clientIp: '203.0.113.7' },
  order: {
    referenceOrderId: 'order-bench-0001',
    orderDescription: 'Benchmark order: 2 cups',
    orderAmount: { currency: 'USD', value: '1999' },
  },
  paymentRequestId: 'pay-bench-0001',
  paymentAmount: { currency: 'USD', value: '1999' },
  settlementStrategy: { settlementCurrency: 'USD' },
  paymentMethod: { paymentMethodType: 'ALIPAY_CN' },
  paymentRedirectUrl: 'https://merchant.example/pay/done?order=order-bench-0001',
  paymentNotifyUrl: 'https://merchant.example/antom/notify',
  productCode: 'CASHIER_PAYMENT',
};

/** What the loopback server answers to every call (Antom's shape for a payment in process). */
export const RESPONSE_BODY = JSON.stringify({
  result: { resultCode: 'PAYMENT_IN_PROCESS', resultStatus: 'U', resultMessage: 'payment in process' },
  paymentRequestId: 'pay-bench-0001',
  paymentId: '20240101194010800100188000000000001',
  paymentAmount: { currency: 'USD', value: '1999' },
  paymentCreateTime: '2024-01-01T00:00:00-08:00',
  normalUrl: 'https://open-sea-global.alipay.com/api/open/cashier?paymentId=20240101194010800100188000000000001',
});
