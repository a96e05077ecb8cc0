// A consumer of the package as a merchant would write it; `tsc --noEmit` (npm run typecheck) compiles it.
import { AntomSignatureError, createAntomClient, interpretPayResult, lookupPayResultCode } from '../../src/index.ts';
import type { PayBody } from '../../src/index.ts';

export async function checkout(privateKey: string, antomPublicKey: string, body: PayBody): Promise<string> {
  const client = createAntomClient({ clientId: 'SANDBOX_EXAMPLE', privateKey, antomPublicKey, region: 'na' });
  try {
    const { data, error } = await client.pay(body);
    if (error !== undefined || data === undefined) return 'http error';
    const outcome = interpretPayResult(data);
    switch (outcome.kind) {
      case 'redirect':
        return outcome.url;
      case 'success':
        return `paid ${outcome.paymentId ?? ''}`;
      case 'failed':
        return `${outcome.code}: ${outcome.action}`;
      case 'retry-with-new-id':
        return `retry (${outcome.reason}): ${lookupPayResultCode(outcome.code).action}`;
      case 'unknown':
        return `query the payment first: ${outcome.action}`;
      default: {
        const exhaustive: never = outcome;
        return exhaustive;
      }
    }
  } catch (error) {
    if (error instanceof AntomSignatureError) return `forged? ${error.reason}`;
    throw error;
  }
}
