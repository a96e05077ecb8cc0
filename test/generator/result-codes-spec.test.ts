// The committed generated/result-codes.ts holds exactly the spec's tables: for every operation with an
// `x-result-codes` table, every code with its status, message, action and inferred flag, in the spec's order, and
// the fallback; the root's `x-common-result-codes` as commonResultCodes; and every operation's lookup answers a
// gateway-wide code with its own row when it lists one, else with the gateway-wide row.
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
  inferred?: true;
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

/** The root's gateway-wide table, straight from the spec's YAML. */
function specCommonRows(): Row[] {
  const root = path.join(ROOT, 'spec/openapi.yaml');
  const value = (load(root) as Record<string, unknown>)['x-common-result-codes'];
  return (deref(value, root).value as { codes: Row[] }).codes;
}

/** A row as the generated table writes it: `inferred` only where the spec says so. */
const asGenerated = ({ code: _code, ...row }: Row): Omit<Row, 'code'> => row;

const tables = specTables();
const commonRows = specCommonRows();
const exported = generated as unknown as Record<string, unknown>;

describe('the generated gateway-wide table equals the spec', () => {
  it('lists the same codes in the same order, each with status, message, action and inferred flag', () => {
    expect(commonRows.length).toBeGreaterThan(0);
    expect(Object.keys(generated.commonResultCodes)).toEqual(commonRows.map((row) => row.code));
    for (const row of commonRows) expect((generated.commonResultCodes as Record<string, unknown>)[row.code], row.code).toEqual(asGenerated(row));
    expect(commonRows.some((row) => row.inferred === true)).toBe(true);
  });
});

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

    it.each(codes)('$code: status, message, action and inferred flag as in the spec', (row) => {
      expect(table[row.code]).toEqual(asGenerated(row));
    });

    it.each(commonRows)('$code: looked up with its own row when it lists one, else the gateway-wide row', (row) => {
      const own = codes.find((r) => r.code === row.code);
      const lookup = exported[`lookup${operationId.charAt(0).toUpperCase()}${operationId.slice(1)}ResultCode`] as (code: string) => unknown;
      expect(lookup(row.code)).toEqual({ ...asGenerated(own ?? row), code: row.code, known: true });
      expect(generated.lookupResultCode(operationId as generated.ResultCodeOperationId, row.code)).toEqual(lookup(row.code));
    });

    it('has the fallback of the spec for an unlisted code', () => {
      const unknown = exported[`${operationId}UnknownResultCode`];
      expect(unknown).toEqual({ status: fallback.status, message: fallback.message, action: fallback.action });
    });
  });
});
