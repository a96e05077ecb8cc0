// The copy of the bundled spec that Prism is given. Two Prism 5.14 behaviours force it:
//  1. A recursive schema (Goods.crossSell -> Goods) is bundled by Prism into `properties: {$ref}`, which its ajv
//     cannot compile; Prism then silently skips ALL request-body validation. Unrolling the recursion to a fixed
//     depth keeps every rule except below that depth.
//  2. In static mode Prism emits the literal `string` for a response header without an example, which fails the
//     header's pattern, so with `--errors` every response would become a 500. The signing layer replaces these
//     headers anyway, so Prism only needs placeholders that satisfy the patterns (mock mode only).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

const SCHEMA_REF = '#/components/schemas/';
/** How many levels of a recursive schema Prism validates before accepting anything. */
export const UNROLL_DEPTH = 3;

/** Placeholders for the response headers the signing layer owns; each satisfies the spec's pattern. */
export const RESPONSE_HEADER_PLACEHOLDERS: Readonly<Record<string, string>> = {
  'client-id': 'PLACEHOLDER_CLIENT_ID',
  'response-time': '1700000000000',
  signature: 'algorithm=RSA256,keyVersion=1,signature=UNSIGNED_PLACEHOLDER',
};

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function refTarget(node: JsonObject): string | undefined {
  const ref = node.$ref;
  return typeof ref === 'string' && ref.startsWith(SCHEMA_REF) ? ref.slice(SCHEMA_REF.length) : undefined;
}

function collectRefs(node: Json, into: Set<string>): Set<string> {
  if (Array.isArray(node)) node.forEach((item) => collectRefs(item, into));
  else if (isObject(node)) {
    const target = refTarget(node);
    if (target !== undefined) into.add(target);
    Object.values(node).forEach((value) => collectRefs(value, into));
  }
  return into;
}

/** Names of the component schemas that can reach themselves through `$ref`s. */
export function findRecursiveSchemas(schemas: JsonObject): Set<string> {
  const edges = new Map(Object.entries(schemas).map(([name, schema]) => [name, collectRefs(schema, new Set())]));
  const recursive = new Set<string>();
  for (const start of edges.keys()) {
    const seen = new Set<string>();
    const stack = [...(edges.get(start) ?? [])];
    while (stack.length > 0) {
      const name = stack.pop() as string;
      if (name === start) {
        recursive.add(start);
        break;
      }
      if (seen.has(name)) continue;
      seen.add(name);
      stack.push(...(edges.get(name) ?? []));
    }
  }
  return recursive;
}

/**
 * Replaces recursion among component schemas by `depth` numbered copies (`Goods__unrolled1`, ...); the last copy
 * accepts any value where the recursion would continue. Non-recursive refs are untouched. Pure: returns a new doc.
 */
export function unrollRecursiveSchemas(doc: JsonObject, depth = UNROLL_DEPTH): JsonObject {
  const components = doc.components;
  const schemas = isObject(components) && isObject(components.schemas) ? components.schemas : undefined;
  if (schemas === undefined) return doc;
  const recursive = findRecursiveSchemas(schemas);
  if (recursive.size === 0) return doc;

  const copyName = (name: string, level: number): string => `${name}__unrolled${level}`;
  const rewrite = (node: Json, level: number): Json => {
    if (Array.isArray(node)) return node.map((item) => rewrite(item, level));
    if (!isObject(node)) return node;
    const target = refTarget(node);
    if (target !== undefined && recursive.has(target)) {
      if (level >= depth) {
        const { $ref: _dropped, ...siblings } = node;
        return { ...siblings, 'x-prism-unrolled': `recursion through ${target} is not validated deeper than ${depth} levels` };
      }
      return { ...node, $ref: `${SCHEMA_REF}${copyName(target, level + 1)}` };
    }
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, rewrite(value, level)]));
  };

  const unrolled: JsonObject = {};
  for (const [name, schema] of Object.entries(schemas)) unrolled[name] = rewrite(schema, 0);
  for (const name of recursive) {
    for (let level = 1; level <= depth; level += 1) unrolled[copyName(name, level)] = rewrite(schemas[name] ?? {}, level);
  }
  return { ...doc, components: { ...(components as JsonObject), schemas: unrolled } };
}

