import { bindOperations } from '../generated/client.ts';
import type { DataResults, Operations } from '../generated/client.ts';
import { AntomConfigError } from './errors.ts';
import type { AntomRegion } from './gateway.ts';
import { resolveGatewayBaseUrl } from './gateway.ts';
import { parsePublicKey } from './keys.ts';
import type { AntomPublicKey, PrivateKeyInput, PublicKeyInput } from './keys.ts';
import type { IncomingNotification, VerifyNotificationOptions } from './notifications.ts';
import { verifyNotification, verifyNotificationAsync } from './notifications.ts';
import type { AntomNotification } from './notification-event.ts';
import { classifyNotification } from './notification-event.ts';
import { createOperationSender } from './operation-sender.ts';
import type { RetryOptions } from './transport/retry.ts';
import type { AttemptInfo } from './transport/transport.ts';
import { createTransport } from './transport/transport.ts';
import type { WebhookMethods } from './webhooks/verify.ts';
import { webhookMethods } from './webhooks/verify.ts';

export interface AntomClientOptions {
  /** Client ID from Antom. A `SANDBOX_` prefix selects the sandbox path unless `sandbox` says otherwise. */
  clientId: string;
  /**
   * Merchant RSA private key: PEM (PKCS #8 or PKCS #1), bare base64 of either DER, a Node KeyObject, or
   * `parsePrivateKey`'s result. Quoted text and literal `\n` line breaks (as `.env` files hold keys) are accepted.
   */
  privateKey: PrivateKeyInput;
  /** Antom's RSA public key (PEM or bare base64 SPKI, a Node KeyObject, or `parsePublicKey`'s result); needed to verify responses. */
  antomPublicKey?: PublicKeyInput;
  /** Regional gateway: `na` (North America), `sea` (Asia) or `de` (Europe). */
  region?: AntomRegion;
  /** Gateway origin instead of a region, e.g. `http://127.0.0.1:4010` for the local mock. */
  baseUrl?: string;
  /** Use the sandbox path `/ams/sandbox/api`. Defaults to true for `SANDBOX_` client IDs. */
  sandbox?: boolean;
  /** Key version in the `Signature` header. Default 1. */
  keyVersion?: number;
  /**
   * A fetch to carry requests, e.g. one bound to an undici proxy dispatcher. By default requests go over
   * `node:http`/`node:https` on Node and over the global `fetch` on every other runtime.
   */
  fetch?: typeof fetch;
  /** Budget of one attempt in milliseconds, headers and body included. Default 15000, as Antom's SDKs. */
  timeoutMs?: number;
  /** Retry policy for transport failures, or `false` for a single attempt. */
  retry?: Partial<RetryOptions> | false;
  /** Verify Antom's response signatures (default true). Turning it off warns once per process. */
  verifyResponses?: boolean;
  /** Called after every HTTP attempt (for logs and metrics); its throws and rejections are contained. */
  onAttempt?: (info: AttemptInfo) => void;
  /**
   * Debug log: each call's signed content (never the signature or a key) and each attempt's method, path, status
   * and duration. `true` prints with `console.error`, a function receives each line. Unset, `ANTOM_DEBUG=1` in the
   * environment turns it on.
   */
  debug?: boolean | ((line: string) => void);
  /** Largest response body accepted, in bytes (default 4 MiB), enforced while it streams. */
  maxResponseBytes?: number;
  /** Refuse an answer echoing another request id than the one sent (default true). */
  matchResponseIds?: boolean;
  /** Refuse an answer whose `response-time` is further than this from now, either way (off by default). */
  maxResponseAgeMs?: number;
}

