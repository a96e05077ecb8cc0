// Generated from spec/openapi.yaml (Antom pay (Checkout Payment) 1.0.0) by generator/. Do not edit.
// Regenerate with `npm run generate`; CI fails when this file differs from what the spec generates.

import createClient from 'openapi-fetch';
import type { Client, ClientOptions, FetchResponse, ParamsOption } from 'openapi-fetch';
import type { paths } from './schema.ts';

/** Method, path template and call shape (body first, or options only) of one operation. */
export interface OperationRoute {
  readonly operationId: string;
  /** Upper-case HTTP method. */
  readonly method: string;
  /** Path template relative to the base URL, e.g. `/items/{id}`. */
  readonly path: string;
  readonly hasBody: boolean;
}

/** Per-call options every operation takes besides its `params`. */
export interface CallOptions {
  /** Cancels the call, including any retry still to come. */
  signal?: AbortSignal;
  /** Extra request headers. */
  headers?: Record<string, string>;
}

/** Carries one call to the server and resolves to `{ data, error, response }`, as openapi-fetch does. */
export type OperationSender = (route: OperationRoute, body: unknown, options: unknown) => Promise<unknown>;

/** The `pay` operation (POST /v1/payments/pay). */
export type PayOperation = paths['/v1/payments/pay']['post'];

/** Request body of `pay`. */
export type PayBody = NonNullable<PayOperation['requestBody']>['content']['application/json'];

/** Per-call options of `pay`: its parameters, extra headers and an AbortSignal. */
export type PayOptions = CallOptions & ParamsOption<PayOperation>;

/** What `pay` resolves to: `{ data, error, response }`. */
export type PayResult = FetchResponse<PayOperation, PayOptions, 'application/json'>;

/** One function per operationId of the spec. */
export interface Operations {
  /**
   * Create a checkout payment
   *
   * Creates a payment and returns where to send the buyer to pay: one or more of `applinkUrl`,
   * `normalUrl` and `schemeUrl` (plus `appIdentifier` for Android apps), or `paymentData` for merchants that
   * render the cashier with Antom's client SDK.
   *
   * `POST /v1/payments/pay`
   */
  pay(body: PayBody, options?: PayOptions): Promise<PayResult>;
}

/** Route of every operation, by operationId. */
export const operationRoutes = {
  pay: { operationId: 'pay', method: 'POST', path: '/v1/payments/pay', hasBody: true },
} as const satisfies Record<string, OperationRoute>;

/** Binds every operation to a sender. */
export function bindOperations(send: OperationSender): Operations {
  return {
    pay: (body, options) => send(operationRoutes.pay, body, options) as Promise<PayResult>,
  };
}

/** A sender that makes each call through an openapi-fetch client: its base URL, fetch and middleware apply. */
export function openapiFetchSender(client: Client<paths>): OperationSender {
  return (route, body, options) => client.request(route.method as never, route.path as never, { ...(options as object), body } as never);
}

/** Creates an openapi-fetch client for the spec and binds every operation to it. The runtime (base URL, fetch, middleware) is the caller's. */
export function createOperations(options?: ClientOptions): Operations & { readonly raw: Client<paths> } {
  const raw = createClient<paths>(options);
  return { ...bindOperations(openapiFetchSender(raw)), raw };
}
