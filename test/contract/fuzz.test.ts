// Property-based contract check of request validation, for every POST operation of the bundled spec (so an operation
// added to the spec is fuzzed without editing this file): bodies derived from the operation's request schema must be
// accepted, and single-rule mutations of them refused (helpers/fuzz-bodies.ts).
//
// Target: the contract project's shared sandbox (global-setup.ts), in its default STATEFUL mode and without Prism's
// 422s, so an invalid request gets Antom's answer, HTTP 200 with a signed F PARAM_ILLEGAL. Stateful on purpose: a
// valid body then also runs through the state layer's handler, so a handler that crashed or refused a schema-valid
// body with its own PARAM_ILLEGAL would fail here. "Accepted" therefore means validation passed: a signed HTTP 200
// whose code is not PARAM_ILLEGAL, that fits the response schema and that a result-code table lists. Lifecycle bodies
// name payments and refunds the sandbox never saw, so they mostly get business answers such as ORDER_NOT_EXIST.
// `format: uri` fields get URLs on a local merchant endpoint (test/sandbox/helpers/merchant.ts): a fuzzed pay whose
// paymentExpiryTime has passed expires at once and the sandbox posts notifyPayment to its paymentNotifyUrl, which
// must never leave the machine; the endpoint checks each notification against the webhook schema. A valid body's
// paymentSessionExpiryTime is moved into the hour after now: a session may last at most that long (a rule of time
// the schema cannot hold), and the sandbox refuses other values with PARAM_ILLEGAL, as Antom does.
//
// Deterministic: fixed seed (override with FUZZ_SEED) plus a per-operation offset. Bodies go out in batches of 8
// concurrent signed requests; RUNS batches per property and operation.
import fc from 'fast-check';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { startMerchant } from '../sandbox/helpers/merchant.ts';
import { bodyFuzzer, seedOffset, urlsOn } from './helpers/fuzz-bodies.ts';
import { mapConcurrent, signedPost } from './helpers/signed-post.ts';
import type { SignedPostResult } from './helpers/signed-post.ts';
import { operations, resultCodeRows, validatorFor } from './helpers/spec.ts';

const mockUrl = inject('mockUrl');
const SEED = Number(process.env.FUZZ_SEED ?? 20_241_201);
const CONCURRENCY = 8;
const RUNS = 32; // 32 batches of 8 = 256 bodies per property and operation
const TOTAL = RUNS * CONCURRENCY;

const merchant = await startMerchant();

interface Figures {
  accepted: number;
  valid: number;
  refused: number;
  mutations: number;
  answers: Record<string, number>;
  byRule: Record<string, number>;
}
const figuresByOperation = new Map<string, Figures>();

/** createPaymentSession's paymentSessionExpiryTime, when the body has one, 10 to 50 minutes after now. */
const withinSessionHour = fc.nat({ max: 40 * 60 }).map((seconds) => (body: unknown): unknown => {
  const record = body as Record<string, unknown>;
  if (record === null || typeof record !== 'object' || !('paymentSessionExpiryTime' in record)) return body;
  return { ...record, paymentSessionExpiryTime: new Date(Date.now() + 10 * 60_000 + seconds * 1000).toISOString() };
});
const count = (tally: Record<string, number>, key: string): void => void (tally[key] = (tally[key] ?? 0) + 1);

afterAll(async () => {
  for (const [operationId, figures] of figuresByOperation) {
    console.log(`fuzz ${operationId} (seed ${SEED + seedOffset(operationId)}): accepted ${figures.accepted}/${figures.valid} valid, refused ${figures.refused}/${figures.mutations} mutations`);
    console.log(`  answers to valid bodies: ${JSON.stringify(figures.answers)}`);
    console.log(`  mutations by rule: ${JSON.stringify(figures.byRule)}`);
  }
  const verified = merchant.received.filter((received) => received.verified).length;
  console.log(`notifications received by the local merchant endpoint: ${merchant.received.length} (${verified} verified)`);
  await merchant.close();
});

/** The answer's result object, or a failed expectation naming what came back. */
function resultOf(answer: SignedPostResult): { body: unknown; code: string; status: string } {
  let body: unknown;
  expect(() => (body = JSON.parse(answer.text)), `not JSON: ${answer.text.slice(0, 200)}`).not.toThrow();
  const result = (body as { result?: { resultCode?: unknown; resultStatus?: unknown } }).result;
  return { body, code: String(result?.resultCode ?? ''), status: String(result?.resultStatus ?? '') };
}