/** Gives every response header named in `placeholders` an `example` when it has none. Pure: returns a new doc. */
export function addResponseHeaderExamples(doc: JsonObject, placeholders: Readonly<Record<string, string>>): JsonObject {
  const out = structuredClone(doc);
  const componentHeaders = isObject(out.components) && isObject(out.components.headers) ? out.components.headers : {};
  const paths = isObject(out.paths) ? out.paths : {};
  for (const pathItem of Object.values(paths).filter(isObject)) {
    for (const operation of Object.values(pathItem).filter(isObject)) {
      const responses = isObject(operation.responses) ? operation.responses : {};
      for (const response of Object.values(responses).filter(isObject)) {
        const headers = isObject(response.headers) ? response.headers : {};
        for (const [name, entry] of Object.entries(headers)) {
          const placeholder = placeholders[name.toLowerCase()];
          if (placeholder === undefined || !isObject(entry)) continue;
          const ref = typeof entry.$ref === 'string' ? entry.$ref.split('/').pop() : undefined;
          const header = ref === undefined ? entry : componentHeaders[ref];
          if (!isObject(header) || 'example' in header || 'examples' in header) continue;
          header.example = placeholder;
        }
      }
    }
  }
  return out;
}

/**
 * Serves every path under each gateway prefix (`/ams/api/v1/payments/pay`, `/ams/sandbox/api/...`) and drops
 * `servers`, so a Prism proxy matches and forwards the path the client signed, unchanged. Pure: returns a new doc.
 */
export function mountAtPrefixes(doc: JsonObject, prefixes: readonly string[]): JsonObject {
  const paths = isObject(doc.paths) ? doc.paths : {};
  const mounted: JsonObject = {};
  for (const prefix of prefixes) {
    for (const [path, item] of Object.entries(paths)) {
      if (!isObject(item)) continue;
      // Prism keeps one operation per operationId, so each mounted copy gets its own.
      const renamed = Object.fromEntries(
        Object.entries(item).map(([method, operation]) =>
          isObject(operation) && typeof operation.operationId === 'string'
            ? [method, { ...operation, operationId: `${operation.operationId}${prefix.replace(/[^A-Za-z0-9]+/g, '_')}` }]
            : [method, operation],
        ),
      );
      mounted[`${prefix}${path}`] = renamed;
    }
  }
  const { servers: _servers, ...rest } = doc;
  return { ...rest, paths: mounted };
}

/** A spec file written for Prism; `dispose()` deletes it. */
export interface PrismSpecFile {
  /** The temporary folder that holds it (removed by dispose()). */
  dir: string;
  path: string;
  dispose(): void;
}

/**
 * Writes the Prism copy of `specPath` (JSON) to a temporary folder.
 * `mode: 'mock'` also fills response-header examples. `'proxy'` keeps the headers strict (there Prism validates
 * the upstream's real headers) and mounts the paths under `gatewayPrefixes`.
 *
 * @throws when the spec cannot be read or is not JSON.
 */
export function writePrismSpec(specPath: string, mode: 'mock' | 'proxy', gatewayPrefixes: readonly string[] = []): PrismSpecFile {
  const doc = JSON.parse(readFileSync(specPath, 'utf8')) as JsonObject;
  let prismDoc = unrollRecursiveSchemas(doc);
  prismDoc = mode === 'mock' ? addResponseHeaderExamples(prismDoc, RESPONSE_HEADER_PLACEHOLDERS) : mountAtPrefixes(prismDoc, gatewayPrefixes);
  const dir = mkdtempSync(join(tmpdir(), 'antom-prism-'));
  const path = join(dir, 'openapi.prism.json');
  writeFileSync(path, JSON.stringify(prismDoc));
  const remove = (): void => rmSync(dir, { recursive: true, force: true });
  // Also clean up when the process exits without dispose() (e.g. a test run that crashed).
  process.once('exit', remove);
  return {
    dir,
    path,
    dispose: () => {
      process.removeListener('exit', remove);
      remove();
    },
  };
}
