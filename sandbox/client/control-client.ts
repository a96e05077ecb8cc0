// A typed client of the sandbox's control API (/__sandbox/...), for tests and tools: what the `antom-pay-sandbox`
// subcommands use. Plain fetch and no node:* import, so it runs on every runtime the package supports.
import type {
  ClockView,
  ControlErrorBody,
  DeliveriesView,
  DisputeJudgedResultView,
  JudgedDisputeView,
  NotificationView,
  OpenDisputeRequest,
  OpenedDisputeView,
  PaymentOutcome,
  PaymentView,
  SettledView,
} from '../control/types.ts';
import { parseDuration } from './duration.ts';

/** Where `antom-pay-sandbox` listens by default. */
export const DEFAULT_SANDBOX_URL = 'http://127.0.0.1:4010';

export interface SandboxControlOptions {
  /** The sandbox's origin; default http://127.0.0.1:4010. */
  url?: string;
  /** A fetch of your own (default: the global one). */
  fetch?: typeof fetch;
}

/** A notification delivery with the payment it belongs to. */
export type PaymentNotificationView = NotificationView & { paymentId: string };

export interface SandboxControl {
  readonly url: string;
  /** Every payment, oldest first; with `paymentRequestId`, only the payments with that ID (one per client ID). */
  payments(filter?: { paymentRequestId?: string }): Promise<PaymentView[]>;
  /** One payment by Antom's `paymentId`, or by your `paymentRequestId` (with `clientId` when several clients used it). */
  payment(ref: string | { paymentId: string } | { paymentRequestId: string; clientId?: string }): Promise<PaymentView>;
  /**
   * Finishes a payment as the buyer would on the cashier page (default SUCCESS); `resultCode` names a FAIL's code.
   * The notification goes out in the background: `settle(paymentId)` waits for it.
   */
  complete(paymentId: string, outcome?: PaymentOutcome, options?: { resultCode?: string }): Promise<PaymentView>;
  /** Opens a dispute on a paid payment, as the buyer's bank would (default: a chargeback of the whole amount). */
  dispute(paymentId: string, request?: OpenDisputeRequest): Promise<OpenedDisputeView>;
  /** Decides a defended dispute. */
  judge(disputeId: string, result: DisputeJudgedResultView): Promise<JudgedDisputeView>;
  /** Moves sandbox time forward by milliseconds or a duration such as '+15m' or '2h'; what falls due happens. */
  advanceClock(by: number | string): Promise<ClockView>;
  /** Delivers the payment's latest notification once more, now; answers that delivery as recorded. */
  resend(paymentId: string): Promise<NotificationView>;
  /**
   * Waits until no notification delivery (of that payment only, when given) is queued, in flight or due; at most
   * `timeoutMs` (default 30 s), then answers `settled: false`. Call it before looking at what your endpoint received.
   */
  settle(paymentId?: string, options?: { timeoutMs?: number }): Promise<SettledView>;
  /** Deliveries waiting for a slot and under way. */
  deliveries(): Promise<DeliveriesView>;
  /** Every notification delivery, or those of one payment, oldest first per payment. */
  notifications(paymentId?: string): Promise<PaymentNotificationView[]>;
  /** Forgets every record and puts the clock back. */
  reset(): Promise<void>;
}

/**
 * What the sandbox answered when it refused (status 400, 404, 409, ...), or why no answer came (status 0): the
 * sandbox is not running at that URL, or something else answers there.
 */
export class SandboxControlError extends Error {
  override readonly name = 'SandboxControlError';
  /** HTTP status; 0 when the sandbox did not answer. */
  readonly status: number;
  /** The sandbox's error code (NOT_FOUND, CONFLICT, BAD_REQUEST, ...), or UNREACHABLE / NOT_A_SANDBOX. */
  readonly code: string;
  constructor(status: number, code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.status = status;
    this.code = code;
  }
}

const path = (id: string): string => encodeURIComponent(id);

