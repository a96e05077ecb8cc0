// Test helper for the spec suite: loads the generated bundle (generated/openapi.json), compiles its schemas
// with Ajv (JSON Schema 2020-12, the dialect of OpenAPI 3.1) and reads the spec sources and the reference
// data kept outside the repository (../shared/reference).
//
// How the bundle is registered: the whole OpenAPI document is added to Ajv as one schema resource under a
// fixed `$id`. With `strict: false` Ajv ignores the OpenAPI keywords it does not know (openapi, info, paths,
// components...), and a `$ref` such as `urn:antom:bundle#/components/schemas/PayRequest` is resolved as a
// JSON pointer into that document, so the bundle's own local refs (`#/components/schemas/Env`) resolve too.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsImport from 'ajv-formats';
import type { FormatsPlugin } from 'ajv-formats';
import { parse as parseYaml } from 'yaml';

/** Absolute path of the repository root (the folder holding package.json). */
export const repoRoot: string = fileURLToPath(new URL('../..', import.meta.url));

/** Absolute path of the shared reference folder, a sibling of the repository (../shared/reference). */
export const referenceDir: string = fileURLToPath(new URL('../../../shared/reference/', import.meta.url));

export const BUNDLE_ID = 'urn:antom:bundle';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** Reads a file of the repository as UTF-8 text. */
export function readRepoText(rel: string): string {
  return readFileSync(join(repoRoot, rel), 'utf8');
}

/** Parses a YAML file of the repository. */
export function readRepoYaml<T = unknown>(rel: string): T {
  return parseYaml(readRepoText(rel)) as T;
}

/**
 * Reads a file of ../shared/reference. A missing folder or file is a failure with an explanation, never a
 * skip: the assertions that use it would otherwise silently vanish.
 */
export function readReferenceText(name: string): string {
  if (!existsSync(referenceDir)) {
    throw new Error(
      `Reference folder not found at ${referenceDir}. The spec tests compare the spec with the reference data in ` +
        `../shared/reference (relative to the repository root); check it out next to the repository.`,
    );
  }
  const file = join(referenceDir, name);
  if (!existsSync(file)) throw new Error(`Reference file ${name} not found in ${referenceDir}.`);
  return readFileSync(file, 'utf8');
}

export function readReferenceJson<T = unknown>(name: string): T {
  return JSON.parse(readReferenceText(name)) as T;
}

/** Every file under `dir` (relative to the repository root), as repository-relative paths, sorted. */
export function listRepoFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (abs: string): void => {
    for (const entry of readdirSync(abs)) {
      const path = join(abs, entry);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(repoRoot, path).split('\\').join('/'));
    }
  };
  walk(join(repoRoot, dir));
  return out.sort();
}

let bundleCache: JsonObject | undefined;

/** The generated bundle; fails with a hint when it has not been generated yet. */
export function loadBundle(): JsonObject {
  if (bundleCache) return bundleCache;
  const file = join(repoRoot, 'generated', 'openapi.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run generate first.`);
  bundleCache = JSON.parse(readFileSync(file, 'utf8')) as JsonObject;
  return bundleCache;
}

/** Looks up a JSON pointer (`#/a/b~1c` or `/a/b~1c`) inside `doc`; throws when a segment is missing. */
export function getPointer(doc: Json, pointer: string): Json {
  const path = pointer.replace(/^#/, '');
  if (path === '') return doc;
  let node: Json = doc;
  for (const raw of path.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !(key in node)) throw new Error(`No ${pointer} in the bundle.`);
    node = Array.isArray(node) ? (node[Number(key)] as Json) : (node[key] as Json);
  }
  return node;
}

/** Encodes one JSON pointer segment. */
export function pointerSegment(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

// ajv-formats is CommonJS; depending on the loader the default import is the plugin or its module object.
const addFormats: FormatsPlugin =
  (addFormatsImport as unknown as { default?: FormatsPlugin }).default ?? (addFormatsImport as unknown as FormatsPlugin);

let ajvCache: Ajv2020 | undefined;

/** One Ajv instance (2020-12, all errors, formats) holding the whole bundle under BUNDLE_ID. */
export function bundleAjv(): Ajv2020 {
  if (ajvCache) return ajvCache;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ ...loadBundle(), $id: BUNDLE_ID });
  ajvCache = ajv;
  return ajv;
}

const validators = new Map<string, ValidateFunction>();

/** Validator of the schema at `pointer` in the bundle (e.g. a media type's `.../schema`). */
export function validatorAt(pointer: string): ValidateFunction {
  const ref = `${BUNDLE_ID}#${pointer.replace(/^#/, '')}`;
  let validate = validators.get(ref);
  if (!validate) {
    getPointer(loadBundle(), pointer); // fail early and clearly on a typo
    validate = bundleAjv().compile({ $ref: ref });
    validators.set(ref, validate);
  }
  return validate;
}

/** Validator of `components.schemas[name]` in the bundle. */
export function validator(name: string): ValidateFunction {
  return validatorAt(`#/components/schemas/${pointerSegment(name)}`);
}

/** The schema object `components.schemas[name]` of the bundle. */
export function bundleSchema(name: string): JsonObject {
  return getPointer(loadBundle(), `#/components/schemas/${pointerSegment(name)}`) as JsonObject;
}

/** Compact one-line rendering of Ajv errors, for failure messages. */
export function formatErrors(errors: readonly ErrorObject[] | null | undefined): string {
  if (!errors || errors.length === 0) return '(no errors)';
  return errors.map((e) => `${e.instancePath || '/'} ${e.keyword} ${e.message ?? ''} ${JSON.stringify(e.params)}`).join('; ');
}

/** Runs `validate` and returns its errors (empty when valid). */
export function validate(fn: ValidateFunction, data: unknown): ErrorObject[] {
  return fn(data) ? [] : [...(fn.errors ?? [])];
}

/** Deep copy of JSON data. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}

/** Sets (or, with `undefined`, deletes) the value at a dotted path, creating nothing: the parent must exist. */
export function withChange<T extends object>(body: T, path: string, value: unknown): T {
  const copy = clone(body) as Record<string, unknown>;
  const keys = path.split('.');
  const last = keys.pop() as string;
  let node: Record<string, unknown> = copy;
  for (const key of keys) {
    const next = node[key];
    if (next === null || typeof next !== 'object') throw new Error(`withChange: ${path} has no parent object at ${key}`);
    node = next as Record<string, unknown>;
  }
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy as T;
}
