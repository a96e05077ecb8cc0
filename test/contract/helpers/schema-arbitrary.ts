// A small JSON Schema → fast-check arbitrary translation, enough for the keywords the request schemas use: $ref, const,
// enum, type (also type lists), string maxLength/pattern/format (uri, date-time), integer minimum/maximum,
// number minimum/maximum/exclusiveMinimum (Quote.quotePrice),
// arrays (items, maxItems) and objects (properties, required, additionalProperties).
// Design choices: cross-property rules (allOf if/then) are NOT encoded; callers filter with ajv, which keeps
// this translation simple and lets ajv stay the single judge of validity. Recursion ($ref cycles such as
// Goods.crossSell) stops after `maxRecursion` visits of the same schema on one path; the property is then left out.
import fc from 'fast-check';
import type { JsonSchema } from './spec.ts';

export interface SchemaArbitraryOptions {
  /** Returns the schema a `$ref` points to. */
  resolveRef: (ref: string) => JsonSchema;
  /** How often the same `$ref` may appear on one path (2 = a Goods inside a Goods, no deeper). */
  maxRecursion?: number;
  /** Upper bound on generated array lengths, below the schema's maxItems. */
  maxArrayItems?: number;
  /**
   * Values for `format: uri` strings instead of fast-check's web URLs on random hosts, e.g. URLs on a local server,
   * so that a stateful server under test never calls a notification URL off the machine. Still cut to maxLength.
   */
  uri?: fc.Arbitrary<string>;
}

/** One code point per unit, mostly printable ASCII, sometimes anything in Unicode (UTF-8 signing gets exercised). */
const TEXT_UNIT = fc.oneof(
  { arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), weight: 1 },
);
const DEFAULT_MAX_STRING = 64;

/** Length as JSON Schema counts it (code points). */
export function codePointLength(text: string): number {
  return [...text].length;
}

/**
 * Arbitrary for values that satisfy `schema` (except if/then rules, see the file comment).
 *
 * @returns undefined when the recursion limit cuts the schema off.
 * @throws when a required property is cut off or the schema uses an unsupported `type`.
 */
export function schemaArbitrary(schema: JsonSchema, options: SchemaArbitraryOptions, refStack: readonly string[] = []): fc.Arbitrary<unknown> | undefined {
  const { resolveRef, maxRecursion = 2, maxArrayItems = 3 } = options;
  if (typeof schema.$ref === 'string') {
    const ref = schema.$ref;
    if (refStack.filter((seen) => seen === ref).length >= maxRecursion) return undefined;
    return schemaArbitrary(resolveRef(ref), options, [...refStack, ref]);
  }
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  if (Array.isArray(schema.type)) {
    const variants = (schema.type as string[]).map((type) => schemaArbitrary({ ...schema, type }, options, refStack));
    return fc.oneof(...variants.filter((variant): variant is fc.Arbitrary<unknown> => variant !== undefined));
  }

  const type = schema.type ?? (schema.properties ? 'object' : undefined);
  switch (type) {
    case 'string':
      return stringArbitrary(schema, options.uri);
    case 'integer':
      return fc.integer({ min: numberOr(schema.minimum, -1_000_000), max: numberOr(schema.maximum, 1_000_000) });
    case 'number': {
      const above = typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum : undefined;
      return fc
        .double({ min: numberOr(schema.minimum, above ?? -1_000_000), max: numberOr(schema.maximum, 1_000_000), noNaN: true, noDefaultInfinity: true })
        .filter((value) => above === undefined || value > above);
    }
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const items = schemaArbitrary((schema.items ?? {}) as JsonSchema, options, refStack);
      if (items === undefined) return fc.constant([]);
      return fc.array(items, { maxLength: Math.min(numberOr(schema.maxItems, maxArrayItems), maxArrayItems) });
    }
    case 'object':
      return objectArbitrary(schema, options, refStack);
    default:
      throw new Error(`schemaArbitrary: unsupported type ${JSON.stringify(type)}`);
  }
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}

function stringArbitrary(schema: JsonSchema, uri: fc.Arbitrary<string> | undefined): fc.Arbitrary<string> {
  const maxLength = numberOr(schema.maxLength, Number.POSITIVE_INFINITY);
  const fits = (text: string): boolean => codePointLength(text) <= maxLength;
  if (schema.format === 'date-time') {
    return fc
      .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
      .map((date) => date.toISOString())
      .filter(fits);
  }
  if (schema.format === 'uri' && uri !== undefined) return uri.filter(fits);
  if (schema.format === 'uri') return fc.webUrl({ withQueryParameters: true, withFragments: true }).filter(fits);
  if (typeof schema.pattern === 'string') return fc.stringMatching(new RegExp(schema.pattern)).filter(fits);
  return fc.string({ unit: TEXT_UNIT, minLength: numberOr(schema.minLength, 0), maxLength: Math.min(maxLength, DEFAULT_MAX_STRING) });
}

function objectArbitrary(schema: JsonSchema, options: SchemaArbitraryOptions, refStack: readonly string[]): fc.Arbitrary<unknown> {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, property] of Object.entries(properties)) {
    const arbitrary = schemaArbitrary(property, options, refStack);
    if (arbitrary !== undefined) model[name] = arbitrary;
    else if (required.has(name)) throw new Error(`schemaArbitrary: required property ${name} is cut off by the recursion limit`);
  }
  if (Object.keys(model).length === 0 && schema.additionalProperties !== false) {
    // Free-form objects (e.g. paymentMethodMetaData): a few string entries.
    return fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), fc.string({ maxLength: 24 }), { maxKeys: 3 });
  }
  return fc.record(model, { requiredKeys: [...required].filter((name) => name in model) });
}
