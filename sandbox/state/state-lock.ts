// One sandbox per state file: two processes appending to the same journal would interleave their records. The lock
// is `<file>.lock` holding the owner's PID; a lock left by a process that is gone (kill -9) is taken over.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { StateFileError } from './state-error.ts';

const heldHere = new Set<string>();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock of `path`; returns the function that releases it. @throws StateFileError when a live process holds it. */
export function lockStateFile(path: string): () => void {
  const lockPath = `${resolve(path)}.lock`;
  // The lock file cannot tell this process from an earlier one with the same PID (a restarted container): in-process
  // users are tracked here instead.
  if (heldHere.has(lockPath)) throw new StateFileError(`${path} is in use by another sandbox in this process; give each its own --state file`);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      heldHere.add(lockPath);
      return () => {
        heldHere.delete(lockPath);
        rmSync(lockPath, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(lockPath, 'utf8').trim());
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && alive(owner)) {
        throw new StateFileError(`${path} is in use by another sandbox (process ${owner}); stop it first, or give this one its own --state file`);
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new StateFileError(`${path}: could not take ${lockPath}`);
}
