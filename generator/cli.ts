import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { CliOptions } from './cli-options.ts';
import { HELP, parseArgs } from './cli-options.ts';
import type { EmitterThread } from './emitter-thread.ts';
import { emittersOn } from './emitter-thread.ts';
import type { Fingerprint } from './fingerprint.ts';
import { hashFiles, isFresh, readFingerprint, sha256 } from './fingerprint.ts';
import { assertReplaceable, compareOutputs, listOutputs, recoverInterruptedSwap, writeAtomically } from './output-folder.ts';
import { toolchainKey } from './toolchain-key.mjs';
import type { SpecIdentity } from './types.ts';
import { GeneratorError } from './types.ts';
import { trace } from './trace.ts';

/** The spec's path relative to its project (nearest folder with a package.json), so output never depends on the cwd. */
function projectRelative(file: string): string {
  let dir = path.dirname(file);
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  const root = existsSync(path.join(dir, 'package.json')) ? dir : path.dirname(file);
  return path.relative(root, file).split(path.sep).join('/');
}

// Terminal control characters (C0 but tab and line feed, DEL, C1) and bidirectional overrides.
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * What the CLI prints, with spec text in it (a title, a value in an error) made inert for the terminal: a control
 * character or a bidirectional override is shown as its `\u` escape, so a spec cannot move the cursor, recolour or
 * rewrite the screen, or reorder what the user reads.
 */
function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

