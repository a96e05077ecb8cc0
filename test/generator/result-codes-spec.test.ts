// The committed generated/result-codes.ts holds exactly the spec's tables: for every operation with an
// `x-result-codes` table, every code with its status, message and action, in the spec's order, and the fallback.
// The spec is read here with the yaml package alone (the operation's $ref resolved by hand, not through the
// generator), so a generator or a hand edit that changes a row cannot agree with itself.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import * as generated from '../../generated/result-codes.ts';
import { ROOT } from './helpers.ts';

interface Row {
  code: string;
  status: string;
  message: string;
  action: string;
}
interface Table {
  operationId: string;
  codes: Row[];
  fallback: Omit<Row, 'code'>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function load(file: string): unknown {
  return parse(readFileSync(file, 'utf8'));
}

/** Follows a `$ref` (a relative file, optionally with a JSON pointer) from `file`; other values come back as they are. */
function deref(value: unknown, file: string): { value: unknown; file: string } {
  const ref = (value as { $ref?: unknown } | null)?.$ref;
  if (typeof ref !== 'string') return { value, file };
  const [target = '', pointer = ''] = ref.split('#');
  const next = target === '' ? file : path.resolve(path.dirname(file), target);
  let node: unknown = load(next);
  for (const part of pointer.split('/').filter(Boolean)) node = (node as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  return deref(node, next);
}

/** Every operation's result-code table, straight from the spec's YAML. */
function specTables(): Table[] {
  const root = path.join(ROOT, 'spec/openapi.yaml');
  const paths = (load(root) as { paths?: Record<string, unknown> }).paths ?? {};
  const tables: Table[] = [];
  for (const entry of Object.values(paths)) {
    const item = deref(entry, root);
    for (const method of METHODS) {
      const operation = (item.value as Record<string, { operationId?: string; 'x-result-codes'?: unknown } | undefined>)[method];
      if (operation?.['x-result-codes'] === undefined) continue;
      const table = deref(operation['x-result-codes'], item.file).value as { codes: Row[]; fallback: Table['fallback'] };
      tables.push({ operationId: String(operation.operationId), codes: table.codes, fallback: table.fallback });
    }
  }
  return tables;
}

const tables = specTables();
const exported = generated as unknown as Record<string, unknown>;

describe('generated result-code tables equal the spec', () => {
  it('the spec has at least the pay table, and every table is exported', () => {
    expect(tables.map((t) => t.operationId)).toContain('pay');
    for (const { operationId } of tables) expect(exported[`${operationId}ResultCodes`], operationId).toBeTypeOf('object');
  });

  describe.each(tables)('$operationId', ({ operationId, codes, fallback }) => {
    const table = exported[`${operationId}ResultCodes`] as Record<string, Omit<Row, 'code'>>;

    it('lists the same codes in the same order', () => {
      expect(Object.keys(table)).toEqual(codes.map((row) => row.code));
    });

    it.each(codes)('$code: status, message and action as in the spec', (row) => {
      expect(table[row.code]).toEqual({ status: row.status, message: row.message, action: row.action });
    });

    it('has the fallback of the spec for an unlisted code', () => {
      const unknown = exported[`${operationId}UnknownResultCode`];
      expect(unknown).toEqual({ status: fallback.status, message: fallback.message, action: fallback.action });
    });
  });
});
