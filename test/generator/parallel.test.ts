import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import { startParallelEmitters } from '../../generator/parallel.ts';

const spec = { source: 'spec/x.yaml', title: 'X', version: '1' };

it('when an emitter thread dies, then calls fail with a generator error instead of waiting forever', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'antom-workers-'));
  writeFileSync(path.join(dir, 'emit-worker-types-entry.cjs'), "throw new Error('boom at start');\n");
  writeFileSync(path.join(dir, 'emit-worker-morph-entry.cjs'), 'process.exit(3);\n');
  const parallel = startParallelEmitters(pathToFileURL(`${dir}/`));
  expect(parallel).toBeDefined();
  const { emitters, close } = parallel!;
  await expect(emitters.schemaTypes({ openapi: '3.1.0', info: { title: 'X', version: '1' } }, spec)).rejects.toThrow(/types emitter thread/);
  await expect(emitters.client([], spec)).rejects.toThrow(/morph emitter thread ended \(exit code 3\)/);
  await close();
});

it('falls back to in-process emitters when the compiled workers are not there', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'antom-workers-'));
  expect(startParallelEmitters(pathToFileURL(`${dir}/`))).toBeUndefined();
});
