// Keeps V8's compiled code for the generator's compiled copy (the files under one folder) between runs, so a
// generate run does not compile the TypeScript compiler and the tools from source every time. Wraps
// Module.prototype._compile: a file under that folder is compiled with the cached data when there is some, and
// the cache is written when the thread exits, after the run, so that it holds every function the run compiled,
// the lazily compiled ones included. Node's own compile cache (module.enableCompileCache, Node >= 22.1) is not
// used: it stores the code compiled before a module runs, so most of a bundle was compiled again on every run
// (Node 24.21, cold `npm run generate`: 1.00-1.07 s with it, 0.81-0.87 s with this hook).
//
// Release builds of V8 trust code cache data whose length matches: a damaged entry made V8 abort the process
// ("unreachable code"), on every run. So each entry starts with the SHA-256 of its data (3 ms for the 4 MB
// entry), is read only when that matches, and is written to a temporary file and renamed into place. Entries are
// keyed by Node version, path, time and size: the folder's name carries the toolchain hash, so its files never
// change in place.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

const DIGEST = 32;

function digest(data) {
  return createHash('sha256').update(data).digest();
}

/** The cached data stored in `file`, or undefined when there is none or it does not match its digest. */
function readEntry(file) {
  let bytes;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  if (bytes.length <= DIGEST) return undefined;
  const data = bytes.subarray(DIGEST);
  return digest(data).equals(bytes.subarray(0, DIGEST)) ? data : undefined;
}

function writeEntry(file, data) {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, Buffer.concat([digest(data), data]));
  renameSync(temporary, file);
}

/** Caches the compiled code of CommonJS files under `root` in `dir`. */
export function enableCodeCache(dir, root) {
  const inside = `${path.resolve(root)}${path.sep}`;
  const original = Module.prototype._compile;
  const pending = [];
  Module.prototype._compile = function compileWithCache(content, filename, format) {
    // Newer Nodes pass the module format: an ECMAScript module (require of ESM) takes Node's own path.
    const commonJs = format === undefined || format === 'commonjs';
    if (!commonJs || !filename.startsWith(inside)) return original.apply(this, arguments);
    const { mtimeMs, size } = statSync(filename);
    const key = createHash('sha256').update(`${process.version}\0${filename}\0${mtimeMs}\0${size}`).digest('hex').slice(0, 32);
    const file = path.join(dir, `${key}.bin`);
    const cachedData = readEntry(file);
    const script = new vm.Script(Module.wrap(content), { filename, cachedData });
    if (cachedData === undefined || script.cachedDataRejected) pending.push({ file, script });
    const localRequire = (id) => this.require(id);
    localRequire.resolve = (request, options) => Module._resolveFilename(request, this, false, options);
    localRequire.cache = Module._cache;
    localRequire.main = process.mainModule;
    return script.runInThisContext({ displayErrors: true }).call(this.exports, this.exports, localRequire, this, filename, path.dirname(filename));
  };
  process.once('exit', () => {
    for (const { file, script } of pending) {
      try {
        writeEntry(file, script.createCachedData());
      } catch {
        // The cache is an optimisation; failing to write it changes nothing else.
      }
    }
  });
}
