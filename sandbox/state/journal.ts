// The state file of `--state <file>`: a write-ahead journal of JSON lines. The first line names the format and its
// version; every later line is one record: a payment as it now stands (refunds, captures, disputes, session and
// pending deliveries are inside it), a payment evicted by --max-payments, or the sandbox clock's offset. Replaying
// the lines in order gives the state. A record is written (write(2), before the answer that reports it leaves), so
// a killed process (kill -9) loses nothing it answered: the kernel keeps the page cache. Only a machine crash can
// lose the last writes; fsync would cover that at a measured cost (see docs/decisions.md), and a sandbox does not need it.
// A last line cut short (the process died inside a write) was never acknowledged: it is dropped and cut off.
// Anything else unreadable refuses the start with the file and line, so nothing is ever dropped silently.
import { closeSync, existsSync, fsyncSync, ftruncateSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import type { Payment } from './model.ts';
import { StateFileError } from './state-error.ts';
import { lockStateFile } from './state-lock.ts';

export { StateFileError };

export const STATE_FORMAT = 'antom-pay-sandbox-state';
export const STATE_VERSION = 1;
const HEADER = `${JSON.stringify({ format: STATE_FORMAT, version: STATE_VERSION })}\n`;


export interface StateImage {
  /** Payments in the order they were opened (oldest first). */
  payments: Payment[];
  clockOffsetMs: number;
}

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

type RecordLine = { payment: Payment } | { evict: string } | { clockOffsetMs: number };

function isPayment(value: unknown): value is Payment {
  const p = value as Partial<Payment> | null;
  return typeof p === 'object' && p !== null && typeof p.paymentId === 'string' && typeof p.clientId === 'string' && typeof p.paymentRequestId === 'string'
    && typeof p.paymentStatus === 'string' && Array.isArray(p.refunds) && Array.isArray(p.captures) && Array.isArray(p.notifications);
}

function parseRecord(text: string, where: string): RecordLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new StateFileError(`${where}: the line is not JSON; the state file is damaged (move it away to start empty)`);
  }
  const record = value as Record<string, unknown> | null;
  if (record !== null && typeof record === 'object') {
    if ('payment' in record && isPayment(record.payment)) return { payment: record.payment };
    if (typeof record.evict === 'string') return { evict: record.evict };
    if (typeof record.clockOffsetMs === 'number' && Number.isFinite(record.clockOffsetMs) && record.clockOffsetMs >= 0) return { clockOffsetMs: record.clockOffsetMs };
  }
  throw new StateFileError(`${where}: not a record this sandbox knows; the state file is damaged (move it away to start empty)`);
}

function checkHeader(line: string | undefined, path: string): void {
  let header: { format?: unknown; version?: unknown } | undefined;
  try {
    header = JSON.parse(line ?? '') as typeof header;
  } catch {
    header = undefined;
  }
  if (header?.format !== STATE_FORMAT) throw new StateFileError(`${path} is not a sandbox state file (its first line does not name ${STATE_FORMAT}); refusing to overwrite it`);
  if (header.version !== STATE_VERSION) {
    throw new StateFileError(`${path} holds sandbox state of format version ${String(header.version)}; this antom-pay reads version ${STATE_VERSION} only (use the antom-pay that wrote it, or move the file away to start empty)`);
  }
}

/** Reads the state; returns the length of the part to keep (a torn last line is left out). */
export function readState(path: string, text: string): { image: StateImage; keep: number } {
  const end = text.lastIndexOf('\n') + 1;
  const lines = text.slice(0, end).split('\n').slice(0, -1);
  checkHeader(lines[0], path);
  const payments = new Map<string, Payment>();
  let clockOffsetMs = 0;
  lines.slice(1).forEach((line, index) => {
    const record = parseRecord(line, `${path}:${index + 2}`);
    if ('payment' in record) payments.set(record.payment.paymentId, record.payment);
    else if ('evict' in record) payments.delete(record.evict);
    else clockOffsetMs = record.clockOffsetMs;
  });
  return { image: { payments: [...payments.values()], clockOffsetMs }, keep: end };
}

export interface OpenJournalOptions {
  /** fsync after every append (default false: see the header comment). */
  fsync?: boolean;
}

/** Opens (or creates) the state file, locks it for this process and reads what it holds. @throws StateFileError */
export function openJournal(path: string, options: OpenJournalOptions = {}): { journal: Journal; image: StateImage } {
  const unlock = lockStateFile(path);
  try {
    const fresh = !existsSync(path) || readFileSync(path).length === 0;
    const { image, keep } = fresh ? { image: { payments: [], clockOffsetMs: 0 }, keep: 0 } : readState(path, readFileSync(path, 'utf8'));
    let fd = openSync(path, 'a');
    let size = keep;
    if (fresh) size = writeSync(fd, HEADER);
    else ftruncateSync(fd, keep);
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
        const text = HEADER + records.map((record) => `${record}\n`).join('');
        const out = openSync(temporary, 'w');
        try {
          writeSync(out, text);
          fsyncSync(out);
        } finally {
          closeSync(out);
        }
        renameSync(temporary, path);
        closeSync(fd);
        fd = openSync(path, 'a');
        size = Buffer.byteLength(text);
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
