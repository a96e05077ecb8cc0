// Single-rule mutations of a valid body, found by walking the body alongside its schema. Each mutation breaks
// exactly one rule at one place: drop a required property, exceed a maxLength / maxItems / maximum, break a
// pattern / format / enum, put a wrong JSON type, or trigger an if-then rule without its required property.
import type { JsonSchema } from './spec.ts';

export type MutationRule = 'drop-required' | 'maxLength' | 'pattern' | 'format' | 'enum' | 'type' | 'maxItems' | 'maximum' | 'if-then';

export interface Mutation {
  rule: MutationRule;
  /** Dotted path of the mutated place (`order.goods.0.goodsName`), `(root)` for the body itself. */
  path: string;
  /** Returns a mutated deep copy; the input is left alone. */
  apply(body: unknown): unknown;
}

type Path = ReadonlyArray<string | number>;
type Node = Record<string | number, unknown>;

const INVALID_FORMATS: Record<string, string> = { uri: 'not a uri', 'date-time': 'not-a-date-time' };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function jsonType(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Deep copy of `body` with `change` applied to the parent of `path`'s last key. */
function editAt(path: Path, change: (parent: Node, key: string | number) => void): (body: unknown) => unknown {
  return (body) => {
    const copy = structuredClone(body);
    if (path.length === 0) throw new Error('editAt needs a non-empty path');
    const parent = path.slice(0, -1).reduce<Node>((node, key) => node[key] as Node, copy as Node);
    change(parent, path[path.length - 1] as string | number);
    return copy;
  };
}

const replaceAt = (path: Path, value: unknown): ((body: unknown) => unknown) => editAt(path, (parent, key) => (parent[key] = value));

/**
 * Makes `target` meet an `if` schema: sets the `const` values it tests for (nested through `properties`) and drops
 * the properties whose absence it tests for (`not: { required: [...] }`, the "one of two IDs" rule).
 */
function forceIf(target: Record<string, unknown>, ifSchema: JsonSchema): void {
  const absent = (ifSchema.not as JsonSchema | undefined)?.required;
  if (Array.isArray(absent)) for (const name of absent as string[]) delete target[name];
  for (const [name, condition] of Object.entries((ifSchema.properties ?? {}) as Record<string, JsonSchema>)) {
    if ('const' in condition) target[name] = condition.const;
    else if (condition.properties) {
      if (!isPlainObject(target[name])) target[name] = {};
      forceIf(target[name] as Record<string, unknown>, condition);
    }
  }
}

function ifThenMutation(path: Path, rule: JsonSchema): Mutation | undefined {
  const ifSchema = rule.if as JsonSchema | undefined;
  const thenRequired = (rule.then as JsonSchema | undefined)?.required as string[] | undefined;
  if (!ifSchema || !thenRequired?.length) return undefined;
  const apply = (body: unknown): unknown => {
    const copy = structuredClone(body);
    const target = path.reduce<Node>((node, key) => node[key] as Node, copy as Node) as Record<string, unknown>;
    forceIf(target, ifSchema);
    for (const name of thenRequired) delete target[name];
    return copy;
  };
  return { rule: 'if-then', path: [...path, thenRequired.join('+')].join('.'), apply };
}

/**
 * Lists every single-rule mutation that applies to `value` under `schema`.
 * `resolveRef` maps a `$ref` to its schema.
 */
export function findMutations(value: unknown, schema: JsonSchema, resolveRef: (ref: string) => JsonSchema, path: Path = []): Mutation[] {
  if (typeof schema.$ref === 'string') return findMutations(value, resolveRef(schema.$ref), resolveRef, path);
  const label = path.length === 0 ? '(root)' : path.join('.');
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : schema.type ? [schema.type as string] : [];
  const mutations: Mutation[] = [];
  const add = (rule: MutationRule, apply: (body: unknown) => unknown): void => void mutations.push({ rule, path: label, apply });

  if (path.length > 0 && types.length > 0) {
    add('type', replaceAt(path, types.includes('object') ? 'not an object' : { unexpected: 'object' }));
  }
  if (path.length > 0 && Array.isArray(schema.enum)) add('enum', replaceAt(path, 'NOT_IN_THE_ENUM'));

  if (typeof value === 'string' && path.length > 0) {
    if (typeof schema.maxLength === 'number') {
      const prefix = schema.format === 'uri' ? 'https://merchant.example/' : '';
      add('maxLength', replaceAt(path, prefix + 'x'.repeat(schema.maxLength + 1 - prefix.length)));
    }
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test('!')) add('pattern', replaceAt(path, '!'));
    const badFormat = typeof schema.format === 'string' ? INVALID_FORMATS[schema.format] : undefined;
    if (badFormat !== undefined) add('format', replaceAt(path, badFormat));
  }
  if (jsonType(value) === 'integer' && typeof schema.maximum === 'number' && path.length > 0) {
    add('maximum', replaceAt(path, schema.maximum + 1));
  }
  if (Array.isArray(value) && path.length > 0) {
    if (typeof schema.maxItems === 'number' && value.length > 0) {
      add('maxItems', replaceAt(path, Array.from({ length: schema.maxItems + 1 }, () => value[0])));
    }
    value.forEach((item, index) => mutations.push(...findMutations(item, (schema.items ?? {}) as JsonSchema, resolveRef, [...path, index])));
  }
  if (isPlainObject(value)) {
    for (const name of (schema.required ?? []) as string[]) {
      if (name in value) mutations.push({ rule: 'drop-required', path: [...path, name].join('.'), apply: editAt([...path, name], (parent, key) => delete parent[key]) });
    }
    for (const rule of (schema.allOf ?? []) as JsonSchema[]) {
      const mutation = ifThenMutation(path, rule);
      if (mutation) mutations.push(mutation);
    }
    for (const [name, property] of Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>)) {
      if (name in value) mutations.push(...findMutations(value[name], property, resolveRef, [...path, name]));
    }
  }
  return mutations;
}
