// Download the pre-filled evidence template of a dispute.
import { writeFile } from 'node:fs/promises';
import {
  createAntomClient,
  interpretDisputeEvidence,
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

const request = {
  disputeId: '202412051940108001001882D0209800011',
  disputeEvidenceType: 'DISPUTE_EVIDENCE_TEMPLATE',
} as const;
const { data, error } = await client.downloadDisputeEvidence(request);
if (!data) throw new Error('No body', { cause: error });

// Decodes the Base64 strictly (bounded), names the file.
const outcome = interpretDisputeEvidence(data, request);
if (outcome.kind === 'file' && outcome.formatMatches !== false) {
  // e.g. dispute-2024…-template.pdf
  await writeFile(outcome.fileName, outcome.bytes);
} else {
  // invalid-file, failed or retry
  console.log(`${outcome.kind}: ${outcome.action}`);
}
