// Capture a card payment authorised with captureMode MANUAL.
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

// Idempotency key of the capture
const { data, error } = await client.capture({
  captureRequestId: 'capture_20241202_000007',
  paymentId: '202412011940108001001881A0209812345',
  // The whole authorised amount: USD 19.99
  captureAmount: { currency: 'USD', value: '1999' },
});
if (!data) throw new Error('No body', { cause: error });

if (data.result.resultStatus === 'S') {
  console.log(`Captured: ${data.captureId ?? '?'}`);
} else if (data.result.resultStatus === 'F') {
  console.log(`Capture failed: ${data.result.resultCode}`);
} else {
  // Not final: wait for notifyCapture, or read the
  // CAPTURE entry of inquiryPayment's transactions.
  console.log('Capture still in process');
}
