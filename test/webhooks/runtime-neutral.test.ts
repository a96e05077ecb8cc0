// The webhook helpers load where there are no Node built-ins (Workers, Deno, Bun, browsers' test runners): esbuild
// bundles them for the neutral platform, where an import of `node:*` (or a bare `crypto`, `http`…) cannot resolve.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { expect, it } from 'vitest';

it('src/webhooks bundles for a platform without Node built-ins, and the bundle names none', async () => {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../../src/webhooks/index.ts', import.meta.url))],
    bundle: true,
    platform: 'neutral',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  expect(result.errors).toEqual([]);
  const code = result.outputFiles[0]!.text;
  expect(code).toContain('verifyWebhook');
  expect(code).not.toMatch(/from\s*["'](node:|crypto|http|https|fs|buffer)["']/);
  expect(code).not.toMatch(/\bBuffer\./);
});
