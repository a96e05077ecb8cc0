// Query a payment: the inquiry's own result, then the payment's state.
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

// paymentRequestId works even if pay timed out before answering.
const { data, error } = await client.inquiryPayment({
  paymentRequestId: 'pay_20241201_000123',
});
if (!data) throw new Error('No body', { cause: error });

if (data.result.resultStatus !== 'S') {
  // The inquiry failed or is unknown: the payment is untouched
  console.log(`Query again later (${data.result.resultCode})`);
} else {
  switch (data.paymentStatus) {
    case 'SUCCESS':
      console.log(`Paid at ${data.paymentTime ?? '?'}`);
      break;
    case 'FAIL':
    case 'CANCELLED':
      console.log(`Final: ${data.paymentStatus}`);
      break;
    default:
      // PROCESSING or PENDING: wait for notifyPayment
      console.log('Not final yet; query again later');
  }
  // Captures and refunds made so far, with their status
  for (const t of data.transactions ?? []) {
    console.log(t.transactionType, t.transactionStatus);
  }
}
