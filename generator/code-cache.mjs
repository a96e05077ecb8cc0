// Keeps V8's compiled code for large CommonJS files between runs, so the TypeScript compiler (loaded by
// openapi-typescript and, as a second copy, by ts-morph) is not recompiled from source by every generate run.
// Uses Node's own compile cache where it exists (Node >= 22.1); otherwise wraps Module.prototype._compile for
// files over 1 MB inside node_modules. A stale or corrupt cache entry is rejected by V8 and simply rewritten.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

const MIN_SIZE = 16 * 1024;

export function enableCodeCache(dir) {
  if (typeof Module.enableCompileCache === 'function') {
    Module.enableCompileCache(dir);
    return;
  }
  const original = Module.prototype._compile;
  const pending = [];
  Module.prototype._compile = function compileWithCache(content, filename) {
    if (!filename.includes(`${path.sep}node_modules${path.sep}`) || content.length < MIN_SIZE) return original.call(this, content, filename);
    const { mtimeMs, size } = statSync(filename);
    const key = createHash('sha256').update(`${process.version}\0${filename}\0${mtimeMs}\0${size}`).digest('hex').slice(0, 32);
    const file = path.join(dir, `${key}.bin`);
    let cachedData;
    try {
      cachedData = readFileSync(file);
    } catch {
      cachedData = undefined;
    }
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
        mkdirSync(dir, { recursive: true });
        writeFileSync(file, script.createCachedData());
      } catch {
        // The cache is an optimisation; failing to write it changes nothing else.
      }
    }
  });
}
