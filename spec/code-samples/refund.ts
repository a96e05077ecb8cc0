// Refund part of a successful payment.
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

// Idempotency key: keep it when resending after a timeout
// or an unknown answer; use a new one after fixing input.
const { data, error } = await client.refund({
  refundRequestId: 'refund_20241203_000045',
  paymentId: '202412011940108001001881A0209812345',
  // Minor units, in the payment's currency: USD 5.00
  refundAmount: { currency: 'USD', value: '500' },
  refundReason: 'One item returned',
  refundNotifyUrl: 'https://merchant.example/antom/refund-notify',
});
if (!data) throw new Error('No body', { cause: error });

const { resultStatus, resultCode } = data.result;
if (resultStatus === 'S') {
  console.log(`Refunded: ${data.refundId ?? '?'}`);
} else if (resultStatus === 'F') {
  console.log(`Refund failed: ${resultCode}`);
} else {
  // Accepted and processing, or unknown: wait for
  // notifyRefund, poll inquiryRefund, or resend as is.
  console.log(`Not final yet: ${resultCode}`);
}
