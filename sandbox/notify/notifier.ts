// Sends a notification on Antom's schedule: the first delivery at once, then, until one is acknowledged, again
// 2 min, 10 min, 10 min, 1 h, 2 h, 6 h and 15 h (sandbox time) after the previous one: 8 deliveries at most.
// Every delivery is recorded on the payment. Deliveries run in the background (queue.ts): a state change, a clock
// move or an API answer never waits for one; `settled()` is how a caller waits on purpose. With `forwardTo` every
// delivery goes there (the record keeps the URL the request named); with `strictSeed` each varies its bytes. A
// delivery still to come is kept on its payment (`outbox`), so the state file (--state) holds it and `resume` picks
// it up after a restart; one aborted by a stop stays there and is made again after the next start.
import type { AntomPrivateKey } from '../../src/keys.ts';
import { isoTime } from '../state/clock.ts';
import type { NotificationKind, NotificationRecord, Payment, PendingDelivery } from '../state/model.ts';
import type { Scheduler } from '../state/scheduler.ts';
import { strictShape } from '../strict/shape.ts';
import { deliverNotification } from './deliver.ts';
import { DEFAULT_DELIVERY_LIMITS, createDeliveryQueue } from './queue.ts';
import type { DeliveryLimits } from './queue.ts';

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
   * Enqueues a notification: its first delivery is due now (sandbox time), or at `at` for a state change a job made at
   * its due time after the clock jumped past it, and the retries follow until one is acknowledged. Never waits.
   */
  send(request: NotificationRequest, at?: number): void;
  /**
   * One delivery of the notification now, to `url` (default: the request's), recorded like any other and never
   * retried; it runs in the payment's lane, after the deliveries of that payment already queued. Resolves with the
   * record, or undefined when the queue was cleared (reset, stop) before it ended.
   */
  deliverNow(request: NotificationRequest, url?: string, options?: { resent?: boolean }): Promise<NotificationRecord | undefined>;
  /** The payment's latest notification sent since the sandbox started (what resend delivers again). */
  latest(payment: Payment): NotificationRequest | undefined;
  /**
   * Resolves once no delivery is queued or in flight and none is due (retries a clock move made due included); with
   * `paymentId`, once that payment's deliveries are, whatever other payments' endpoints do.
   */
  settled(paymentId?: string): Promise<void>;
  /** Deliveries waiting for a slot and in flight. */
  counts(): { queued: number; inFlight: number };
  /** Drops queued deliveries and aborts those in flight; an aborted delivery is neither recorded nor retried. */
  clear(): void;
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
  /** Bounds on deliveries in flight; default DEFAULT_DELIVERY_LIMITS. */
  limits?: DeliveryLimits;
  /** Post every notification here instead of the URL the request named (that one is still recorded). */
  forwardTo?: string;
  /** Vary each delivery's body bytes, request-time form and header casing, seeded with this (--strict-notifications). */
  strictSeed?: string;
  /** Called after every delivery (logs, benchmarks). */
  onDelivery?: (delivery: { kind: NotificationKind; url?: string | undefined }, attempt: number, acknowledged: boolean) => void;
  /** Called before a notification leaves: the state it reports is written first (state/persistence.ts). */
  beforeDelivery?: () => void;
  /** Called once a delivery is recorded on `payment` (and its retry scheduled): the record is written (persistence.ts). */
  afterDelivery?: (payment: Payment) => void;
}

/**
 * Deliveries to one endpoint (origin and path, the query left out) share that endpoint's slots, so one hanging path
 * of a merchant's host does not hold back its other paths; an unparsable or missing URL is its own target.
 */
function targetOf(url: string | undefined): string {
  if (url === undefined || !URL.canParse(url)) return '';
  const { origin, pathname } = new URL(url);
  return `${origin}${pathname}`;
}

