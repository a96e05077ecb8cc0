// Property-based contract check of the mock's request validation, with bodies derived from the PayRequest
// schema (see helpers/schema-arbitrary.ts) and single-rule mutations of them (helpers/mutations.ts).
// Deterministic: fixed seed (override with FUZZ_SEED). Bodies go out in batches of 8 concurrent signed requests.
import fc from 'fast-check';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { findMutations } from './helpers/mutations.ts';
import type { MutationRule } from './helpers/mutations.ts';
import { schemaArbitrary } from './helpers/schema-arbitrary.ts';
import { mapConcurrent, signedPost } from './helpers/signed-post.ts';
import { componentSchema, validatorFor } from './helpers/spec.ts';

const mockUrl = inject('mockUrl');
const SEED = Number(process.env.FUZZ_SEED ?? 20_241_201);
const CONCURRENCY = 8;
const RUNS = 64; // 64 batches of 8 = 512 bodies per property
const TOTAL = RUNS * CONCURRENCY;

const validatePayRequest = validatorFor('PayRequest');
const resolveRef = (ref: string) => componentSchema(ref.split('/').pop() ?? '');
const payRequest = componentSchema('PayRequest');

const generated = schemaArbitrary(payRequest, { resolveRef });
if (generated === undefined) throw new Error('PayRequest produced no arbitrary');
/** Schema-derived bodies; ajv removes the few that break an if-then rule (see schema-arbitrary.ts). */
const validBody = generated.filter((body) => validatePayRequest(body) === true);

/** One valid body with one rule broken: the rule is picked first (so rare rules are not drowned), then the place. */
const mutatedBody = fc.tuple(validBody, fc.nat(), fc.nat()).map(([body, ruleIndex, placeIndex]) => {
  const mutations = findMutations(body, payRequest, resolveRef);
  const rules = [...new Set(mutations.map((mutation) => mutation.rule))].sort();
  const rule = rules[ruleIndex % rules.length] as MutationRule;
  const candidates = mutations.filter((mutation) => mutation.rule === rule);
  const mutation = candidates[placeIndex % candidates.length]!;
  return { rule, path: mutation.path, body: mutation.apply(body) };
});

const figures = { accepted: 0, valid: 0, refused: 0, mutations: 0, byRule: {} as Record<string, number> };

afterAll(() => {
  console.log(`fuzz (seed ${SEED}): accepted ${figures.accepted}/${figures.valid} valid, refused ${figures.refused}/${figures.mutations} mutations`);
  console.log(`  mutations by rule: ${JSON.stringify(figures.byRule)}`);
});

describe('fuzzing the mock with schema-derived bodies', () => {
  it(`when ${TOTAL} bodies generated from the PayRequest schema are sent, then ajv and the mock accept every one with a signed 2xx`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(validBody, { minLength: CONCURRENCY, maxLength: CONCURRENCY }), async (bodies) => {
        const results = await mapConcurrent(bodies, CONCURRENCY, (body) => signedPost(mockUrl, JSON.stringify(body)));
        results.forEach((result, index) => {
          expect(validatePayRequest(bodies[index])).toBe(true);
          expect(result.signatureValid).toBe(true);
          expect(result.status, `mock refused a schema-valid body: ${result.text}\n${JSON.stringify(bodies[index])}`).toBeLessThan(300);
        });
        figures.valid += bodies.length;
        figures.accepted += results.filter((result) => result.status >= 200 && result.status < 300).length;
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    console.log(`accepted ${figures.accepted}/${figures.valid} valid`);
    expect(figures).toMatchObject({ accepted: TOTAL, valid: TOTAL });
  });

  it(`when ${TOTAL} single-rule mutations of valid bodies are sent, then ajv refuses every one and the sandbox answers a signed PARAM_ILLEGAL`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutatedBody, { minLength: CONCURRENCY, maxLength: CONCURRENCY }), async (cases) => {
        const results = await mapConcurrent(cases, CONCURRENCY, ({ body }) => signedPost(mockUrl, JSON.stringify(body)));
        results.forEach((result, index) => {
          const { rule, path, body } = cases[index]!;
          expect(validatePayRequest(body), `mutation ${rule} at ${path} left the body valid`).toBe(false);
          expect(result.signatureValid).toBe(true);
          expect(result.status).toBe(200);
          const code = (JSON.parse(result.text) as { result?: { resultCode?: string } }).result?.resultCode;
          expect(code, `sandbox accepted a body with ${rule} broken at ${path}: ${result.text.slice(0, 300)}`).toBe('PARAM_ILLEGAL');
          figures.byRule[rule] = (figures.byRule[rule] ?? 0) + 1;
        });
        figures.mutations += cases.length;
        figures.refused += results.filter((result) => result.text.includes('"PARAM_ILLEGAL"')).length;
      }),
      { seed: SEED + 1, numRuns: RUNS, endOnFailure: true },
    );
    console.log(`refused ${figures.refused}/${figures.mutations} mutations`);
    expect(figures).toMatchObject({ refused: TOTAL, mutations: TOTAL });
  });
});
