// Generated from test/fixtures/lockers-api/openapi.yaml (Parcel lockers 2.3.0) by generator/. Do not edit.
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

/** The `reserveLocker` operation (POST /lockers/{lockerId}/reservations). */
export type ReserveLockerOperation = paths['/lockers/{lockerId}/reservations']['post'];

/** Request body of `reserveLocker`. */
export type ReserveLockerBody = NonNullable<ReserveLockerOperation['requestBody']>['content']['application/json'];

/** Per-call options of `reserveLocker`: its parameters, extra headers and an AbortSignal. */
export type ReserveLockerOptions = CallOptions & ParamsOption<ReserveLockerOperation>;

/** What `reserveLocker` resolves to: `{ data, error, response }`. */
export type ReserveLockerResult = FetchResponse<ReserveLockerOperation, ReserveLockerOptions, 'application/json'>;

/** The `listLockers` operation (GET /lockers). */
export type ListLockersOperation = paths['/lockers']['get'];

/** Per-call options of `listLockers`: its parameters, extra headers and an AbortSignal. */
export type ListLockersOptions = CallOptions & ParamsOption<ListLockersOperation>;

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

/** Route of every operation, by operationId. */
export const operationRoutes = {
  reserveLocker: { operationId: 'reserveLocker', method: 'POST', path: '/lockers/{lockerId}/reservations', hasBody: true },
  listLockers: { operationId: 'listLockers', method: 'GET', path: '/lockers', hasBody: false },
} as const satisfies Record<string, OperationRoute>;

/** Binds every operation to a sender. */
export function bindOperations(send: OperationSender): Operations {
  return {
    reserveLocker: (body, options) => send(operationRoutes.reserveLocker, body, options) as Promise<ReserveLockerResult>,
    listLockers: (options) => send(operationRoutes.listLockers, undefined, options) as Promise<ListLockersResult>,
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
