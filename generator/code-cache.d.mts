/** See code-cache.mjs: keeps V8's compiled code for the CommonJS files under `root` between runs. */
export function enableCodeCache(dir: string, root: string): void;
