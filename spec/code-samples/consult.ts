// List the payment methods to offer for an amount.
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

const { data, error } = await client.consult({
  productCode: 'CASHIER_PAYMENT',
  paymentAmount: { currency: 'USD', value: '4900' },
  env: { terminalType: 'WEB' },
  userRegion: 'US', // methods of the buyer's region first
});
if (!data) throw new Error('No body', { cause: error });

if (data.result.resultStatus === 'S') {
  // Keep Antom's order; enabled may be "true" or true.
  for (const option of data.paymentOptions ?? []) {
    const enabled = String(option.enabled) === 'true';
    const note = enabled ? '' : ` (${option.disableReason ?? 'unavailable'})`;
    console.log(`${option.paymentMethodType}${note}`);
  }
} else {
  console.log(`Consult failed: ${data.result.resultCode}`);
}
