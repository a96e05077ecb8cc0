// Cancel (close) a whole payment inside its cancellable window.
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

const body = { paymentRequestId: 'pay_20241201_000123' };
const { data, error } = await client.cancel(body);
if (!data) throw new Error('No body', { cause: error });

switch (data.result.resultStatus) {
  case 'S':
    console.log(`Cancelled at ${data.cancelTime ?? '?'}`);
    break;
  case 'F':
    // e.g. outside the window: refund instead
    console.log(`Refused: ${data.result.resultCode}`);
    break;
  default:
    // Unknown: resend the identical request (harmless)
    console.log('Resend the same cancel request');
}
