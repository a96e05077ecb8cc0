// Issue #19: a request signed with another merchant key (a key mix-up, not a tampered request) gets F
// INVALID_SIGNATURE from the sandbox, signed by "Antom", with the gateway-wide table's status and message, for every
// operation; and the interpretation helpers answer with the gateway-wide action (check the key pair, keyVersion,
// the string signed), not with an operation table's fallback "query the payment before acting".
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { commonResultCodes, lookupResultCode, payUnknownResultCode } from '../../generated/result-codes.ts';
import type { ResultCodeOperationId } from '../../generated/result-codes.ts';
import { interpretPayResult } from '../../src/index.ts';
import type { PayResponse } from '../../src/index.ts';
import { SIGNATURE_PROBLEM_HEADER } from '../../sandbox/request-signature.ts';
import { interpretationOf } from './helpers/interpretations.ts';
import { commonResultCodeRows, operationsWithResultCodes, requestExample } from './helpers/spec.ts';
import { createTestClient, methodOf } from './helpers/test-client.ts';

const mockUrl = inject('mockUrl');

/** A merchant key the sandbox has never seen: what a user gets by pasting the key of another app or environment. */
const otherMerchantKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

describe('a request signed with the wrong merchant key', () => {
  it('pay: the sandbox answers a verified F INVALID_SIGNATURE and interpretPayResult gives the gateway-wide action', async () => {
    const client = createTestClient({ baseUrl: mockUrl, privateKey: otherMerchantKey });
    const { data, response } = await client.pay({ ...requestExample(), paymentRequestId: 'contract-wrong-key' } as never);

    const row = commonResultCodeRows.find((r) => r.code === 'INVALID_SIGNATURE');
    expect((data as PayResponse).result).toEqual({ resultCode: 'INVALID_SIGNATURE', resultStatus: row?.status, resultMessage: row?.message });
    expect(response.headers.get(SIGNATURE_PROBLEM_HEADER)).toMatch(/does not verify with the merchant public key/);
    const outcome = interpretPayResult(data as PayResponse);
    expect(outcome.kind).toBe('failed');
    expect(outcome.entry).toMatchObject({ code: 'INVALID_SIGNATURE', known: true, inferred: true });
    expect(outcome.kind === 'failed' && outcome.action).toBe(commonResultCodes.INVALID_SIGNATURE.action);
    expect(outcome.kind === 'failed' && outcome.action).not.toBe(payUnknownResultCode.action);
    expect(outcome.kind === 'failed' && outcome.action).not.toMatch(/query the payment/i);
  });

  it.each(operationsWithResultCodes)('$operationId: answered with the gateway-wide row, read by its helper as a known failure', async ({ operationId }) => {
    const client = createTestClient({ baseUrl: mockUrl, privateKey: otherMerchantKey });
    const { data } = await methodOf(client, operationId)(requestExample(undefined, operationId));

    expect((data as { result?: unknown }).result).toMatchObject({ resultCode: 'INVALID_SIGNATURE', resultStatus: 'F' });
    const interpretation = interpretationOf(operationId);
    if (interpretation === undefined) throw new Error(`${operationId} has a result table but no interpretation helper`);
    const outcome = interpretation.interpret(data);
    expect(outcome.entry).toMatchObject({ known: true, action: lookupResultCode(operationId as ResultCodeOperationId, 'INVALID_SIGNATURE').action });
    expect(outcome.kind).toBe(operationId.startsWith('inquiry') ? 'query-failed' : 'failed');
  });
});
