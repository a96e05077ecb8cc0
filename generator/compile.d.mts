/** See compile.mjs. */
export function buildForGenerator(entryPoints: Record<string, string>, outdir: string, external?: readonly string[]): Promise<void>;
export function compileGenerator(generatorDir: string, outDir: string): Promise<void>;
export function stripLibFiles(source: string): string | undefined;
