// Query a refund: the inquiry's own result, then refundStatus.
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

const { data, error } = await client.inquiryRefund({
  refundRequestId: 'refund_20241203_000045',
});
if (!data) throw new Error('No body', { cause: error });

if (data.result.resultStatus === 'S') {
  // SUCCESS and FAIL are final; PROCESSING is not
  console.log(`Refund ${data.refundStatus ?? '(none found)'}`);
} else {
  console.log(`Query again later (${data.result.resultCode})`);
}
