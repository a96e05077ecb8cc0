// Generated from test/fixtures/lockers-api/openapi.yaml (Parcel lockers 2.3.0) by generator/. Do not edit.
// Regenerate with `npm run generate`; CI fails when this file differs from what the spec generates.

import createClient from 'openapi-fetch';
import type { Client, ClientOptions, FetchOptions, FetchResponse } from 'openapi-fetch';
import type { paths } from './schema.ts';

/** Client options a single call may not override: where requests go and the fetch/middleware that carry them. */
export type PinnedOption = 'baseUrl' | 'fetch' | 'middleware' | 'Request';

/** The `reserveLocker` operation (POST /lockers/{lockerId}/reservations). */
export type ReserveLockerOperation = paths['/lockers/{lockerId}/reservations']['post'];

/** Request body of `reserveLocker`. */
export type ReserveLockerBody = NonNullable<ReserveLockerOperation['requestBody']>['content']['application/json'];

/** Per-call options of `reserveLocker`: parameters, headers, an AbortSignal and the like. */
export type ReserveLockerOptions = Omit<FetchOptions<ReserveLockerOperation>, 'body' | PinnedOption>;

/** What `reserveLocker` resolves to: `{ data, error, response }`. */
export type ReserveLockerResult = FetchResponse<ReserveLockerOperation, ReserveLockerOptions, 'application/json'>;

/** The `listLockers` operation (GET /lockers). */
export type ListLockersOperation = paths['/lockers']['get'];

/** Per-call options of `listLockers`: parameters, headers, an AbortSignal and the like. */
export type ListLockersOptions = Omit<FetchOptions<ListLockersOperation>, PinnedOption>;

/** What `listLockers` resolves to: `{ data, error, response }`. */
export type ListLockersResult = FetchResponse<ListLockersOperation, ListLockersOptions, 'application/json'>;

/** One function per operationId of the spec. */
export interface Operations {
  /**
   * Reserve a locker compartment
   *
   * `POST /lockers/{lockerId}/reservations`
   */
  reserveLocker(body: ReserveLockerBody, options: ReserveLockerOptions): Promise<ReserveLockerResult>;
  /**
   * List lockers
   *
   * `GET /lockers`
   *
   * @deprecated
   */
  listLockers(options?: ListLockersOptions): Promise<ListLockersResult>;
}

/** Binds every operation to an openapi-fetch client created elsewhere. */
export function bindOperations(client: Client<paths>): Operations {
  return {
    reserveLocker: (body, options) => client.POST('/lockers/{lockerId}/reservations', { ...options, body } as FetchOptions<ReserveLockerOperation> as never) as Promise<ReserveLockerResult>,
    listLockers: (options) => client.GET('/lockers', (options ?? {}) as FetchOptions<ListLockersOperation> as never) as Promise<ListLockersResult>,
  };
}

/** Creates an openapi-fetch client for the spec and binds every operation to it. The runtime (base URL, fetch, middleware) is the caller's. */
export function createOperations(options?: ClientOptions): Operations & { readonly raw: Client<paths> } {
  const raw = createClient<paths>(options);
  return { ...bindOperations(raw), raw };
}

/** Method, path and call shape (body first or options only) of every operation, by operationId. */
export const operationRoutes = {
  reserveLocker: { method: 'POST', path: '/lockers/{lockerId}/reservations', hasBody: true },
  listLockers: { method: 'GET', path: '/lockers', hasBody: false },
} as const;
