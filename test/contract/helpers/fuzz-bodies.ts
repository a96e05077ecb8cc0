// Fuzzed request bodies for any request schema of the spec: schema-derived valid bodies (helpers/schema-arbitrary.ts,
// ajv as the judge) and single-rule mutations of them (helpers/mutations.ts).
import fc from 'fast-check';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { findMutations } from './mutations.ts';
import type { MutationRule } from './mutations.ts';
import { schemaArbitrary } from './schema-arbitrary.ts';
import { componentSchema, resolveSchemaRef, validatorFor } from './spec.ts';

export interface MutatedBody {
  rule: MutationRule;
  /** Dotted path of the broken place. */
  path: string;
  body: unknown;
}

export interface BodyFuzzer {
  validate: ValidateFunction;
  /** Bodies generated from the schema; ajv removes the few that break an if-then rule the generator does not encode. */
  validBody: fc.Arbitrary<unknown>;
  /** One valid body with one rule broken: the rule is picked first (so rare rules are not drowned), then the place. */
  mutatedBody: fc.Arbitrary<MutatedBody>;
}

/**
 * Arbitraries for the component schema `requestSchema`. `uri` replaces the values of `format: uri` fields (see
 * SchemaArbitraryOptions.uri).
 *
 * @throws when the schema cannot be translated (see schemaArbitrary).
 */
export function bodyFuzzer(requestSchema: string, uri?: fc.Arbitrary<string>): BodyFuzzer {
  const schema = componentSchema(requestSchema);
  const validate = validatorFor(requestSchema);
  const generated = schemaArbitrary(schema, { resolveRef: resolveSchemaRef, ...(uri === undefined ? {} : { uri }) });
  if (generated === undefined) throw new Error(`${requestSchema} produced no arbitrary`);
  const validBody = generated.filter((body) => validate(body) === true);
  const mutatedBody = fc
    .tuple(validBody, fc.nat(), fc.nat())
    .map(([body, ruleIndex, placeIndex]) => ({ body, ruleIndex, placeIndex, mutations: findMutations(body, schema, resolveSchemaRef) }))
    .filter(({ mutations }) => mutations.length > 0)
    .map(({ body, ruleIndex, placeIndex, mutations }) => {
      const rules = [...new Set(mutations.map((mutation) => mutation.rule))].sort();
      const rule = rules[ruleIndex % rules.length] as MutationRule;
      const candidates = mutations.filter((mutation) => mutation.rule === rule);
      const mutation = candidates[placeIndex % candidates.length]!;
      return { rule, path: mutation.path, body: mutation.apply(body) };
    });
  return { validate, validBody, mutatedBody };
}

/** URLs on `origin` (a local server) with fuzzed path, query and fragment. */
export function urlsOn(origin: string): fc.Arbitrary<string> {
  const part = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
  return fc
    .tuple(fc.webPath(), part(fc.webQueryParameters()), part(fc.webFragments()))
    .map(([path, query, fragment]) => `${origin}${path}${query === undefined ? '' : `?${query}`}${fragment === undefined ? '' : `#${fragment}`}`);
}

/** A stable small number per name, so each operation gets its own seed and adding one leaves the others' alone. */
export function seedOffset(name: string): number {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) % 1_000_003;
  return hash;
}
