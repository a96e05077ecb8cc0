// Create a sandbox Checkout Payment and act on the result.
import { randomUUID } from 'node:crypto';
import {
  createAntomClient,
  interpretPayResult,
} from 'antom-pay';

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

const client = createAntomClient({
  clientId: requireEnv('ANTOM_CLIENT_ID'), // SANDBOX_...
  // Your RSA key: PEM or bare base64, PKCS #8 or PKCS #1
  privateKey: requireEnv('ANTOM_PRIVATE_KEY'),
  // Antom's key: every response signature is checked
  antomPublicKey: requireEnv('ANTOM_PUBLIC_KEY'),
  region: 'na',
  sandbox: true,
});

// Signs the exact body it sends. Network, timeout and
// signature problems throw AntomError subclasses; every
// business outcome (S, F or U) comes back as data.
const { data, error } = await client.pay({
  productCode: 'CASHIER_PAYMENT',
  // Idempotency key: a new one for every fresh attempt
  paymentRequestId: `pay-${randomUUID()}`,
  // Minor units: HKD 760.00
  paymentAmount: { currency: 'HKD', value: '76000' },
  order: {
    referenceOrderId: 'ORD-2025-000103',
    orderDescription: 'Two tickets, harbour cruise',
    orderAmount: { currency: 'HKD', value: '76000' },
  },
  paymentMethod: { paymentMethodType: 'ALIPAY_HK' },
  settlementStrategy: { settlementCurrency: 'HKD' },
  env: { terminalType: 'WEB', clientIp: '192.0.2.17' },
  paymentRedirectUrl:
    'https://merchant.example/orders/ORD-2025-000103',
  paymentNotifyUrl: 'https://merchant.example/antom/notify',
});
if (!data) throw new Error('No body', { cause: error });

const outcome = interpretPayResult(data);
switch (outcome.kind) {
  case 'redirect':
    // U + PAYMENT_IN_PROCESS with a cashier URL. The final
    // result arrives later through notifyPayment.
    console.log(`Send the buyer to ${outcome.url}`);
    break;
  case 'success':
    console.log(`Paid: ${outcome.paymentId ?? '(no id)'}`);
    break;
  case 'failed':
    // F: follow the code's further action
    console.log(`${outcome.code}: ${outcome.action}`);
    break;
  case 'retry-with-new-id':
    // No payment was created
    console.log('Retry with a new paymentRequestId');
    break;
  case 'unknown':
    // No result status: query the payment first
    console.log(outcome.action);
    break;
}
