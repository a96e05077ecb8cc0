// Upload the completed evidence document of a dispute.
import { readFile } from 'node:fs/promises';
import {
  createAntomClient,
  interpretSupplyDefenseDocument,
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

// At most 1,000,000 Base64 characters (about 732 KiB of file).
const file = await readFile('defense-202412051940108001001882D0209800011.pdf');
const { data, error } = await client.supplyDefenseDocument({
  disputeId: '202412051940108001001882D0209800011',
  disputeEvidence: file.toString('base64'),
});
if (!data) throw new Error('No body', { cause: error });

const outcome = interpretSupplyDefenseDocument(data);
if (outcome.kind === 'submitted') {
  // Next: DEFENSE_SUPPLIED, then DISPUTE_JUDGED.
  console.log(`Submitted at ${outcome.disputeResolutionTime}`);
} else {
  // already-handled, deadline-passed, validation-pending,
  // submission-limit-reached, failed or retry
  console.log(`${outcome.kind}: ${outcome.action}`);
}
