// Sends a notification on Antom's schedule: the first delivery at once, then, until one is acknowledged, again
// 2 min, 10 min, 10 min, 1 h, 2 h, 6 h and 15 h (sandbox time) after the previous one: 8 deliveries at most.
// Every delivery is recorded on the payment. `resend` delivers a payment's latest notification once more (no
// retries). With `forwardTo` every delivery goes there; the record keeps the URL the request named.
import type { AntomPrivateKey } from '../../src/keys.ts';
import { isoTime } from '../state/clock.ts';
import type { NotificationKind, Payment } from '../state/model.ts';
import type { Scheduler } from '../state/scheduler.ts';
import { strictShape } from '../strict/shape.ts';
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
  /** Schedules one more delivery, now, of the payment's latest notification; false when none was sent yet. */
  resend(payment: Payment): boolean;
}

export interface NotifierOptions {
  scheduler: Scheduler;
  now: () => number;
  antomPrivateKey: AntomPrivateKey;
  /** Per-delivery timeout (wall clock). */
  timeoutMs: number;
  /** Deliver to hosts other than loopback too (default false: a local sandbox posts only to this machine). */
  anyHost?: boolean;
  /** Post every notification here instead of the URL the request named (that one is still recorded). */
  forwardTo?: string;
  /** Vary each delivery's body bytes, request-time form and header casing, seeded with this (--strict-notifications). */
  strictSeed?: string;
  /** Called after every delivery (logs, benchmarks). */
  onDelivery?: (request: NotificationRequest, attempt: number, acknowledged: boolean) => void;
}

export function createNotifier(options: NotifierOptions): Notifier {
  const { scheduler, forwardTo, strictSeed } = options;
  // The latest notification of each payment, for resend (dropped with the payment).
  const latest = new WeakMap<Payment, { request: NotificationRequest; text: string }>();
  const attempt = (request: NotificationRequest, text: string, index: number, resent = false) => async (dueAt: number): Promise<void> => {
    const { url } = request;
    const target = forwardTo ?? url;
    const identity = `${request.kind}/${request.payment.paymentId}/${request.subjectId ?? ''}/${index + 1}${resent ? '/resent' : ''}`;
    const shape = strictSeed === undefined ? undefined : (now: number) => strictShape(strictSeed, identity, text, now);
    const result = target === undefined
      ? { httpStatus: null, acknowledged: false, problem: NO_URL_PROBLEM }
      : await deliverNotification(target, request.payment.clientId, text, options.antomPrivateKey, options.timeoutMs, options.anyHost ?? false, shape);
    request.payment.notifications.push({
      kind: request.kind,
      ...(url === undefined ? {} : { url }),
      ...(forwardTo === undefined ? {} : { forwardedTo: forwardTo }),
      at: isoTime(dueAt),
      attempt: index + 1,
      ...(resent ? { resent } : {}),
      httpStatus: result.httpStatus,
      acknowledged: result.acknowledged,
      ...(result.problem === undefined ? {} : { problem: result.problem }),
      ...(request.subjectId === undefined ? {} : { subjectId: request.subjectId }),
    });
    options.onDelivery?.(request, index + 1, result.acknowledged);
    const gap = RETRY_GAPS_MS[index + 1];
    if (!resent && !result.acknowledged && gap !== undefined && target !== undefined) scheduler.at(dueAt + gap, attempt(request, text, index + 1));
  };
  return {
    send(request, at = options.now()) {
      // The body is fixed at the state change: every retry sends the same bytes.
      const text = JSON.stringify(request.body);
      latest.set(request.payment, { request, text });
      scheduler.at(at, attempt(request, text, 0));
    },
    resend(payment) {
      const found = latest.get(payment);
      if (found === undefined) return false;
      const { request, text } = found;
      const sent = payment.notifications.filter((record) => record.kind === request.kind && record.subjectId === request.subjectId).length;
      scheduler.at(options.now(), attempt(request, text, sent, true));
      return true;
    },
  };
}
