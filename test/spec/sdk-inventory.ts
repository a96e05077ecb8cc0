// Walks test/spec/sdk-inventory.json (the SDK field names per model) from each root against the bundled spec,
// and finds the closed value lists among the schemas that only Antom sends.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getPointer, loadBundle, repoRoot } from './helpers.ts';
import type { Json, JsonObject } from './helpers.ts';

export interface InventoryModel {
  readonly sdkClass: string;
  readonly sources: readonly unknown[];
  readonly fields: Readonly<Record<string, string>>;
}

export interface Inventory {
  readonly roots: Readonly<Record<string, string>>;
  readonly models: Readonly<Record<string, InventoryModel>>;
  readonly exclusions: readonly { model: string; field: string; reason: string }[];
  /** Schemas allowed a closed list; with `pointers`, exactly those enums (JSON pointers inside the schema) may be closed. */
  readonly closedValueLists: readonly { schema: string; reason: string; pointers?: readonly string[] }[];
}

export interface RootCoverage {
  readonly root: string;
  /** Every `Model.field` reachable from the root in the inventory. */
  readonly fields: readonly string[];
  readonly excluded: readonly string[];
  readonly covered: readonly string[];
  /** Not in the spec and not excluded: each one fails the test. */
  readonly missing: readonly string[];
  /** Inventory fields whose SDK type is a model but whose spec property holds no object schema. */
  readonly unwalkable: readonly string[];
}

export function loadInventory(): Inventory {
  return JSON.parse(readFileSync(join(repoRoot, 'test/spec/sdk-inventory.json'), 'utf8')) as Inventory;
}

/** `Array<Goods>` → `Goods`, `Map<String,AmountLimitInfo>` → `AmountLimitInfo`; any other type name unchanged. */
function elementType(type: string): string {
  const match = /^Array<(.+)>$/.exec(type) ?? /^Map<String,\s*(.+)>$/.exec(type);
  return match ? match[1]! : type;
}

/** Follows `$ref`s (and array `items`, map values) to the object schema a property holds, if any. */
function objectSchemaOf(schema: Json | undefined): JsonObject | undefined {
  let node = schema;
  for (let hops = 0; hops < 8 && node && typeof node === 'object' && !Array.isArray(node); hops++) {
    if (typeof node.$ref === 'string') node = getPointer(loadBundle(), node.$ref);
    else if (node.type === 'array' || (Array.isArray(node.type) && node.type.includes('array'))) node = node.items; // also a nullable list
    else if (!node.properties && node.additionalProperties && typeof node.additionalProperties === 'object') node = node.additionalProperties; // a map
    else return node.properties ? node : undefined;
  }
  return undefined;
}

/** Coverage of one root: the inventory's model tree walked alongside the spec's schema tree. */
export function rootCoverage(inventory: Inventory, root: string, rootSchema: string): RootCoverage {
  const excludedNames = new Set(inventory.exclusions.map((e) => `${e.model}.${e.field}`));
  const fields: string[] = [];
  const excluded: string[] = [];
  const covered: string[] = [];
  const missing: string[] = [];
  const unwalkable: string[] = [];
  const seen = new Set<string>();
  const queue: [string, JsonObject][] = [[rootSchema, objectSchemaOf({ $ref: `#/components/schemas/${rootSchema}` })!]];
  while (queue.length > 0) {
    const [modelName, schema] = queue.shift()!;
    if (seen.has(modelName)) continue;
    seen.add(modelName);
    const model = inventory.models[modelName];
    if (!model) throw new Error(`sdk-inventory.json has no model ${modelName}`);
    const properties = (schema.properties ?? {}) as JsonObject;
    for (const [field, type] of Object.entries(model.fields)) {
      const name = `${modelName}.${field}`;
      fields.push(name);
      if (excludedNames.has(name)) {
        excluded.push(name);
        continue;
      }
      if (!(field in properties)) {
        missing.push(name);
        continue;
      }
      covered.push(name);
      const nested = elementType(type);
      if (inventory.models[nested]) {
        const target = objectSchemaOf(properties[field]);
        if (target) queue.push([nested, target]);
        else unwalkable.push(name);
      }
    }
  }
  return { root, fields, excluded, covered, missing, unwalkable };
}

/** Names of the component schemas reachable from `start` through `$ref`s. */
export function reachableSchemas(start: readonly string[]): Set<string> {
  const found = new Set<string>();
  const visit = (node: Json): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const ref = node.$ref;
      if (typeof ref === 'string' && ref.startsWith('#/components/schemas/')) {
        const name = ref.slice('#/components/schemas/'.length);
        if (!found.has(name)) {
          found.add(name);
          visit(getPointer(loadBundle(), ref));
        }
      }
      Object.values(node).forEach(visit);
    }
  };
  start.forEach((name) => visit({ $ref: `#/components/schemas/${name}` }));
  return found;
}

/** An `anyOf` that lists known values and also admits any bounded string. */
function isOpenValueList(node: JsonObject): boolean {
  const branches = node.anyOf;
  if (!Array.isArray(branches)) return false;
  const isObject = (b: Json): b is JsonObject => !!b && typeof b === 'object' && !Array.isArray(b);
  return branches.some((b) => isObject(b) && Array.isArray(b.enum)) && branches.some((b) => isObject(b) && b.type === 'string' && b.enum === undefined && b.const === undefined);
}

/** JSON pointers (inside the named schema) of every `enum` that is not the known-values branch of an open list. */
export function closedValueLists(schemaName: string): string[] {
  const out: string[] = [];
  const visit = (node: Json, pointer: string, openBranch: boolean): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach((item, i) => visit(item, `${pointer}/${i}`, openBranch));
      return;
    }
    if (Array.isArray(node.enum) && !openBranch) out.push(pointer || '/');
    const open = isOpenValueList(node);
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' || key === 'examples' || key === 'example') continue;
      if (key === 'anyOf' && open && Array.isArray(value)) value.forEach((b, i) => visit(b, `${pointer}/anyOf/${i}`, true));
      else visit(value, `${pointer}/${key}`, false);
    }
  };
  visit(getPointer(loadBundle(), `#/components/schemas/${schemaName}`), '', false);
  return out;
}
