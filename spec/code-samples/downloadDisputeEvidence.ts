// Download the pre-filled evidence template of a dispute.
import { writeFile } from 'node:fs/promises';
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

const { data, error } = await client.downloadDisputeEvidence({
  disputeId: '202412051940108001001882D0209800011',
  disputeEvidenceType: 'DISPUTE_EVIDENCE_TEMPLATE',
});
if (!data) throw new Error('No body', { cause: error });

if (data.result.resultStatus === 'S' && data.disputeEvidence) {
  const format = String(data.disputeEvidenceFormat ?? 'WORD');
  const extension = { WORD: 'docx', PDF: 'pdf', ZIP: 'zip', JPG: 'jpg' }[format] ?? 'bin';
  await writeFile(`evidence-template.${extension}`, Buffer.from(data.disputeEvidence, 'base64'));
} else {
  console.log(`No file: ${data.result.resultCode}`);
}
