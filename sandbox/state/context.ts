// Everything the stateful sandbox shares: clock, records, scheduler, notifier, result tables, settings.
import { randomBytes } from 'node:crypto';
import type { AntomPrivateKey } from '../../src/keys.ts';
import { DEFAULT_CATALOGUE } from '../checkout/catalogue-data.ts';
import type { CatalogueMethod } from '../checkout/catalogue.ts';
import { createNotifier } from '../notify/notifier.ts';
import type { Notifier, NotifierOptions } from '../notify/notifier.ts';
import { createClock } from './clock.ts';
import type { SandboxClock } from './clock.ts';
import { loadResultTables } from './results.ts';
import type { ResultTables } from './results.ts';
import { DEFAULT_DEFENSE_MS } from '../disputes/rules.ts';
import { DEFAULT_EXPIRY_MS } from './rules.ts';
import { createScheduler } from './scheduler.ts';
import type { Scheduler } from './scheduler.ts';
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
}

export function createSandboxContext(options: ContextOptions): SandboxContext {
  const clock = createClock();
  const store = createStore();
  const scheduler = createScheduler(clock, options.onError ?? ((error) => console.error('sandbox job failed:', error)));
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
  });
  const prefix = randomBytes(4).toString('hex').toUpperCase();
  let counter = 0;
  return {
    clock,
    store,
    scheduler,
    notifier,
    results: loadResultTables(options.specPath),
    settings: { expiryMs: DEFAULT_EXPIRY_MS, asyncRefundMs: 60_000, notifyAnyHost: false, disputeDefenseMs: DEFAULT_DEFENSE_MS, catalogue: DEFAULT_CATALOGUE, ...options.settings },
    newId: (kind) => `SBX${kind.toUpperCase()}${prefix}${String(++counter).padStart(8, '0')}`,
    reset() {
      scheduler.clear();
      notifier.clear();
      store.clear();
      clock.reset();
    },
  };
}
