// Accept a chargeback: the merchant bears the amount.
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

const { data, error } = await client.acceptDispute({
  // From the dispute notification; before defenseDueTime.
  disputeId: '202412051940108001001882D0209800011',
});
if (!data) throw new Error('No body', { cause: error });

if (data.result.resultStatus === 'S') {
  console.log(`Accepted at ${data.disputeResolutionTime ?? '?'}`);
} else if (data.result.resultStatus === 'F') {
  console.log(`Not accepted: ${data.result.resultCode}`);
} else {
  console.log('Unknown outcome: call again with the same disputeId');
}