export function createSandboxControl(options: SandboxControlOptions = {}): SandboxControl {
  const url = (options.url ?? DEFAULT_SANDBOX_URL).replace(/\/+$/, '');
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) throw new TypeError(`url must be the sandbox's http(s) origin, such as ${DEFAULT_SANDBOX_URL}; got ${JSON.stringify(url)}`);
  const fetchImpl = options.fetch ?? globalThis.fetch;

  const call = async <T>(method: 'GET' | 'POST', route: string, body?: object): Promise<T> => {
    let response: Response;
    try {
      response = await fetchImpl(`${url}/__sandbox/${route}`, {
        method,
        ...(method === 'POST' ? { body: JSON.stringify(body ?? {}), headers: { 'content-type': 'application/json' } } : {}),
      });
    } catch (error) {
      throw new SandboxControlError(0, 'UNREACHABLE', `no sandbox answers at ${url}: start one with \`npx antom-pay-sandbox\`, or give the URL of yours`, { cause: error });
    }
    const text = await response.text();
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw new SandboxControlError(response.status, 'NOT_A_SANDBOX', `${url} answered HTTP ${response.status} with something other than JSON: is the Antom sandbox running there?`);
    }
    if (!response.ok) {
      const { error, message } = (data ?? {}) as Partial<ControlErrorBody>;
      throw new SandboxControlError(response.status, typeof error === 'string' ? error : 'ERROR', typeof message === 'string' ? message : `HTTP ${response.status}`);
    }
    return data as T;
  };

  const payments = async (filter: { paymentRequestId?: string } = {}): Promise<PaymentView[]> =>
    (await call<{ payments: PaymentView[] }>('GET', filter.paymentRequestId === undefined ? 'payments' : `payments?paymentRequestId=${encodeURIComponent(filter.paymentRequestId)}`)).payments;

  return {
    url,
    payments,
    async payment(ref) {
      if (typeof ref === 'string' || 'paymentId' in ref) return call<PaymentView>('GET', `payments/${path(typeof ref === 'string' ? ref : ref.paymentId)}`);
      const found = (await payments({ paymentRequestId: ref.paymentRequestId })).filter((item) => ref.clientId === undefined || item.clientId === ref.clientId);
      if (found.length === 1) return found[0] as PaymentView;
      if (found.length === 0) throw new SandboxControlError(404, 'NOT_FOUND', `no payment with paymentRequestId ${ref.paymentRequestId}${ref.clientId === undefined ? '' : ` for client ID ${ref.clientId}`}`);
      throw new SandboxControlError(409, 'AMBIGUOUS', `${found.length} payments have paymentRequestId ${ref.paymentRequestId} (client IDs ${found.map((item) => item.clientId).join(', ')}): give clientId too`);
    },
    complete: (paymentId, outcome = 'SUCCESS', { resultCode } = {}) =>
      call<PaymentView>('POST', `payments/${path(paymentId)}/complete`, { outcome, ...(resultCode === undefined ? {} : { resultCode }) }),
    dispute: (paymentId, request = {}) => call<OpenedDisputeView>('POST', `payments/${path(paymentId)}/disputes`, request),
    judge: (disputeId, result) => call<JudgedDisputeView>('POST', `disputes/${path(disputeId)}/judge`, { disputeJudgedResult: result }),
    advanceClock(by) {
      const advanceMs = typeof by === 'number' ? by : parseDuration(by);
      if (advanceMs === undefined) return Promise.reject(new TypeError(`advanceClock takes milliseconds or a duration such as '+15m', '2h' or '1d'; got ${JSON.stringify(by)}`));
      return call<ClockView>('POST', 'clock', { advanceMs });
    },
    resend: (paymentId) => call<NotificationView>('POST', `payments/${path(paymentId)}/resend`),
    settle: (paymentId, { timeoutMs } = {}) =>
      call<SettledView>('POST', 'deliveries/settle', { ...(paymentId === undefined ? {} : { paymentId }), ...(timeoutMs === undefined ? {} : { timeoutMs }) }),
    deliveries: () => call<DeliveriesView>('GET', 'deliveries'),
    async notifications(paymentId) {
      const list = paymentId === undefined ? await payments() : [await call<PaymentView>('GET', `payments/${path(paymentId)}`)];
      return list.flatMap((payment) => payment.notifications.map((record) => ({ ...record, paymentId: payment.paymentId })));
    },
    async reset() {
      await call<{ reset: true }>('POST', 'reset');
    },
  };
}