/** Every generated operation resolves to `{ data, response }` with the success body: failures are thrown (AntomError). */
export interface AntomClient extends Operations<DataResults>, WebhookMethods {
  /** The base URL calls go to, e.g. `https://open-na-global.alipay.com/ams/sandbox/api`. */
  readonly baseUrl: string;
  readonly sandbox: boolean;
  /**
   * The signing, verifying transport as a `fetch(Request)`, for operations added to the spec before a release of
   * this package: `createClient<paths>({ baseUrl: client.baseUrl, fetch: client.fetch })` from openapi-fetch signs
   * and verifies like the bound operations. Middleware you add there runs outside the signature checks.
   */
  readonly fetch: (input: Request) => Promise<Response>;
  /**
   * Verifies a notification Antom posted to you (signature with this client's ID and Antom public key, freshness)
   * and returns it typed by kind: `payment` (notifyPayment), `refund` (notifyRefund), `capture` (notifyCapture),
   * or `unknown` for a signed notifyType this version does not know.
   *
   * Synchronous, so it needs node:crypto (Node, Bun, Deno); elsewhere it throws AntomConfigError: use
   * {@link AntomClient.verifyNotificationAsync}.
   */
  verifyNotification(notification: IncomingNotification, options?: NotificationCheckOptions): AntomNotification;
  /** {@link AntomClient.verifyNotification} on every runtime (Cloudflare Workers and edge runtimes included); rejects instead of throwing. */
  verifyNotificationAsync(notification: IncomingNotification, options?: NotificationCheckOptions): Promise<AntomNotification>;
}

/** Per-call options of `client.verifyNotification`; the client ID and Antom public key come from the client. */
export type NotificationCheckOptions = Pick<VerifyNotificationOptions, 'maxAgeMs' | 'now'>;

const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * Creates a typed, signing, verifying client. Keys are parsed once, here; any bad option throws
 * `AntomConfigError` naming it, without echoing key material.
 */
export function createAntomClient(options: AntomClientOptions): AntomClient {
  if (typeof options !== 'object' || options === null) throw new AntomConfigError('options', 'must be an object');
  const antomPublicKey = options.antomPublicKey === undefined ? undefined : parsePublicKey(options.antomPublicKey, 'antomPublicKey');
  // The transport validates the client ID, the keys and the numeric options, so it is built first; the gateway
  // is resolved from the same options and scopes it (the region and baseUrl checks come from resolveGatewayBaseUrl).
  const { baseUrl, sandbox } = resolveGatewayBaseUrl({ ...options, clientId: typeof options.clientId === 'string' ? options.clientId : '' });
  const transport = createTransport({
    clientId: options.clientId,
    privateKey: options.privateKey,
    antomPublicKey,
    keyVersion: options.keyVersion ?? 1,
    verifyResponses: options.verifyResponses ?? true,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    retry: options.retry,
    fetch: options.fetch,
    onAttempt: options.onAttempt,
    debug: options.debug,
    maxResponseBytes: options.maxResponseBytes,
    matchResponseIds: options.matchResponseIds,
    maxResponseAgeMs: options.maxResponseAgeMs,
    baseUrl,
  });
  const verifyAsync = async (notification: IncomingNotification, extra?: NotificationCheckOptions): Promise<AntomNotification> =>
    classifyNotification(await verifyNotificationAsync<unknown>(notification, notificationOptions(options.clientId, antomPublicKey, extra)));
  return {
    ...bindOperations<DataResults>(createOperationSender(transport.send, baseUrl)),
    baseUrl,
    sandbox,
    fetch: transport.fetch,
    verifyNotification(notification: IncomingNotification, extra?: NotificationCheckOptions): AntomNotification {
      return classifyNotification(verifyNotification<unknown>(notification, notificationOptions(options.clientId, antomPublicKey, extra)));
    },
    verifyNotificationAsync: verifyAsync,
    // The webhook helpers reach the verification core only through this function: the async form, which works on
    // every runtime.
    ...webhookMethods(verifyAsync),
  };
}

/** The verifier's options: the client's ID and key, and only the two per-call options (the key cannot be swapped per call). */
function notificationOptions(clientId: string, antomPublicKey: AntomPublicKey | undefined, extra: NotificationCheckOptions | undefined): VerifyNotificationOptions {
  if (!antomPublicKey) throw new AntomConfigError('antomPublicKey', 'is required to verify notifications');
  const { maxAgeMs, now } = typeof extra === 'object' && extra !== null ? extra : ({} as NotificationCheckOptions);
  return { clientId, antomPublicKey, maxAgeMs, now };
}
