// List the payment methods to offer for an amount.
import { createAntomClient, interpretConsult } from 'antom-pay';

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

const outcome = interpretConsult(data);
switch (outcome.kind) {
  case 'options':
    // Antom's order; enabled already read from "true"/true
    for (const option of outcome.options) {
      const why = option.enabled ? '' : ` (${option.disabledBecause})`;
      console.log(`${option.paymentMethodType}${why}`);
    }
    break;
  case 'no-pay-options':
  case 'currency-not-supported':
    console.log(`Nothing to offer: ${outcome.action}`);
    break;
  case 'failed':
  case 'retry':
    console.log(`${outcome.code}: ${outcome.action}`);
    break;
}
