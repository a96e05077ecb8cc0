// Sends a notification on Antom's schedule: the first delivery at once, then, until one is acknowledged, again
// 2 min, 10 min, 10 min, 1 h, 2 h, 6 h and 15 h (sandbox time) after the previous one: 8 deliveries at most.
// Every delivery is recorded on the payment.
import type { AntomPrivateKey } from '../../src/keys.ts';
import { isoTime } from '../state/clock.ts';
import type { NotificationKind, Payment } from '../state/model.ts';
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
  onDelivery?: (request: NotificationRequest, attempt: number, acknowledged: boolean) => void;
}

export function createNotifier(options: NotifierOptions): Notifier {
  const { scheduler } = options;
  const attempt = (request: NotificationRequest, text: string, index: number) => async (dueAt: number): Promise<void> => {
    const { url } = request;
    const result = url === undefined
      ? { httpStatus: null, acknowledged: false, problem: NO_URL_PROBLEM }
      : await deliverNotification(url, request.payment.clientId, text, options.antomPrivateKey, options.timeoutMs, options.anyHost ?? false);
    request.payment.notifications.push({
      kind: request.kind,
      ...(url === undefined ? {} : { url }),
      at: isoTime(dueAt),
      attempt: index + 1,
      httpStatus: result.httpStatus,
      acknowledged: result.acknowledged,
      ...(result.problem === undefined ? {} : { problem: result.problem }),
      ...(request.subjectId === undefined ? {} : { subjectId: request.subjectId }),
    });
    options.onDelivery?.(request, index + 1, result.acknowledged);
    const gap = RETRY_GAPS_MS[index + 1];
    if (!result.acknowledged && gap !== undefined && url !== undefined) scheduler.at(dueAt + gap, attempt(request, text, index + 1));
  };
  return {
    send(request, at = options.now()) {
      // The body is fixed at the state change: every retry sends the same bytes.
      scheduler.at(at, attempt(request, JSON.stringify(request.body), 0));
    },
  };
}
