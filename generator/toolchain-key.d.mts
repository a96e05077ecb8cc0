/** See toolchain-key.mjs. */
export const SHARED_SOURCES: readonly string[];
export const TOOL_PACKAGES: readonly string[];
export function toolchainKey(generatorDir: string): string;
export function cacheDir(generatorDir: string): string;