function size(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} kB`;
}

/**
 * Runs the CLI. `generatorDir` is the folder of the generator's sources, passed by the launcher because this
 * module may run from a compiled copy; `toolchainKeyHex` is the launcher's `toolchainKey()`, so the up-to-date
 * check does not read the sources and the lockfile a second time. `startEmitterThread` starts the launcher's
 * emitter thread (generator/emit-worker.ts); it is called once the run knows it will emit, before the spec is
 * read, so that loading the thread's tools overlaps with the read. Without it (running from the TypeScript
 * sources) the emitters run in this thread. A started thread is ended on every path.
 */
export async function main(
  argv: readonly string[],
  cwd = process.cwd(),
  generatorDir = path.dirname(fileURLToPath(import.meta.url)),
  toolchainKeyHex = toolchainKey(generatorDir),
  startEmitterThread?: () => Worker,
): Promise<number> {
  let thread: EmitterThread | undefined;
  const start = startEmitterThread && (() => (thread = emittersOn(startEmitterThread())));
  try {
    return await run(argv, cwd, generatorDir, toolchainKeyHex, start);
  } finally {
    await thread?.end();
  }
}

async function run(argv: readonly string[], cwd: string, generatorDir: string, toolchainKeyHex: string, startThread: (() => EmitterThread) | undefined): Promise<number> {
  const started = performance.now();
  trace('cli run');
  let options: CliOptions | 'help';
  try {
    options = parseArgs(argv, cwd, generatorDir);
  } catch (error) {
    process.stderr.write(`generate: ${(error as Error).message}\n`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  const { spec, out, check, quiet } = options;
  const log = (line: string) => {
    if (!quiet) process.stdout.write(`generate: ${printable(line)}\n`);
  };
  const rel = (file: string) => path.relative(cwd, file) || '.';
  let locate: ((pointer: string) => Promise<string | undefined>) | undefined;
  try {
    await recoverInterruptedSwap(out);
    // A --lenient run must not vouch for a strict one, nor one that allows external refs for one that does not.
    const toolchain = sha256(`${toolchainKeyHex}\0lenient=${options.lenient}${options.allowExternalRefs ? '\0external-refs' : ''}`);
    const previous = check || options.force ? undefined : await readFingerprint(options.cacheFile);
    if (previous) {
      const inputs = await hashFiles(Object.keys(previous.inputs), cwd);
      const outputs = await hashFiles(await listOutputs(out), out);
      if (isFresh(previous, { toolchain, inputs, outputs })) {
        log(`${rel(out)}/ is up to date with ${rel(spec)} (${Object.keys(inputs).length} inputs unchanged) in ${seconds(performance.now() - started)}`);
        return 0;
      }
    }

    const thread = startThread?.();
    trace('emitter thread started');
    const readStart = performance.now();
    const { readSpec, formatProblem } = await import('./resolve.ts');
    const read = await readSpec(spec, cwd, { lenient: options.lenient, allowExternalRefs: options.allowExternalRefs, refTimeoutMs: options.refTimeoutMs });
    trace('spec read');
    locate = read.locate;
    const info = read.bundle.info;
    const identity: SpecIdentity = { source: projectRelative(spec), title: info.title, version: info.version };
    log(`read ${identity.source} (${info.title} ${info.version}, ${read.files.length} files) in ${seconds(performance.now() - readStart)}`);

    const { runPipeline } = await import('./pipeline.ts');
    const timings: Record<string, number> = {};
    // The emitters start from the bundle while this thread checks the spec (see readSpec); the check's problems
    // are reported first, and nothing is written unless it passes.
    const generated = runPipeline(read.bundle, identity, timings, thread?.emitters);
    generated.catch(() => undefined);
    const checkStart = performance.now();
    const warnings = await read.check();
    timings['check (Redocly lint)'] = performance.now() - checkStart;
    trace('checked');
    if (warnings.length > 0 && !quiet) {
      process.stderr.write(`${warnings.map((w) => `generate: ${printable(formatProblem(w))}`).join('\n')}\n`);
      process.stderr.write(`generate: ${warnings.length} warning${warnings.length === 1 ? '' : 's'} (--lenient); the output is generated anyway\n`);
    }
    const files = await generated;
    // Let the thread finish on its own (on a first run its exit handler stores the V8 code cache) while the
    // output is compared or written; main() waits for it at the end.
    void thread?.close();
    trace('pipeline done');
    for (const [step, ms] of Object.entries(timings)) log(`${step} in ${seconds(ms)}`);

    if (check) {
      const problems = (await compareOutputs(out, files)).map(({ kind, file }) => `${kind.padEnd(8)} ${rel(path.join(out, file))}`);
      if (problems.length > 0) {
        process.stderr.write(`generate --check: ${rel(out)}/ is stale; run \`npm run generate\` and commit the result:\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
        return 1;
      }
      log(`check passed: ${files.length} files in ${rel(out)}/ match ${identity.source} (${seconds(performance.now() - started)})`);
      return 0;
    }

    await assertReplaceable(out, files, spec, rel);
    await writeAtomically(out, files);
    for (const file of files) log(`wrote ${rel(path.join(out, file.path))} (${size(Buffer.byteLength(file.contents))})`);
    // A remote $ref cannot be fingerprinted by its file: a run that fetched one always runs again.
    if (options.cacheFile && !read.files.some((file) => /^https?:\/\//.test(file))) {
      const inputs = Object.fromEntries(
        Object.entries(await hashFiles(read.files.map(rel), cwd)).filter((e): e is [string, string] => e[1] !== undefined),
      );
      const outputs = Object.fromEntries(files.map((f) => [f.path, sha256(f.contents)]));
      const fingerprint: Fingerprint = { toolchain, inputs, outputs };
      await mkdir(path.dirname(options.cacheFile), { recursive: true });
      await writeFile(options.cacheFile, JSON.stringify(fingerprint));
    }
    trace('written');
    log(`done: ${files.length} files in ${seconds(performance.now() - started)}`);
    return 0;
  } catch (error) {
    if (error instanceof GeneratorError) {
      // A JSON pointer into the bundle is reported where it is written in the spec: file:line:column (pointer).
      const pointer = error.location?.startsWith('#/') ? error.location : undefined;
      const place = pointer && locate ? await locate(pointer) : undefined;
      const where = place ? `${place} (${pointer})` : error.location;
      process.stderr.write(printable(`generate: error${error.rule ? ` [${error.rule}]` : ''}${where && !error.message.includes(where) ? ` at ${where}` : ''}: ${error.message}\n`));
      process.stderr.write(`generate: ${rel(out)}/ was left untouched\n`);
      return 1;
    }
    throw error;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
