// Generated from spec/openapi.yaml (Antom pay (Checkout Payment) 1.0.0) by generator/. Do not edit.
// Regenerate with `npm run generate`; CI fails when this file differs from what the spec generates.

import createClient from 'openapi-fetch';
import type { Client, ClientOptions, FetchOptions, FetchResponse } from 'openapi-fetch';
import type { paths } from './schema.ts';

/** Client options a single call may not override: where requests go and the fetch/middleware that carry them. */
export type PinnedOption = 'baseUrl' | 'fetch' | 'middleware' | 'Request';

/** The `pay` operation (POST /v1/payments/pay). */
export type PayOperation = paths['/v1/payments/pay']['post'];

/** Request body of `pay`. */
export type PayBody = NonNullable<PayOperation['requestBody']>['content']['application/json'];

/** Per-call options of `pay`: parameters, headers, an AbortSignal and the like. */
export type PayOptions = Omit<FetchOptions<PayOperation>, 'body' | PinnedOption>;

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

/** Binds every operation to an openapi-fetch client created elsewhere. */
export function bindOperations(client: Client<paths>): Operations {
  return {
    pay: (body, options) => client.POST('/v1/payments/pay', { ...options, body } as FetchOptions<PayOperation> as never) as Promise<PayResult>,
  };
}

/** Creates an openapi-fetch client for the spec and binds every operation to it. The runtime (base URL, fetch, middleware) is the caller's. */
export function createOperations(options?: ClientOptions): Operations & { readonly raw: Client<paths> } {
  const raw = createClient<paths>(options);
  return { ...bindOperations(raw), raw };
}

/** Method, path and call shape (body first or options only) of every operation, by operationId. */
export const operationRoutes = {
  pay: { method: 'POST', path: '/v1/payments/pay', hasBody: true },
} as const;
