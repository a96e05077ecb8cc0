// A consumer of the package as a merchant would write it; `tsc --noEmit` (npm run typecheck) compiles it.
import { AntomSignatureError, createAntomClient, interpretPayResult, lookupResultCode } from '../../src/index.ts';
import type { PayBody } from '../../src/index.ts';

export async function checkout(privateKey: string, antomPublicKey: string, body: PayBody): Promise<string> {
  const client = createAntomClient({ clientId: 'SANDBOX_EXAMPLE', privateKey, antomPublicKey, region: 'na' });
  try {
    // Every failure throws, so a resolved call always has the success body.
    const { data } = await client.pay(body);
    const outcome = interpretPayResult(data);
    switch (outcome.kind) {
      case 'redirect':
        return outcome.url;
      case 'success':
        return `paid ${outcome.paymentId ?? ''}`;
      case 'failed':
        return `${outcome.code}: ${outcome.action}`;
      case 'retry-with-new-id':
        return `retry (${outcome.reason}): ${lookupResultCode('pay', outcome.code).action}`;
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