describe.each(operations)('fuzzing $operationId with bodies derived from its request schema', (operation) => {
  const { operationId, requestSchema, gatewayPath } = operation;
  const fuzzer = bodyFuzzer(requestSchema, urlsOn(merchant.url));
  const validateResponse = validatorFor(operation.responseSchema);
  /** Codes an answer may carry: the operation's table, and pay's, which holds the gateway-wide codes. */
  const listed = new Set([...(operation.resultCodes ?? []), ...resultCodeRows].map((row) => row.code));
  const seed = SEED + seedOffset(operationId);
  const figures: Figures = { accepted: 0, valid: 0, refused: 0, mutations: 0, answers: {}, byRule: {} };
  figuresByOperation.set(operationId, figures);
  const send = (body: unknown) => signedPost(mockUrl, JSON.stringify(body), gatewayPath);

  it(`when ${TOTAL} bodies generated from ${requestSchema} are sent, then each is accepted with a signed 200 that is not PARAM_ILLEGAL`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fuzzer.validBody, withinSessionHour).map(([body, adjust]) => adjust(body)), { minLength: CONCURRENCY, maxLength: CONCURRENCY }), async (bodies) => {
        const answers = await mapConcurrent(bodies, CONCURRENCY, send);
        answers.forEach((answer, index) => {
          const sent = JSON.stringify(bodies[index]).slice(0, 600);
          expect(fuzzer.validate(bodies[index])).toBe(true);
          expect(answer.signatureValid, `unsigned answer ${answer.status} ${answer.text.slice(0, 200)}`).toBe(true);
          expect(answer.status, `the sandbox refused a schema-valid body: ${answer.text.slice(0, 300)}\n${sent}`).toBe(200);
          const { body, code } = resultOf(answer);
          expect(code, `a schema-valid body got PARAM_ILLEGAL: ${answer.text.slice(0, 300)}\n${sent}`).not.toBe('PARAM_ILLEGAL');
          expect(validateResponse(body), `answer does not fit ${operation.responseSchema}: ${JSON.stringify(validateResponse.errors)}\n${answer.text.slice(0, 300)}`).toBe(true);
          expect(listed.has(code), `${code} is in no result-code table`).toBe(true);
          count(figures.answers, code);
          figures.accepted += 1;
        });
        figures.valid += bodies.length;
      }),
      { seed, numRuns: RUNS, endOnFailure: true },
    );
    expect(figures).toMatchObject({ accepted: TOTAL, valid: TOTAL });
  });

  it(`when ${TOTAL} single-rule mutations of valid bodies are sent, then ajv refuses each and the sandbox answers a signed F PARAM_ILLEGAL`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fuzzer.mutatedBody, { minLength: CONCURRENCY, maxLength: CONCURRENCY }), async (cases) => {
        const answers = await mapConcurrent(cases, CONCURRENCY, ({ body }) => send(body));
        answers.forEach((answer, index) => {
          const { rule, path, body: sent } = cases[index]!;
          expect(fuzzer.validate(sent), `mutation ${rule} at ${path} left the body valid`).toBe(false);
          expect(answer.signatureValid).toBe(true);
          expect(answer.status).toBe(200);
          const { body, code, status } = resultOf(answer);
          expect(code, `the sandbox accepted a body with ${rule} broken at ${path}: ${answer.text.slice(0, 300)}`).toBe('PARAM_ILLEGAL');
          expect(status).toBe('F');
          expect(validateResponse(body), JSON.stringify(validateResponse.errors)).toBe(true);
          count(figures.byRule, rule);
          figures.refused += 1;
        });
        figures.mutations += cases.length;
      }),
      { seed: seed + 1, numRuns: RUNS, endOnFailure: true },
    );
    expect(figures).toMatchObject({ refused: TOTAL, mutations: TOTAL });
  });
});

describe('notifications the fuzzed calls caused', () => {
  it('when the sandbox notified the local merchant endpoint, then every notification verified with the test Antom key', () => {
    const unverified = merchant.received.filter((received) => !received.verified).map((received) => `${received.kind} ${received.path}`);
    expect(unverified).toEqual([]);
  });
});
