// Sends a notification on Antom's schedule: the first delivery at once, then, until one is acknowledged, again
// 2 min, 10 min, 10 min, 1 h, 2 h, 6 h and 15 h (sandbox time) after the previous one: 8 deliveries at most.
// Every delivery is recorded on the payment. A delivery still to come is kept on the payment (`outbox`), so the state
// file holds it and `resume` picks it up after a restart.
import type { AntomPrivateKey } from '../../src/keys.ts';
import { isoTime } from '../state/clock.ts';
import type { NotificationKind, Payment, PendingDelivery } from '../state/model.ts';
import type { Scheduler } from '../state/scheduler.ts';
import { deliverNotification } from './deliver.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Gap before each delivery; the first is immediate. */
export const RETRY_GAPS_MS: readonly number[] = [0, 2 * MINUTE, 10 * MINUTE, 10 * MINUTE, HOUR, 2 * HOUR, 6 * HOUR, 15 * HOUR];

export interface NotificationRequest {
  kind: NotificationKind;
  /** Undefined when no URL is configured: the one delivery is recorded with NO_URL_PROBLEM and never retried. */
  url: string | undefined;
  payment: Payment;
  body: Record<string, unknown>;
  subjectId?: string;
}

/** Why a notification with no URL was not delivered. */
export const NO_URL_PROBLEM =
  'not delivered: no notification URL is configured (Antom posts it to the notification URL set on Antom Dashboard; start the sandbox with --notify-url <url>)';

export interface Notifier {
  /**
   * Schedules the first delivery now (sandbox time), or at `at` for a state change a job made at its due time after
   * the clock jumped past it, and the retries after it.
   */
  send(request: NotificationRequest, at?: number): void;
  /** Schedules the deliveries a payment read back from the state file still has to make. */
  resume(payment: Payment): void;
}

export interface NotifierOptions {
  scheduler: Scheduler;
  now: () => number;
  antomPrivateKey: AntomPrivateKey;
  /** Per-delivery timeout (wall clock). */
  timeoutMs: number;
  /** Deliver to hosts other than loopback too (default false: a local sandbox posts only to this machine). */
  anyHost?: boolean;
  /** Called after every delivery (logs, benchmarks). */
  onDelivery?: (delivery: { kind: NotificationKind; url?: string | undefined }, attempt: number, acknowledged: boolean) => void;
  /** Called before a notification leaves: the state it reports is written first (state/persistence.ts). */
  beforeDelivery?: () => void;
}

export function createNotifier(options: NotifierOptions): Notifier {
  const { scheduler } = options;
  const schedule = (payment: Payment, entry: PendingDelivery): void => {
    scheduler.at(entry.dueAt, async (dueAt) => {
      const { url } = entry;
      options.beforeDelivery?.();
      const result = url === undefined
        ? { httpStatus: null, acknowledged: false, problem: NO_URL_PROBLEM }
        : await deliverNotification(url, payment.clientId, entry.text, options.antomPrivateKey, options.timeoutMs, options.anyHost ?? false);
      payment.notifications.push({
        kind: entry.kind,
        ...(url === undefined ? {} : { url }),
        at: isoTime(dueAt),
        attempt: entry.attempt,
        httpStatus: result.httpStatus,
        acknowledged: result.acknowledged,
        ...(result.problem === undefined ? {} : { problem: result.problem }),
        ...(entry.subjectId === undefined ? {} : { subjectId: entry.subjectId }),
      });
      options.onDelivery?.(entry, entry.attempt, result.acknowledged);
      const gap = RETRY_GAPS_MS[entry.attempt];
      if (!result.acknowledged && gap !== undefined && url !== undefined) {
        entry.attempt += 1;
        entry.dueAt = dueAt + gap;
        schedule(payment, entry);
        return;
      }
      const outbox = (payment.outbox ?? []).filter((pending) => pending !== entry);
      if (outbox.length > 0) payment.outbox = outbox;
      else delete payment.outbox;
    }, payment);
  };
  return {
    send(request, at = options.now()) {
      // The body is fixed at the state change: every retry sends the same bytes.
      const entry: PendingDelivery = {
        kind: request.kind,
        ...(request.url === undefined ? {} : { url: request.url }),
        text: JSON.stringify(request.body),
        attempt: 1,
        dueAt: at,
        ...(request.subjectId === undefined ? {} : { subjectId: request.subjectId }),
      };
      (request.payment.outbox ??= []).push(entry);
      schedule(request.payment, entry);
    },
    resume(payment) {
      for (const entry of payment.outbox ?? []) schedule(payment, entry);
    },
  };
}
