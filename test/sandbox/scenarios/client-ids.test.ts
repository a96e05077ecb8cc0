// `--client-id`: a sandbox started with client IDs serves only those; any other Client-Id gets CLIENT_INVALID
// (HTTP 200, signed, before the signature check and Prism), canned answers included. Without it every ID is served.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningMock } from '../../../sandbox/server.ts';
import { TEST_CLIENT_ID, TEST_SANDBOX_CLIENT_ID } from '../../../sandbox/test-keys.ts';
import { signedPost } from '../../contract/helpers/signed-post.ts';
import { expectValidResponse } from '../helpers/contract.ts';
import { checkedClient, payBody, startTestSandbox } from '../helpers/sandbox.ts';

let restricted: RunningMock;
let open: RunningMock;

beforeAll(async () => {
  [restricted, open] = await Promise.all([startTestSandbox({ clientIds: [TEST_SANDBOX_CLIENT_ID, 'SANDBOX_SECOND_ID'] }), startTestSandbox()]);
});
afterAll(async () => {
  await restricted?.close();
  await open?.close();
});

describe('a sandbox started with --client-id', () => {
  it('when a listed client ID calls, then it is served as usual', async () => {
    const { data } = await checkedClient(restricted.url, TEST_SANDBOX_CLIENT_ID).pay(payBody());
    expect(data?.result.resultCode).toBe('PAYMENT_IN_PROCESS');
  });

  it('when another client ID calls, then the answer is CLIENT_INVALID, signed, with the reason in a sandbox header', async () => {
    const answer = await signedPost(restricted.url, JSON.stringify(payBody()));
    expect(answer.status).toBe(200);
    expect(answer.signatureValid).toBe(true);
    const data = JSON.parse(answer.text) as { result: { resultCode: string; resultStatus: string; resultMessage: string } };
    expect(data.result).toEqual({ resultCode: 'CLIENT_INVALID', resultStatus: 'F', resultMessage: 'The client is invalid.' });
    expectValidResponse('pay', data);
    expect(answer.headers.get('x-mock-client-problem')).toBe(`client ID "${TEST_CLIENT_ID}" is not served by this sandbox (started with --client-id ${TEST_SANDBOX_CLIENT_ID}, SANDBOX_SECOND_ID)`);
    expect((await (await fetch(`${restricted.url}/__sandbox/payments`)).json()) as { payments: unknown[] }).toEqual({ payments: [expect.anything()] });
  });

  it('when another client ID asks for a canned answer, then it still gets CLIENT_INVALID', async () => {
    const answer = await signedPost(restricted.url, JSON.stringify(payBody()), undefined, { Prefer: 'example=SUCCESS' });
    expect((JSON.parse(answer.text) as { result: { resultCode: string } }).result.resultCode).toBe('CLIENT_INVALID');
  });
});

describe('a sandbox started without --client-id', () => {
  it('when any client ID calls, then it is served', async () => {
    const answer = await signedPost(open.url, JSON.stringify(payBody()));
    expect((JSON.parse(answer.text) as { result: { resultCode: string } }).result.resultCode).toBe('PAYMENT_IN_PROCESS');
    expect(answer.headers.get('x-mock-client-problem')).toBeNull();
  });
});
