// The state file's journal and the commit that writes it, on real files: replay, a torn last line, compaction,
// the lock, and --max-payments in memory.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createClock } from '../../sandbox/state/clock.ts';
import { evictOverBound } from '../../sandbox/state/eviction.ts';
import { StateFileError, openJournal } from '../../sandbox/state/journal.ts';
import type { Payment } from '../../sandbox/state/model.ts';
import { createPersistence } from '../../sandbox/state/persistence.ts';
import { createStore } from '../../sandbox/state/store.ts';

const dir = mkdtempSync(join(tmpdir(), 'antom-journal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const newFile = (): string => join(dir, `state-${files++}.jsonl`);

const payment = (id: string, over: Partial<Payment> = {}): Payment => ({
  clientId: 'C', paymentId: id, paymentRequestId: `R-${id}`, paymentAmount: { currency: 'USD', value: '1000' }, paymentStatus: 'PROCESSING',
  paymentResultCode: 'PAYMENT_IN_PROCESS', paymentMethodType: 'ALIPAY_CN', captureMode: 'AUTOMATIC', paymentRedirectUrl: 'https://shop.example/',
  createdAt: 0, expiresAt: 0, answer: '{}', refunds: [], captures: [], notifications: [], ...over,
});

/** A store and its persistence on `path`, as the sandbox wires them. */
function open(path: string, compactMinBytes?: number) {
  const clock = createClock(() => 1_000);
  const opened = openJournal(path);
  let persistence: ReturnType<typeof createPersistence> | undefined;
  const store = createStore((touched) => persistence?.touch(touched));
  for (const saved of opened.image.payments) store.addPayment(saved);
  clock.advance(opened.image.clockOffsetMs);
  persistence = createPersistence({ store, clock, journal: opened.journal, ...(compactMinBytes === undefined ? {} : { compactMinBytes }) });
  return { store, clock, persistence, journal: opened.journal };
}

describe('state journal', () => {
  it('when records are committed and the file is opened again, then the payments (in order), their latest state and the clock come back', () => {
    const path = newFile();
    const first = open(path);
    first.store.addPayment(payment('P1'));
    first.store.addPayment(payment('P2'));
    first.persistence.commit();
    first.store.paymentById('P1')!.paymentStatus = 'SUCCESS';
    first.clock.advance(60_000);
    first.persistence.commit();
    const size = statSync(path).size;
    // An inquiry that changes nothing writes nothing.
    first.store.payment('C', { paymentId: 'P2' });
    first.persistence.commit();
    expect(statSync(path).size).toBe(size);
    first.persistence.close();

    const again = open(path);
    expect(again.store.payments().map((item) => [item.paymentId, item.paymentStatus])).toEqual([['P1', 'SUCCESS'], ['P2', 'PROCESSING']]);
    expect(again.clock.offset()).toBe(60_000);
    again.persistence.close();
  });

  it('when the last line was cut short (the process died inside a write), then it is dropped and cut off, and later records follow whole lines', () => {
    const path = newFile();
    const first = open(path);
    // Text beyond ASCII: what is kept is counted in bytes, not characters.
    first.store.addPayment(payment('P1', { orderDescription: '无线耳机, black — 1 × €49.99' }));
    first.persistence.commit();
    first.journal.close();
    const whole = statSync(path).size;
    appendFileSync(path, '{"payment":{"paymentId":"P2","clie');

    const again = open(path);
    expect(statSync(path).size).toBe(whole);
    expect(again.store.payments().map((item) => item.paymentId)).toEqual(['P1']);
    again.store.addPayment(payment('P3'));
    again.persistence.close();
    const last = open(path);
    expect(last.store.payments().map((item) => [item.paymentId, item.orderDescription])).toEqual([['P1', '无线耳机, black — 1 × €49.99'], ['P3', undefined]]);
    last.persistence.close();
  });

  it('when even the header was cut short, then the file starts empty; a file without a whole line that is not a header is refused', () => {
    const torn = newFile();
    writeFileSync(torn, '{"format":"antom-pay-sa');
    const state = open(torn);
    expect(state.store.size()).toBe(0);
    state.persistence.close();
    expect(readFileSync(torn, 'utf8')).toBe('{"format":"antom-pay-sandbox-state","version":1}\n');
    const foreign = newFile();
    writeFileSync(foreign, 'my notes');
    expect(() => openJournal(foreign)).toThrow(/is not a sandbox state file/);
    expect(readFileSync(foreign, 'utf8')).toBe('my notes');
  });

  it('when the journal grows past the compaction size, then it is rewritten as one record per payment and reads back the same', () => {
    const path = newFile();
    const state = open(path, 4_096);
    state.store.addPayment(payment('P1'));
    state.store.addPayment(payment('P2'));
    for (let index = 0; index < 200; index += 1) {
      state.store.paymentById('P1')!.paymentResultCode = `STEP_${index}`;
      state.persistence.commit();
    }
    // 200 records of ~500 bytes were appended; compaction keeps the file near 2 x 4 KiB.
    expect(statSync(path).size).toBeLessThan(3 * 4_096);
    state.persistence.close();
    const lines = readFileSync(path, 'utf8').trim().split('\n');
    expect(lines.length).toBeLessThan(20);
    expect(open(path).store.paymentById('P1')?.paymentResultCode).toBe('STEP_199');
  });

  it('when a second sandbox opens a file in use, then it is refused; a lock left by a process that is gone is taken over', () => {
    const path = newFile();
    const state = open(path);
    expect(() => openJournal(path)).toThrow(StateFileError);
    expect(() => openJournal(path)).toThrow(/in use by another sandbox/);
    state.persistence.close();
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    writeFileSync(`${path}.lock`, gone);
    const taken = openJournal(path);
    expect(readFileSync(`${path}.lock`, 'utf8')).toBe(String(process.pid));
    taken.journal.close();
  });
});

describe('--max-payments', () => {
  it('when payments are over the bound, then the oldest finished ones are evicted with their refunds, and open or busy ones stay', () => {
    const store = createStore();
    const refund = { refundId: 'F1', refundRequestId: 'RF1', paymentId: 'P2', refundAmount: { currency: 'USD', value: '1' }, refundStatus: 'SUCCESS' as const, createdAt: 0, answer: '' };
    store.addPayment(payment('P1'));
    store.addPayment(payment('P2', { paymentStatus: 'SUCCESS', refunds: [refund] }));
    store.addPayment(payment('P3', { paymentStatus: 'FAIL', outbox: [{ kind: 'notifyPayment', url: 'http://127.0.0.1:1/', text: '{}', attempt: 2, dueAt: 0 }] }));
    store.addPayment(payment('P4', { paymentStatus: 'CANCELLED' }));
    store.addPayment(payment('P5', { paymentStatus: 'SUCCESS' }));
    const persistence = createPersistence({ store, clock: createClock(), maxPayments: 3 });
    persistence.commit();
    expect(store.payments().map((item) => item.paymentId)).toEqual(['P1', 'P3', 'P5']);
    expect(store.refund('C', { refundRequestId: 'RF1' })).toBeUndefined();
    expect(store.payment('C', { paymentRequestId: 'R-P2' })).toBeUndefined();
    expect(evictOverBound(store, 1).map((item) => item.paymentId)).toEqual(['P5']);
    expect(store.payments().map((item) => item.paymentId)).toEqual(['P1', 'P3']);
  });
});
