export declare const REDOCLY_CONFIG_EDITS: Readonly<Record<string, readonly (readonly [from: string, to: string])[]>>;
export declare function applyEdits(source: string, edits: readonly (readonly [from: string, to: string])[]): string | undefined;
export declare function lazyRedoclyConfig(readFile: (file: string, encoding: 'utf8') => Promise<string>): import('esbuild').Plugin;
