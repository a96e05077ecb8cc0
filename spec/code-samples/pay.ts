// Create a Checkout Payment in the sandbox and act on the result with the antom-pay client.
import { randomUUID } from 'node:crypto';
import { createAntomClient, interpretPayResult } from 'antom-pay';

function requireEnv(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`Set ${name} before running this sample`);
  return value;
}

const client = createAntomClient({
  clientId: requireEnv('ANTOM_CLIENT_ID'), // SANDBOX_... for the sandbox
  privateKey: requireEnv('ANTOM_PRIVATE_KEY'), // your RSA key: PEM or bare base64, PKCS #8 or PKCS #1
  antomPublicKey: requireEnv('ANTOM_PUBLIC_KEY'), // Antom's key; every response signature is checked with it
  region: 'na',
  sandbox: true,
});

// Signs the exact body it sends and verifies the response signature. Transport, timeout and signature
// problems throw AntomError subclasses; every business outcome comes back as data.
const { data, error } = await client.pay({
  productCode: 'CASHIER_PAYMENT',
  paymentRequestId: `pay-${randomUUID()}`, // idempotency key: a new one for every fresh attempt
  paymentAmount: { currency: 'HKD', value: '76000' }, // minor units: HKD 760.00
  order: {
    referenceOrderId: 'ORD-2025-000103',
    orderDescription: 'Two tickets, harbour cruise',
    orderAmount: { currency: 'HKD', value: '76000' },
  },
  paymentMethod: { paymentMethodType: 'ALIPAY_HK' },
  settlementStrategy: { settlementCurrency: 'HKD' },
  env: { terminalType: 'WEB', clientIp: '192.0.2.17' },
  paymentRedirectUrl: 'https://merchant.example/orders/ORD-2025-000103',
  paymentNotifyUrl: 'https://merchant.example/antom/notify',
});
if (data === undefined) throw new Error('pay returned no body', { cause: error });

const outcome = interpretPayResult(data);
switch (outcome.kind) {
  case 'redirect': // U + PAYMENT_IN_PROCESS with a cashier URL: the payment exists
    console.log(`Send the buyer to ${outcome.url}; the final result arrives by notifyPayment`);
    break;
  case 'success':
    console.log(`Paid, paymentId ${outcome.paymentId ?? '(none)'}`);
    break;
  case 'failed': // F: do not retry blindly, follow the code's further action
    console.log(`${outcome.code}: ${outcome.action}`);
    break;
  case 'retry-with-new-id': // no payment was created
    console.log(`${outcome.code || 'no result'}: call pay again with a new paymentRequestId`);
    break;
}
