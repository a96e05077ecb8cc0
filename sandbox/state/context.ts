// Everything the stateful sandbox shares: clock, records, scheduler, notifier, result tables, settings.
import { randomBytes } from 'node:crypto';
import type { AntomPrivateKey } from '../../src/keys.ts';
import { DEFAULT_CATALOGUE } from '../checkout/catalogue-data.ts';
import type { CatalogueMethod } from '../checkout/catalogue.ts';
import { createNotifier } from '../notify/notifier.ts';
import type { Notifier, NotifierOptions } from '../notify/notifier.ts';
import { createClock } from './clock.ts';
import { sandboxClockLimit } from './latest-time.ts';
import type { SandboxClock } from './clock.ts';
import type { Payment } from './model.ts';
import { loadResultTables } from './results.ts';
import type { ResultTables } from './results.ts';
import { DEFAULT_DEFENSE_MS } from '../disputes/rules.ts';
import { DEFAULT_EXPIRY_MS } from './rules.ts';
import { createScheduler } from './scheduler.ts';
import type { Scheduler } from './scheduler.ts';
import type { Persistence } from './persistence.ts';
import { openJournal } from './journal.ts';
import { createPersistence } from './persistence.ts';
import { resumeJobs } from './resume.ts';
import { createStore } from './store.ts';
import type { SandboxStore } from './store.ts';

export interface SandboxSettings {
  /** How long an unpaid payment stays open without paymentExpiryTime; default 14 minutes. */
  expiryMs: number;
  /** Card refunds answer REFUND_IN_PROCESS and succeed this long after (sandbox time); default 1 minute. */
  asyncRefundMs: number;
  /** Post notifications to any host, not only loopback ones; default false. */
  notifyAnyHost: boolean;
  /** Payment methods consult and the Checkout Page offer; default: checkout/catalogue-data.ts. */
  catalogue: readonly CatalogueMethod[];
  /** The notification URL a merchant sets on Antom Dashboard: disputes, and payments without paymentNotifyUrl. */
  notifyUrl?: string;
  /** Defense window of chargebacks and compliance requests (sandbox time); default 7 days. */
  disputeDefenseMs: number;
  /** Post every notification here instead of the URL the request named (--forward-to); the named URL is still recorded. */
  forwardTo?: string;
  /** Seed of --strict-notifications: each delivery varies body layout, request-time form and header casing. */
  strictNotificationSeed?: string;
}

export interface SandboxContext {
  clock: SandboxClock;
  store: SandboxStore;
  scheduler: Scheduler;
  notifier: Notifier;
  results: ResultTables;
  settings: SandboxSettings;
  /** A new Antom-side ID (paymentId, refundId, captureId, disputeId), unique in this process. */
  newId(kind: 'pay' | 'refund' | 'capture' | 'dispute'): string;
  /** Forgets every record, job and delivery (in flight ones are aborted) and sets the clock back to the wall clock. */
  reset(): void;
  /**
   * Writes every change so far to the state file (--state) and applies --max-payments. Called before anything
   * leaves the sandbox (answers, notifications) and after every job. @throws when the state file cannot be written
   */
  commit(): void;
  /** Commits, stops the jobs and releases the state file. */
  close(): void;
}

export interface ContextOptions {
  specPath: string;
  antomPrivateKey: AntomPrivateKey;
  settings?: Partial<SandboxSettings>;
  notificationTimeoutMs?: number;
  /** Bounds on notification deliveries in flight; default notify/queue.ts DEFAULT_DELIVERY_LIMITS. */
  deliveryLimits?: NotifierOptions['limits'];
  onDelivery?: NotifierOptions['onDelivery'];
  onError?: (error: unknown) => void;
  /** The state file (--state): read at start, written before every answer. Absent: memory only. */
  statePath?: string;
  /** Keep at most this many payments, evicting the oldest finished ones (--max-payments). */
  maxPayments?: number;
  /** Journal size before a compaction (tests); default persistence.ts COMPACT_MIN_BYTES. */
  compactMinBytes?: number;
}

/** @throws StateFileError when the state file cannot be used (unknown format version, damaged, in use). */
export function createSandboxContext(options: ContextOptions): SandboxContext {
  const settings: SandboxSettings = { expiryMs: DEFAULT_EXPIRY_MS, asyncRefundMs: 60_000, notifyAnyHost: false, disputeDefenseMs: DEFAULT_DEFENSE_MS, catalogue: DEFAULT_CATALOGUE, ...options.settings };
  const clock = createClock(Date.now, sandboxClockLimit(settings));
  const opened = options.statePath === undefined ? undefined : openJournal(options.statePath);
  // Late-bound: the store reports touches to the persistence made below, once the saved payments are back.
  let persistence: Persistence | undefined;
  const store = createStore((payment) => persistence?.touch(payment));
  for (const payment of opened?.image.payments ?? []) store.addPayment(payment);
  // A saved clock the wall clock has since carried past the latest time resumes at the latest time.
  if (opened !== undefined) clock.advance(Math.min(opened.image.clockOffsetMs, Math.max(0, clock.latest() - clock.now())));
  persistence = createPersistence({
    store,
    clock,
    ...(opened === undefined ? {} : { journal: opened.journal }),
    ...(options.maxPayments === undefined ? {} : { maxPayments: options.maxPayments }),
    ...(options.compactMinBytes === undefined ? {} : { compactMinBytes: options.compactMinBytes }),
  });
  const onError = options.onError ?? ((error: unknown) => console.error('sandbox job failed:', error));
  const saved = persistence;
  const written = (subject: Payment | undefined): void => {
    if (subject !== undefined) saved.touch(subject);
    saved.commit();
  };
  const scheduler = createScheduler(clock, onError, written);
  const notifier = createNotifier({
    scheduler,
    now: clock.now,
    antomPrivateKey: options.antomPrivateKey,
    timeoutMs: options.notificationTimeoutMs ?? 5_000,
    anyHost: options.settings?.notifyAnyHost ?? false,
    ...(options.deliveryLimits === undefined ? {} : { limits: options.deliveryLimits }),
    ...(options.settings?.forwardTo === undefined ? {} : { forwardTo: options.settings.forwardTo }),
    ...(options.settings?.strictNotificationSeed === undefined ? {} : { strictSeed: options.settings.strictNotificationSeed }),
    onDelivery: options.onDelivery,
    // A notification never leaves before the state it reports is on file: a failed write stops the delivery (it stays
    // in the outbox, made again after the next start).
    beforeDelivery: () => {
      try {
        saved.commit();
      } catch (error) {
        onError(error);
        throw error;
      }
    },
    afterDelivery: (payment) => {
      try {
        written(payment);
      } catch (error) {
        onError(error);
      }
    },
  });
  const prefix = randomBytes(4).toString('hex').toUpperCase();
  let counter = 0;
  const ctx: SandboxContext = {
    clock,
    store,
    scheduler,
    notifier,
    results: loadResultTables(options.specPath),
    settings,
    newId: (kind) => `SBX${kind.toUpperCase()}${prefix}${String(++counter).padStart(8, '0')}`,
    reset() {
      scheduler.clear();
      notifier.clear();
      store.clear();
      clock.reset();
      saved.reset();
    },
    commit: () => saved.commit(),
    close() {
      scheduler.clear();
      notifier.clear();
      saved.close();
    },
  };
  for (const payment of opened?.image.payments ?? []) resumeJobs(ctx, payment);
  return ctx;
}