export function createNotifier(options: NotifierOptions): Notifier {
  const { scheduler, forwardTo, strictSeed } = options;
  const queue = createDeliveryQueue(options.limits ?? DEFAULT_DELIVERY_LIMITS);
  // The latest notification of each payment, for resend (dropped with the payment).
  const latest = new WeakMap<Payment, NotificationRequest>();

  /** Delivers once and records it; undefined when aborted by clear(). */
  const deliverOnce = async (payment: Payment, delivery: Omit<PendingDelivery, 'attempt' | 'dueAt'>, attempt: number, dueAt: number, signal: AbortSignal, resent = false): Promise<NotificationRecord | undefined> => {
    if (signal.aborted) return undefined;
    const { url, text } = delivery;
    const target = forwardTo ?? url;
    const identity = `${delivery.kind}/${payment.paymentId}/${delivery.subjectId ?? ''}/${attempt}${resent ? '/resent' : ''}`;
    const shape = strictSeed === undefined ? undefined : (now: number) => strictShape(strictSeed, identity, text, now);
    options.beforeDelivery?.();
    const result = target === undefined
      ? { httpStatus: null, acknowledged: false, problem: NO_URL_PROBLEM }
      : await deliverNotification(target, payment.clientId, text, options.antomPrivateKey, options.timeoutMs, options.anyHost ?? false, signal, shape);
    if (signal.aborted) return undefined;
    const record: NotificationRecord = {
      kind: delivery.kind,
      ...(url === undefined ? {} : { url }),
      ...(forwardTo === undefined ? {} : { forwardedTo: forwardTo }),
      at: isoTime(dueAt),
      attempt,
      ...(resent ? { resent } : {}),
      httpStatus: result.httpStatus,
      acknowledged: result.acknowledged,
      ...(result.problem === undefined ? {} : { problem: result.problem }),
      ...(delivery.subjectId === undefined ? {} : { subjectId: delivery.subjectId }),
    };
    payment.notifications.push(record);
    options.onDelivery?.(delivery, attempt, result.acknowledged);
    return record;
  };

  /** The scheduler job of the outbox entry's next attempt: it only enqueues, so the scheduler never waits on a merchant. */
  const schedule = (payment: Payment, entry: PendingDelivery): void => {
    scheduler.at(entry.dueAt, (dueAt) => {
      queue.enqueue({
        lane: payment.paymentId,
        target: targetOf(forwardTo ?? entry.url),
        run: async (signal) => {
          const record = await deliverOnce(payment, entry, entry.attempt, dueAt, signal);
          if (record === undefined) return;
          const gap = RETRY_GAPS_MS[entry.attempt];
          if (!record.acknowledged && gap !== undefined && (forwardTo ?? entry.url) !== undefined) {
            entry.attempt += 1;
            entry.dueAt = dueAt + gap;
            schedule(payment, entry);
          } else {
            const outbox = (payment.outbox ?? []).filter((pending) => pending !== entry);
            if (outbox.length > 0) payment.outbox = outbox;
            else delete payment.outbox;
          }
          options.afterDelivery?.(payment);
        },
      });
    }, payment);
  };

  const deliveryOf = (request: NotificationRequest, url: string | undefined): Omit<PendingDelivery, 'attempt' | 'dueAt'> => ({
    kind: request.kind,
    ...(url === undefined ? {} : { url }),
    // The body is fixed at the state change: every retry sends the same bytes.
    text: JSON.stringify(request.body),
    ...(request.subjectId === undefined ? {} : { subjectId: request.subjectId }),
  });

  return {
    send(request, at = options.now()) {
      latest.set(request.payment, request);
      request.payment.latestNotification = deliveryOf(request, request.url);
      const entry: PendingDelivery = { ...deliveryOf(request, request.url), attempt: 1, dueAt: at };
      (request.payment.outbox ??= []).push(entry);
      schedule(request.payment, entry);
    },
    resume(payment) {
      for (const entry of payment.outbox ?? []) schedule(payment, entry);
    },
    latest(payment) {
      const saved = payment.latestNotification;
      if (latest.has(payment) || saved === undefined) return latest.get(payment);
      // Read back from the state file: the same bytes parse to a body that serializes to them again.
      const { kind, url, text, subjectId } = saved;
      return { kind, url, payment, body: JSON.parse(text) as Record<string, unknown>, ...(subjectId === undefined ? {} : { subjectId }) };
    },
    deliverNow(request, url = request.url, { resent = false } = {}) {
      const { payment } = request;
      const delivery = deliveryOf(request, url);
      const dueAt = options.now();
      // Numbered after the deliveries of the same notification recorded before it (its lane ran them first).
      const attemptOf = (): number => 1 + payment.notifications.filter((record) => record.kind === request.kind && record.subjectId === request.subjectId).length;
      return new Promise((resolve) => {
        queue.enqueue({
          lane: payment.paymentId,
          target: targetOf(forwardTo ?? url),
          run: async (signal) => {
            let record: NotificationRecord | undefined;
            try {
              record = await deliverOnce(payment, delivery, attemptOf(), dueAt, signal, resent);
              if (record !== undefined) options.afterDelivery?.(payment);
            } finally {
              // Undefined too when the state could not be written first (nothing was sent).
              resolve(record);
            }
          },
        });
      });
    },
    async settled(paymentId) {
      // A delivery that was not acknowledged schedules its retry; when the clock is already past it, the retry is due
      // at once and the next pass enqueues it.
      for (;;) {
        await scheduler.runDue();
        if (queue.isIdle(paymentId)) return;
        await queue.idle(paymentId);
      }
    },
    counts: () => queue.counts(),
    clear: () => queue.clear(),
  };
}
