/** See compiled-copy.mjs: the folder of the generator's compiled copy. */
export function isComplete(dir: string): boolean;
export function markComplete(buildDir: string): void;
export function install(buildDir: string, outDir: string): void;
export function pruneOldCopies(cacheRoot: string, keep: string): void;
