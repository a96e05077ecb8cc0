// Reading the state file (format in journal.ts): the versioned header line, then one JSON record per line, replayed
// in order. Read in chunks of bytes, so a large file never has to fit in one string, and the length kept is counted
// in bytes (record text may hold any Unicode).
import { closeSync, openSync, readSync } from 'node:fs';
import type { Payment } from './model.ts';
import { StateFileError } from './state-error.ts';

export const STATE_FORMAT = 'antom-pay-sandbox-state';
export const STATE_VERSION = 1;
export const HEADER = `${JSON.stringify({ format: STATE_FORMAT, version: STATE_VERSION })}\n`;

export interface StateImage {
  /** Payments in the order they were opened (oldest first). */
  payments: Payment[];
  clockOffsetMs: number;
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

const notStateFile = (path: string): StateFileError =>
  new StateFileError(`${path} is not a sandbox state file (its first line does not name ${STATE_FORMAT}); refusing to overwrite it`);

function checkHeader(line: string, path: string): void {
  let header: { format?: unknown; version?: unknown } | undefined;
  try {
    header = JSON.parse(line) as typeof header;
  } catch {
    header = undefined;
  }
  if (header?.format !== STATE_FORMAT) throw notStateFile(path);
  if (header.version !== STATE_VERSION) {
    throw new StateFileError(`${path} holds sandbox state of format version ${String(header.version)}; this antom-pay reads version ${STATE_VERSION} only (use the antom-pay that wrote it, or move the file away to start empty)`);
  }
}

const CHUNK_BYTES = 1 << 20;

/**
 * Replays the file. `keep` is the byte length of its whole lines: a last line without its newline was cut short by
 * a stop inside a write, never acknowledged, and is left out. `fresh` when it holds no header yet (empty, or the
 * header itself was cut short). @throws StateFileError naming the file and line of anything else unreadable.
 */
export function replayState(path: string): { image: StateImage; keep: number; fresh: boolean } {
  const payments = new Map<string, Payment>();
  let clockOffsetMs = 0;
  let lineNumber = 0;
  let keep = 0;
  let carry = Buffer.alloc(0);
  const fd = openSync(path, 'r');
  try {
    const chunk = Buffer.alloc(CHUNK_BYTES);
    for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) {
      const data = carry.length === 0 ? chunk.subarray(0, read) : Buffer.concat([carry, chunk.subarray(0, read)]);
      let start = 0;
      for (let newline = data.indexOf(10, start); newline !== -1; newline = data.indexOf(10, start)) {
        const line = data.toString('utf8', start, newline);
        lineNumber += 1;
        if (lineNumber === 1) checkHeader(line, path);
        else {
          const record = parseRecord(line, `${path}:${lineNumber}`);
          if ('payment' in record) payments.set(record.payment.paymentId, record.payment);
          else if ('evict' in record) payments.delete(record.evict);
          else clockOffsetMs = record.clockOffsetMs;
        }
        keep += newline + 1 - start;
        start = newline + 1;
      }
      carry = Buffer.from(data.subarray(start));
    }
  } finally {
    closeSync(fd);
  }
  // No whole line at all: only a header cut short may be taken as a new file; anything else is someone's file.
  if (lineNumber === 0 && carry.length > 0 && !HEADER.startsWith(carry.toString('utf8'))) throw notStateFile(path);
  return { image: { payments: [...payments.values()], clockOffsetMs }, keep, fresh: lineNumber === 0 };
}
