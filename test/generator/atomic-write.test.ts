// Fault injection: a write that fails part-way through a generate run must leave the output folder exactly as it
// was (byte-identical, no file of the new run in it) and no staging folder behind. The failure is injected into
// node:fs/promises' writeFile for the CLI, run in-process, on the Nth file it writes for the output.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copySpec, hashTree, runGenerate } from './helpers.ts';

const fault = vi.hoisted(() => ({ under: '', failAt: 0, writes: [] as string[] }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const writeFile: typeof actual.writeFile = async (file, data, options) => {
    const target = String(file);
    if (fault.under !== '' && target.startsWith(fault.under)) {
      fault.writes.push(target);
      if (fault.writes.length === fault.failAt) throw Object.assign(new Error(`ENOSPC: no space left on device (injected), write '${target}'`), { code: 'ENOSPC' });
    }
    return actual.writeFile(file, data, options);
  };
  return { ...actual, default: { ...actual, writeFile }, writeFile };
});

afterEach(() => {
  fault.under = '';
  fault.failAt = 0;
  fault.writes = [];
});

describe('generate writes generated/ atomically', () => {
  it.each([3])('a write failing at file %i of 4 leaves the previous output byte-identical and no partial state', async (failAt) => {
    const { dir, spec } = copySpec();
    const out = path.join(dir, 'generated');
    expect(runGenerate(['--spec', spec, '--out', out, '--no-cache'], dir).status).toBe(0);
    const before = hashTree(out);
    expect(Object.keys(before)).toHaveLength(4);

    // Change the spec so that every file of the new run would differ from the old output.
    const table = path.join(dir, 'spec/result-codes/pay.yaml');
    writeFileSync(table, readFileSync(table, 'utf8').replace('message: Success', 'message: Success (changed)'));
    const pathItem = path.join(dir, 'spec/paths/v1_payments_pay.yaml');
    writeFileSync(pathItem, readFileSync(pathItem, 'utf8').replace('operationId: pay', 'operationId: pay\n  x-note: changed'));

    fault.under = dir;
    fault.failAt = failAt;
    const { main } = await import('../../generator/cli.ts');
    await expect(main(['--spec', spec, '--out', out, '--no-cache', '--quiet'], dir)).rejects.toThrow('ENOSPC');
    expect(fault.writes.length).toBe(failAt);

    expect(hashTree(out)).toEqual(before);
    const leftovers = readdirSync(dir).filter((name) => name.startsWith('.generated.'));
    expect(leftovers).toEqual([]);

    // And without the fault the same run replaces the output with the new files.
    fault.under = '';
    expect(await main(['--spec', spec, '--out', out, '--no-cache', '--quiet'], dir)).toBe(0);
    expect(readFileSync(path.join(out, 'result-codes.ts'), 'utf8')).toContain('Success (changed)');
    expect(existsSync(path.join(out, 'schema.ts'))).toBe(true);
  });
});
