// Create an Antom Checkout Page session and send the buyer to it.
import { createAntomClient } from 'antom-pay';

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

if (data.result.resultStatus === 'S') {
  // Hosted page: redirect the buyer. Embedded page, Element,
  // EasySafePay: hand paymentSessionData to Antom's web SDK.
  console.log(`Redirect to ${data.normalUrl ?? '(no URL)'}`);
  // The payment result comes later: notifyPayment or inquiryPayment.
} else {
  console.log(`No session: ${data.result.resultCode}`);
}
