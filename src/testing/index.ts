// `antom-pay/testing`: for a merchant's own unit tests. Signs notifications and answers as Antom would (with the
// sandbox's published TEST key by default), so a test can feed them to the code under test without a network.
import type { IncomingNotification } from '../notifications.ts';
import type { SignAsAntomInput } from './sign.ts';
import { signAsAntom } from './sign.ts';

export { ANTOM_TEST_PRIVATE_KEY, ANTOM_TEST_PUBLIC_KEY } from './test-keys.ts';
export type { SignAsAntomInput } from './sign.ts';

/** Input of {@link signTestNotification}. */
export interface SignTestNotificationInput extends SignAsAntomInput {
  /** `request-time`: epoch milliseconds or ISO 8601 text. Default: now. */
  requestTime?: number | string;
}

/**
 * A notification signed as Antom sends it. It is an `IncomingNotification` (`client.verifyNotification(signed)`
 * accepts it as is); `headers` and `body` are what to post to your endpoint (e.g. with supertest), and
 * `toRequest(origin)` is the same as a web `Request` (for `client.verifyWebhook` or a fetch handler).
 */
export interface SignedTestNotification extends IncomingNotification {
  method: string;
  path: string;
  /** `content-type`, `client-id`, `request-time` and `signature`. */
  headers: Record<string, string>;
  /** The exact body text that was signed. */
  body: string;
  /** Same as `body`: the field `IncomingNotification` reads. */
  rawBody: string;
  /** A web Request posting this notification to `origin` + `path` (default origin `http://localhost`). */
  toRequest(origin?: string): Request;
}

/**
 * Signs a notification as Antom would: `signature` over `POST <path>\n<clientId>.<request-time>.<body>`.
 * The client under test must have `antomPublicKey: ANTOM_TEST_PUBLIC_KEY` (or the public half of `privateKey`).
 *
 * @example
 * const signed = await signTestNotification({ path: '/antom/notify', clientId, body: { notifyType: 'PAYMENT_RESULT', … } });
 * const notice = client.verifyNotification(signed);        // or: await client.verifyWebhook(signed.toRequest())
 */
export async function signTestNotification(input: SignTestNotificationInput): Promise<SignedTestNotification> {
  const signed = await signAsAntom(input, 'request-time', input?.requestTime);
  return {
    ...signed,
    rawBody: signed.body,
    toRequest(origin = 'http://localhost') {
      return new Request(`${origin.replace(/\/+$/, '')}${signed.path}`, { method: signed.method, headers: signed.headers, body: signed.body });
    },
  };
}

/** Input of {@link signTestResponse}. */
export interface SignTestResponseInput extends SignAsAntomInput {
  /** `response-time`: epoch milliseconds or ISO 8601 text. Default: now. */
  responseTime?: number | string;
  /** HTTP status; default 200. */
  status?: number;
}

/** An answer signed as Antom's gateway signs it. */
export interface SignedTestResponse {
  status: number;
  /** `content-type`, `client-id`, `response-time` and `signature`. */
  headers: Record<string, string>;
  body: string;
  /** A fresh web Response each call: return it from a `fetch` you give the client under test. */
  toResponse(): Response;
}

/**
 * Signs an answer to a call as Antom's gateway would: `signature` over `<METHOD> <request path>\n<clientId>.
 * <response-time>.<body>`. `path` is the path the client called (with the `/ams/api` or `/ams/sandbox/api` prefix):
 * from a fetch stub, pass the request's URL.
 *
 * @example
 * const client = createAntomClient({ …, antomPublicKey: ANTOM_TEST_PUBLIC_KEY, fetch: async (url) =>
 *   (await signTestResponse({ path: String(url), clientId, body: { result: { resultStatus: 'S', … } } })).toResponse() });
 */
export async function signTestResponse(input: SignTestResponseInput): Promise<SignedTestResponse> {
  const signed = await signAsAntom(input, 'response-time', input?.responseTime);
  const status = input.status ?? 200;
  return {
    status,
    headers: signed.headers,
    body: signed.body,
    toResponse: () => new Response(signed.body, { status, headers: signed.headers }),
  };
}
