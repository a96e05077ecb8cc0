// The one place state is written: `commit()` runs before anything leaves the sandbox (every HTTP answer, every
// notification) and after every scheduled job. It appends the payments touched since the last commit whose JSON
// changed, the clock's offset when it moved, and the evictions of --max-payments, in one write to the state file
// (state/journal.ts). A payment is the unit: its refunds, captures, disputes, session and pending deliveries are in it.
import { createHash } from 'node:crypto';
import type { SandboxClock } from './clock.ts';
import { evictOverBound } from './eviction.ts';
import type { Journal } from './journal.ts';
import type { Payment } from './model.ts';
import type { SandboxStore } from './store.ts';

/** Compaction waits for at least this much journal (and for as much as the last snapshot), so it stays rare. */
export const COMPACT_MIN_BYTES = 8 * 1024 * 1024;

export interface Persistence {
  /** A payment a lookup handed out (or a job changed): looked at by the next commit. */
  touch(payment: Payment): void;
  commit(): void;
  /** Forgets everything (control reset): the state file starts over. */
  reset(): void;
  /** Commits and releases the state file. */
  close(): void;
}

export interface PersistenceOptions {
  store: SandboxStore;
  clock: SandboxClock;
  /** Absent: state in memory only (touches are dropped; --max-payments still applies). */
  journal?: Journal;
  maxPayments?: number;
  compactMinBytes?: number;
}

const digest = (text: string): string => createHash('sha1').update(text).digest('base64');

export function createPersistence(options: PersistenceOptions): Persistence {
  const { store, clock, journal, maxPayments } = options;
  const compactMinBytes = options.compactMinBytes ?? COMPACT_MIN_BYTES;
  const touched = new Set<Payment>();
  // What the file holds of each payment, as a digest of its JSON: an inquiry that changed nothing writes nothing.
  // (A digest instead of the text: 28 bytes per payment rather than a second copy of the state.)
  const written = new Map<string, string>();
  // The payments read back from the file are on file as they are.
  if (journal !== undefined) for (const payment of store.oldest()) written.set(payment.paymentId, digest(JSON.stringify(payment)));
  let writtenOffset = clock.offset();
  let snapshotBytes = journal?.size() ?? 0;
  // After close, a delivery still in flight at the stop may end and its job commit: nothing is written then (the
  // delivery stays in the outbox on file and is made again after the next start).
  let closed = false;

  const compact = (): void => {
    if (journal === undefined) return;
    const records = [...store.oldest()].map((payment) => `{"payment":${JSON.stringify(payment)}}`);
    records.push(`{"clockOffsetMs":${clock.offset()}}`);
    journal.rewrite(records);
    snapshotBytes = journal.size();
  };

  return {
    touch(payment) {
      if (journal !== undefined && !closed) touched.add(payment);
    },
    commit() {
      if (closed) return;
      const evicted = maxPayments === undefined ? [] : evictOverBound(store, maxPayments);
      if (journal === undefined) return;
      const records: string[] = [];
      const digests: Array<[string, string]> = [];
      for (const payment of touched) {
        // Evicted or reset since it was touched: nothing to write.
        if (!store.has(payment)) continue;
        const text = JSON.stringify(payment);
        const hash = digest(text);
        if (written.get(payment.paymentId) === hash) continue;
        records.push(`{"payment":${text}}`);
        digests.push([payment.paymentId, hash]);
      }
      for (const payment of evicted) records.push(`{"evict":${JSON.stringify(payment.paymentId)}}`);
      const offset = clock.offset();
      if (offset !== writtenOffset) records.push(`{"clockOffsetMs":${offset}}`);
      // Evicted payments are gone from memory even when this write fails: after a restart they are back, finished.
      if (records.length > 0) journal.append(records);
      // Only once the write went through: a failed commit is tried again in full by the next one.
      touched.clear();
      for (const [id, hash] of digests) written.set(id, hash);
      for (const payment of evicted) written.delete(payment.paymentId);
      writtenOffset = offset;
      if (journal.size() - snapshotBytes > Math.max(compactMinBytes, snapshotBytes)) compact();
    },
    reset() {
      touched.clear();
      written.clear();
      writtenOffset = clock.offset();
      compact();
    },
    close() {
      if (closed) return;
      try {
        this.commit();
      } finally {
        closed = true;
        touched.clear();
        journal?.close();
      }
    },
  };
}
