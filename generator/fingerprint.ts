import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

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

/** The content hash of each file (relative to `base`); undefined for a file that cannot be read. */
export async function hashFiles(files: readonly string[], base: string): Promise<Record<string, string | undefined>> {
  const entries = await Promise.all(
    files.map(async (file) => {
      try {
        return [file, sha256(await readFile(path.join(base, file)))] as const;
      } catch {
        return [file, undefined] as const;
      }
    }),
  );
  return Object.fromEntries(entries);
}

/** The fingerprint a previous run stored; undefined when there is none or it cannot be read. */
export async function readFingerprint(file: string | undefined): Promise<Fingerprint | undefined> {
  if (!file) return undefined;
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Fingerprint;
  } catch {
    return undefined;
  }
}
