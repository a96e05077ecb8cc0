// Finds the field a reference entry names (../shared/reference/checkout/*.json: dotted paths, `[]` for array items,
// `{}` for map values, `*` for any property) in the bundled spec, following $refs, so that tests can compare the
// required markers, value lists and lengths of the reference with the spec.
import { getPointer, loadBundle } from './helpers.ts';
import type { Json, JsonObject } from './helpers.ts';

export interface ReferenceField {
  path: string;
  required: boolean | 'conditional';
  maxLength?: number;
  enum?: string[];
  inferred?: boolean;
}

/** One place a reference path lands on: the object schema holding the property, and the property's value schema. */
export interface FieldSite {
  parent: JsonObject;
  name: string;
  /** The property's schema with $refs followed, and array items / map values taken where the path says so. */
  value: JsonObject;
}

const asObject = (node: Json | undefined): JsonObject => (node !== null && typeof node === 'object' && !Array.isArray(node) ? node : {});

/** Follows `$ref`s to the schema they name. */
export function resolve(node: Json | undefined): JsonObject {
  let current = asObject(node);
  for (let hops = 0; hops < 8 && typeof current.$ref === 'string'; hops++) current = asObject(getPointer(loadBundle(), current.$ref));
  return current;
}

/** Every site the path names under `root` (a component schema name); an empty list when a segment is missing. */
export function findField(root: string, path: string): FieldSite[] {
  let objects: JsonObject[] = [resolve({ $ref: `#/components/schemas/${root}` })];
  let sites: FieldSite[] = [];
  for (const segment of path.split('.')) {
    const match = /^([^[{]+)((?:\[\]|\{\})*)$/.exec(segment);
    if (!match) throw new Error(`cannot read the path segment ${segment} of ${path}`);
    const [, name, suffixes] = match as unknown as [string, string, string];
    sites = objects.flatMap((parent) => {
      const properties = asObject(parent.properties);
      const names = name === '*' ? Object.keys(properties) : name in properties ? [name] : [];
      return names.map((key) => {
        let value = resolve(properties[key]);
        for (const suffix of suffixes.match(/\[\]|\{\}/g) ?? []) value = resolve(suffix === '[]' ? value.items : value.additionalProperties);
        return { parent, name: key, value };
      });
    });
    objects = sites.map((site) => site.value);
  }
  return sites;
}

/** Names a schema requires outright (its `required`, not its if/then clauses). */
export function requiredNames(schema: JsonObject): string[] {
  return Array.isArray(schema.required) ? (schema.required as string[]) : [];
}

/** Names some `allOf` if/then clause of the schema requires. */
export function conditionallyRequired(schema: JsonObject): string[] {
  return (Array.isArray(schema.allOf) ? schema.allOf : []).flatMap((part) => requiredNames(asObject(asObject(part).then)));
}

/** The string schema that carries the value: array items, and for an open value list its free-text branch. */
function valueBranches(value: JsonObject): JsonObject[] {
  const node = value.type === 'array' ? resolve(value.items) : value;
  return Array.isArray(node.anyOf) ? node.anyOf.map((branch) => resolve(branch)) : [node];
}

/** Every value the schema lists (enum, const; also the known values of an open list). */
export function listedValues(value: JsonObject): string[] {
  return valueBranches(value).flatMap((branch) => [...(Array.isArray(branch.enum) ? branch.enum : []), ...('const' in branch ? [branch.const] : [])]).map(String);
}

/** The largest maxLength among the value's string branches, or undefined when none has one. */
export function maxLengthOf(value: JsonObject): number | undefined {
  const lengths = valueBranches(value).flatMap((branch) => (typeof branch.maxLength === 'number' ? [branch.maxLength] : []));
  return lengths.length === 0 ? undefined : Math.max(...lengths);
}
