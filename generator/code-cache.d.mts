/** See code-cache.mjs: keeps V8's compiled code for large CommonJS files between runs. */
export function enableCodeCache(dir: string): void;
