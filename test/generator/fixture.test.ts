import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_SPEC, runGenerate, tempDir, typecheckFolder } from './helpers.ts';

// A second, unrelated API with its own x-result-codes table goes through the same code path as the pay spec.
describe('the lockers fixture spec', () => {
  let out: string;
  beforeAll(() => {
    out = path.join(tempDir('fixture'), 'generated');
    const result = runGenerate(['--spec', FIXTURE_SPEC, '--out', out, '--no-cache']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it.each(['openapi.json', 'schema.ts', 'client.ts', 'result-codes.ts'])('generates %s as snapshotted', async (file) => {
    await expect(readFileSync(path.join(out, file), 'utf8')).toMatchFileSnapshot(`__snapshots__/lockers-api/${file}`);
  });

  it('type-checks under strict TypeScript, together with a consumer that calls both operations', () => {
    writeFileSync(
      path.join(out, 'consumer.ts'),
      [
        "import { createOperations } from './client.ts';",
        "import { lookupReserveLockerResultCode, type ReserveLockerResultCode } from './result-codes.ts';",
        "const api = createOperations({ baseUrl: 'http://127.0.0.1:9999/api' });",
        "export const reserve = () => api.reserveLocker({ size: 'M', holder: 'Ada' }, { params: { path: { lockerId: 'L1' } } });",
        '// @ts-expect-error size must be S, M or L',
        "export const wrongSize = () => api.reserveLocker({ size: 'XL', holder: 'Ada' }, { params: { path: { lockerId: 'L1' } } });",
        '// @ts-expect-error the path parameter is required',
        "export const noParams = () => api.reserveLocker({ size: 'S', holder: 'Ada' });",
        'export const list = () => api.listLockers();',
        "export const code: ReserveLockerResultCode = 'LOCKER_FULL';",
        "export const entry = lookupReserveLockerResultCode('WHATEVER');",
      ].join('\n'),
    );
    const output = typecheckFolder(out);
    expect(output).toBe('');
  });
});
