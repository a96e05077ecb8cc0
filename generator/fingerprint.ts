import { createHash } from 'node:crypto';

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

/** True when nothing the previous run depended on has changed. */
export function isFresh(previous: Fingerprint | undefined, current: { toolchain: string; inputs: Record<string, string | undefined>; outputs: Record<string, string | undefined> }): boolean {
  if (!previous || previous.toolchain !== current.toolchain) return false;
  const same = (want: Readonly<Record<string, string>>, have: Record<string, string | undefined>) =>
    Object.keys(want).length > 0 && Object.entries(want).every(([file, hash]) => have[file] === hash) && Object.keys(have).every((file) => file in want);
  return same(previous.inputs, current.inputs) && same(previous.outputs, current.outputs);
}
