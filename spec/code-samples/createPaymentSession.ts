// Create an Antom Checkout Page session and send the buyer to it.
import {
  createAntomClient,
  interpretPaymentSession,
} from 'antom-pay';

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

const client = createAntomClient({
  clientId: requireEnv('ANTOM_CLIENT_ID'), // SANDBOX_...
  privateKey: requireEnv('ANTOM_PRIVATE_KEY'),
  antomPublicKey: requireEnv('ANTOM_PUBLIC_KEY'),
  region: 'na',
  sandbox: true,
});

const { data, error } = await client.createPaymentSession({
  productCode: 'CASHIER_PAYMENT',
  productScene: 'CHECKOUT_PAYMENT',
  paymentRequestId: 'pay_20241201_000123', // the payment's idempotency key
  order: {
    referenceOrderId: 'ORDER_20241201_000123',
    orderDescription: 'Cotton T-shirt, size M',
    orderAmount: { currency: 'USD', value: '1999' },
  },
  paymentAmount: { currency: 'USD', value: '1999' }, // USD 19.99
  settlementStrategy: { settlementCurrency: 'USD' },
  paymentRedirectUrl: 'https://merchant.example/checkout/result',
  paymentNotifyUrl: 'https://merchant.example/antom/payment-notify',
  env: { terminalType: 'WEB' },
});
if (!data) throw new Error('No body', { cause: error });

const outcome = interpretPaymentSession(data);
switch (outcome.kind) {
  case 'created':
    // Hosted page: redirect the buyer to normalUrl.
    // Embedded page, Element, EasySafePay: hand
    // paymentSessionData to Antom's client SDK.
    console.log(outcome.normalUrl ?? outcome.paymentSessionData);
    // Not a payment result: that comes later, as
    // notifyPayment or from inquiryPayment.
    break;
  case 'failed':
    // needsNewPaymentRequestId: the old one is used up
    console.log(`${outcome.code}: ${outcome.action}`);
    break;
  case 'created-without-data':
  case 'retry':
    console.log(outcome.action);
    break;
}
