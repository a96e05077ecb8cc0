// Bench-only builds of the package (src/ is not touched): esbuild bundles src/index.ts three times, and two of
// the builds swap src/signing/rsa.ts for a stand-in so one cost can be isolated:
// - 'real':      the package as shipped;
// - 'no-crypto': RSA sign and verify replaced by constants, so only "our layer" (header handling, sign-content
//                assembly, Request building, timeouts, response rebuild) is left on top of openapi-fetch;
// - 'sync-sign': signRsaSha256Async replaced by the synchronous signRsaSha256 (blocks the event loop), which is
//                what a client without threadpool signing does.
// openapi-fetch stays external, so every build shares the instance the bare openapi-fetch peer uses.
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { Plugin } from 'esbuild';
import { ARTIFACTS, ROOT } from './fixtures.ts';

export type PackageModule = typeof import('../../../src/index.ts');
export type VariantName = 'real' | 'no-crypto' | 'sync-sign';

const RSA_MODULE = `${ROOT}src/signing/rsa.ts`;
const REAL_RSA = 'bench:real-rsa';

const STUBS: Record<Exclude<VariantName, 'real'>, string> = {
  'no-crypto': `
    export { synchronousFormRefused } from '${REAL_RSA}';
    const SIGNATURE = Buffer.alloc(256, 7).toString('base64');
    export function signRsaSha256() { return SIGNATURE; }
    export function signRsaSha256Async() { return Promise.resolve(SIGNATURE); }
    export function verifyRsaSha256() { return true; }
    export function verifyRsaSha256Async() { return Promise.resolve(true); }
    export function canVerifySynchronously() { return true; }
  `,
  'sync-sign': `
    import { signRsaSha256, verifyRsaSha256, verifyRsaSha256Async, canVerifySynchronously, synchronousFormRefused } from '${REAL_RSA}';
    export { signRsaSha256, verifyRsaSha256, verifyRsaSha256Async, canVerifySynchronously, synchronousFormRefused };
    export function signRsaSha256Async(content, key) { return new Promise((resolve) => resolve(signRsaSha256(content, key))); }
  `,
};

function swapRsa(stub: string): Plugin {
  return {
    name: 'bench-swap-rsa',
    setup(b) {
      b.onResolve({ filter: /^bench:real-rsa$/ }, () => ({ path: RSA_MODULE, namespace: 'bench-real' }));
      b.onLoad({ filter: /.*/, namespace: 'bench-real' }, async () => ({
        contents: await readFile(RSA_MODULE, 'utf8'),
        loader: 'ts',
        resolveDir: dirname(RSA_MODULE),
      }));
      b.onLoad({ filter: /[\\/]src[\\/]signing[\\/]rsa\.ts$/ }, (args) =>
        args.path === RSA_MODULE ? { contents: stub, loader: 'js', resolveDir: dirname(RSA_MODULE) } : undefined,
      );
    },
  };
}

/** Builds one variant to artifacts/bench/variants/<name>.mjs and imports it. */
export async function loadVariant(name: VariantName): Promise<PackageModule> {
  const outfile = `${ARTIFACTS}/variants/${name}.mjs`;
  await mkdir(dirname(outfile), { recursive: true });
  await build({
    entryPoints: [`${ROOT}src/index.ts`],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['openapi-fetch'],
    plugins: name === 'real' ? [] : [swapRsa(STUBS[name])],
    logLevel: 'error',
  });
  return (await import(pathToFileURL(outfile).href)) as PackageModule;
}
