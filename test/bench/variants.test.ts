// The bench-only builds (scripts/bench/runtime/variants.ts) swap src/signing/rsa.ts for a stand-in: when rsa.ts
// gains an export the stand-ins lack, `npm run bench:runtime` fails at its first step. Built here so that shows up
// in the suite, not at the next benchmark run.
import { describe, expect, it } from 'vitest';
import { loadVariant } from '../../scripts/bench/runtime/variants.ts';

describe('bench variants', () => {
  it.each(['no-crypto', 'sync-sign'] as const)('%s builds and loads', async (name) => {
    const variant = await loadVariant(name);
    expect(typeof variant.createAntomClient).toBe('function');
    expect(typeof variant.signRsaSha256Async).toBe('function');
  }, 60_000);
});
