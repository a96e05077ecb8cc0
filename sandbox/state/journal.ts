// The state file of `--state <file>`: a write-ahead journal of JSON lines. The first line names the format and its
// version; every later line is one record: a payment as it now stands (refunds, captures, disputes, session and
// pending deliveries are inside it), a payment evicted by --max-payments, or the sandbox clock's offset. Replaying
// the lines in order gives the state. A record is written (write(2), before the answer that reports it leaves), so
// a killed process (kill -9) loses nothing it answered: the kernel keeps the page cache. Only a machine crash can
// lose the last writes; fsync would cover that at a measured cost (see docs/decisions.md), and a sandbox does not need it.
// A last line cut short (the process died inside a write) was never acknowledged: it is dropped and cut off.
// Anything else unreadable refuses the start with the file and line, so nothing is ever dropped silently.
import { closeSync, existsSync, fsyncSync, ftruncateSync, openSync, renameSync, writeSync } from 'node:fs';
import { HEADER, replayState } from './journal-format.ts';
import type { StateImage } from './journal-format.ts';
import { StateFileError } from './state-error.ts';
import { lockStateFile } from './state-lock.ts';

export { StateFileError };
export type { StateImage };

export interface Journal {
  readonly path: string;
  /** Bytes in the file now. */
  size(): number;
  /** Appends the records (JSON texts) in one write; on failure the file is cut back to what it held and the error thrown. */
  append(records: readonly string[]): void;
  /** Replaces the file with the header and these records (compaction, reset): a temporary file, fsync, rename. */
  rewrite(records: readonly string[]): void;
  close(): void;
}

export interface OpenJournalOptions {
  /** fsync after every append (default false: see the header comment). */
  fsync?: boolean;
}

/** Opens (or creates) the state file, locks it for this process and reads what it holds. @throws StateFileError */
export function openJournal(path: string, options: OpenJournalOptions = {}): { journal: Journal; image: StateImage } {
  const unlock = lockStateFile(path);
  try {
    const { image, keep, fresh } = existsSync(path) ? replayState(path) : { image: { payments: [], clockOffsetMs: 0 }, keep: 0, fresh: true };
    let fd = openSync(path, 'a');
    ftruncateSync(fd, keep);
    let size = keep;
    if (fresh) size += writeSync(fd, HEADER);
    const journal: Journal = {
      path,
      size: () => size,
      append(records) {
        const data = Buffer.from(`${records.join('\n')}\n`);
        try {
          const written = writeSync(fd, data);
          if (written !== data.length) throw new Error(`short write to ${path}: ${written} of ${data.length} bytes`);
          if (options.fsync === true) fsyncSync(fd);
        } catch (error) {
          // A partial line would damage every later one: cut the file back to its last whole record.
          ftruncateSync(fd, size);
          throw error;
        }
        size += data.length;
      },
      rewrite(records) {
        const temporary = `${path}.tmp-${process.pid}`;
        const out = openSync(temporary, 'w');
        let written = 0;
        try {
          written += writeSync(out, HEADER);
          // In batches: the whole state as one string could pass V8's limit on string length.
          for (let index = 0; index < records.length; index += 1_000) written += writeSync(out, `${records.slice(index, index + 1_000).join('\n')}\n`);
          fsyncSync(out);
        } finally {
          closeSync(out);
        }
        renameSync(temporary, path);
        closeSync(fd);
        fd = openSync(path, 'a');
        size = written;
      },
      close() {
        closeSync(fd);
        unlock();
      },
    };
    return { journal, image };
  } catch (error) {
    unlock();
    throw error;
  }
}
