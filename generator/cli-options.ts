// The command line of `npm run generate`: its options, their defaults and the usage text.
import path from 'node:path';
import { sha256 } from './fingerprint.ts';
import { cacheDir } from './toolchain-key.mjs';
import { GeneratorError } from './types.ts';

export interface CliOptions {
  readonly spec: string;
  readonly out: string;
  readonly check: boolean;
  readonly force: boolean;
  readonly quiet: boolean;
  readonly lenient: boolean;
  readonly allowExternalRefs: boolean;
  /** How long one remote `$ref` may take, in milliseconds. */
  readonly refTimeoutMs: number;
  readonly cacheFile: string | undefined;
}

export const HELP = `Usage: npm run generate -- [options]

Turns the OpenAPI description into generated/: the bundled spec, TypeScript types, the result-code table and the client.

  --spec <file>   root of the spec (default: spec/openapi.yaml)
  --out <dir>     output folder (default: generated)
  --check         regenerate in memory and fail, naming the files, when the output folder differs
  --force         ignore the up-to-date check and regenerate
  --no-cache      neither read nor write the up-to-date fingerprint
  --lenient       report OpenAPI structure problems as warnings instead of failing (for third-party specs)
  --allow-external-refs
                  let a $ref read files outside the spec's folder and fetch URLs (refused by default)
  --ref-timeout <seconds>
                  how long one remote $ref may take, redirects included (default: 10)
  --quiet         print errors only
`;

export function parseArgs(argv: readonly string[], cwd: string, generatorDir: string): CliOptions | 'help' {
  let spec = 'spec/openapi.yaml';
  let out = 'generated';
  let check = false;
  let force = false;
  let quiet = false;
  let cache = true;
  let lenient = false;
  let allowExternalRefs = false;
  let refTimeout = 10;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const value = () => {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new GeneratorError(`${arg} needs a value`, { rule: 'usage' });
      i += 1;
      return next;
    };
    if (arg === '--spec') spec = value();
    else if (arg === '--out') out = value();
    else if (arg === '--check') check = true;
    else if (arg === '--force') force = true;
    else if (arg === '--quiet') quiet = true;
    else if (arg === '--no-cache') cache = false;
    else if (arg === '--lenient') lenient = true;
    else if (arg === '--allow-external-refs') allowExternalRefs = true;
    else if (arg === '--ref-timeout') {
      refTimeout = Number(value());
      if (!(refTimeout > 0 && refTimeout <= 600)) throw new GeneratorError('--ref-timeout needs a number of seconds above 0, at most 600', { rule: 'usage' });
    }
    else if (arg === '--help' || arg === '-h') return 'help';
    else throw new GeneratorError(`unknown option ${arg}\n\n${HELP}`, { rule: 'usage' });
  }
  const outDir = path.resolve(cwd, out);
  const cacheKey = sha256(`${path.resolve(cwd, spec)}\0${outDir}`).slice(0, 16);
  return {
    spec: path.resolve(cwd, spec),
    out: outDir,
    check,
    force,
    quiet,
    lenient,
    allowExternalRefs,
    refTimeoutMs: Math.round(refTimeout * 1000),
    cacheFile: cache ? path.join(cacheDir(generatorDir), `${cacheKey}.json`) : undefined,
  };
}
