// Accept a chargeback: the merchant bears the amount.
import {
  createAntomClient,
  interpretAcceptDispute,
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

const { data, error } = await client.acceptDispute({
  // From the dispute notification; before defenseDueTime.
  disputeId: '202412051940108001001882D0209800011',
});
if (!data) throw new Error('No body', { cause: error });

const outcome = interpretAcceptDispute(data);
switch (outcome.kind) {
  case 'accepted':
    console.log(`Accepted at ${outcome.disputeResolutionTime}`);
    break;
  case 'already-handled': // REPEAT_REQUEST
  case 'deadline-passed': // TIME_EXCEEDS_LIMIT
  case 'failed':
    console.log(`${outcome.code}: ${outcome.action}`);
    break;
  case 'retry':
    // Unknown: call again with the same disputeId
    console.log(outcome.action);
    break;
}
