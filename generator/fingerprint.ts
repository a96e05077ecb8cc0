import { createHash } from 'node:crypto';

/** Tools whose version changes what the generator writes. */
export const OUTPUT_AFFECTING_PACKAGES = ['openapi-typescript', 'ts-morph', '@ts-morph/common', '@redocly/openapi-core', 'typescript'] as const;

export interface Fingerprint {
  /** Hash of the generator's own sources and the versions of the packages it uses. */
  readonly toolchain: string;
  /** Input files (relative paths) and their content hashes. */
  readonly inputs: Readonly<Record<string, string>>;
  /** Output files (relative to the output folder) and their content hashes. */
  readonly outputs: Readonly<Record<string, string>>;
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export function hashToolchain(sources: ReadonlyArray<readonly [string, string]>, versions: Readonly<Record<string, string>>): string {
  const hash = createHash('sha256');
  for (const [name, contents] of [...sources].sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(`${name}\0${contents}\0`);
  for (const name of Object.keys(versions).sort()) hash.update(`${name}@${versions[name]}\0`);
  return hash.digest('hex');
}

/** True when nothing the previous run depended on has changed. */
export function isFresh(previous: Fingerprint | undefined, current: { toolchain: string; inputs: Record<string, string | undefined>; outputs: Record<string, string | undefined> }): boolean {
  if (!previous || previous.toolchain !== current.toolchain) return false;
  const same = (want: Readonly<Record<string, string>>, have: Record<string, string | undefined>) =>
    Object.keys(want).length > 0 && Object.entries(want).every(([file, hash]) => have[file] === hash) && Object.keys(have).every((file) => file in want);
  return same(previous.inputs, current.inputs) && same(previous.outputs, current.outputs);
}
