// Generated from test/fixtures/lockers-api/openapi.yaml (Parcel lockers 2.3.0) by generator/. Do not edit.
// Regenerate with `npm run generate`; CI fails when this file differs from what the spec generates.

import createClient from 'openapi-fetch';
import type { Client, ClientOptions, FetchResponse, ParamsOption } from 'openapi-fetch';
import type { paths } from './schema.ts';

/** Method, path template, call shape (body first, or options only) and media types of one operation. */
export interface OperationRoute {
  readonly operationId: string;
  /** Upper-case HTTP method. */
  readonly method: string;
  /** Path template relative to the base URL, e.g. `/items/{id}`. */
  readonly path: string;
  readonly hasBody: boolean;
  /** Media type the body is sent as, e.g. `application/json`; absent without a body. */
  readonly requestMediaType?: string;
  /** Media type of the success body; absent when it has none. */
  readonly responseMediaType?: string;
}

/** Per-call options every operation takes besides its `params`. */
export interface CallOptions {
  /** Cancels the call, including any retry still to come. */
  signal?: AbortSignal;
  /** Extra request headers. */
  headers?: Record<string, string>;
}

/** Carries one call to the server: resolves to `{ data, error, response }` as openapi-fetch does, or to `{ data, response }` if it throws on every failure. */
export type OperationSender = (route: OperationRoute, body: unknown, options: unknown) => Promise<unknown>;

/** What a call resolves to through a sender that throws on every failure: the success body, never an `error`. */
export interface DataResult<Data> {
  /** The parsed success body. */
  readonly data: Data;
  /** Always undefined: failures are thrown. Kept so code written for openapi-fetch's shape still compiles. */
  readonly error?: undefined;
  readonly response: Response;
}

/** openapi-fetch's `{ data, error, response }` with the success `data` typed as the schema writes it. */
export type WithSuccessBody<Result, Data> = Result extends { data: unknown } ? { data: Data; error?: never; response: Response } : Result;

/** The `reserveLocker` operation (POST /lockers/{lockerId}/reservations). */
export type ReserveLockerOperation = paths['/lockers/{lockerId}/reservations']['post'];

/** Request body of `reserveLocker`, sent as `application/json`. */
export type ReserveLockerBody = NonNullable<ReserveLockerOperation['requestBody']>['content']['application/json'];

/** Per-call options of `reserveLocker`: its parameters, extra headers and an AbortSignal. */
export type ReserveLockerOptions = CallOptions & ParamsOption<ReserveLockerOperation>;

/** What `reserveLocker` resolves to through openapi-fetch: `{ data, error, response }`. */
export type ReserveLockerResult = WithSuccessBody<FetchResponse<ReserveLockerOperation, ReserveLockerOptions, 'application/json'>, ReserveLockerOperation['responses']['200']['content']['application/json']>;

/** What `reserveLocker` resolves to through a sender that throws on every failure: `{ data, response }`. */
export type ReserveLockerDataResult = DataResult<ReserveLockerOperation['responses']['200']['content']['application/json']>;

/** The `listLockers` operation (GET /lockers). */
export type ListLockersOperation = paths['/lockers']['get'];

/** Per-call options of `listLockers`: its parameters, extra headers and an AbortSignal. */
export type ListLockersOptions = CallOptions & ParamsOption<ListLockersOperation>;

/** What `listLockers` resolves to through openapi-fetch: `{ data, error, response }`. */
export type ListLockersResult = WithSuccessBody<FetchResponse<ListLockersOperation, ListLockersOptions, 'application/json'>, ListLockersOperation['responses']['200']['content']['application/json']>;

/** What `listLockers` resolves to through a sender that throws on every failure: `{ data, response }`. */
export type ListLockersDataResult = DataResult<ListLockersOperation['responses']['200']['content']['application/json']>;

/** What each operation resolves to through openapi-fetch (`{ data, error, response }`), by operationId. */
export interface FetchResults {
  reserveLocker: ReserveLockerResult;
  listLockers: ListLockersResult;
}

/** What each operation resolves to through a sender that throws on every failure (`{ data, response }`), by operationId. */
export interface DataResults {
  reserveLocker: ReserveLockerDataResult;
  listLockers: ListLockersDataResult;
}

/** One function per operationId of the spec. `Results` is what they resolve to: `FetchResults` (openapi-fetch's shape) or `DataResults` (a sender that throws on every failure). */
export interface Operations<Results extends Record<keyof FetchResults, unknown> = FetchResults> {
  /**
   * Reserve a locker compartment
   *
   * `POST /lockers/{lockerId}/reservations`
   */
  reserveLocker(body: ReserveLockerBody, options: ReserveLockerOptions): Promise<Results['reserveLocker']>;
  /**
   * List lockers
   *
   * `GET /lockers`
   *
   * @deprecated
   */
  listLockers(options?: ListLockersOptions): Promise<Results['listLockers']>;
}

/** Route of every operation, by operationId. */
export const operationRoutes = {
  reserveLocker: { operationId: 'reserveLocker', method: 'POST', path: '/lockers/{lockerId}/reservations', hasBody: true, requestMediaType: 'application/json', responseMediaType: 'application/json' },
  listLockers: { operationId: 'listLockers', method: 'GET', path: '/lockers', hasBody: false, responseMediaType: 'application/json' },
} as const satisfies Record<string, OperationRoute>;

/** Binds every operation to a sender; `Results` states what the sender resolves to (`FetchResults` or `DataResults`). */
export function bindOperations<Results extends Record<keyof FetchResults, unknown> = FetchResults>(send: OperationSender): Operations<Results> {
  return {
    reserveLocker: (body, options) => send(operationRoutes.reserveLocker, body, options) as Promise<Results['reserveLocker']>,
    listLockers: (options) => send(operationRoutes.listLockers, undefined, options) as Promise<Results['listLockers']>,
  };
}

/** Flattens one value into name/value pairs: objects as `name[key]`, arrays as `name[index]`, dates as ISO text. */
function appendPairs(append: (name: string, value: string | Blob) => void, name: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (typeof Blob !== 'undefined' && value instanceof Blob) append(name, value);
  else if (value instanceof Date) append(name, value.toISOString());
  else if (Array.isArray(value)) value.forEach((item, index) => appendPairs(append, `${name}[${index}]`, item));
  else if (typeof value === 'object') for (const [key, item] of Object.entries(value)) appendPairs(append, `${name}[${key}]`, item);
  else append(name, String(value));
}

/** `application/x-www-form-urlencoded` text of a body: top-level properties as fields, nested objects and arrays in bracket notation (`a[b]=1`, `a[0]=x`), as form-encoding APIs read them. */
export function formUrlEncoded(body: unknown): string {
  const pairs = new URLSearchParams();
  for (const [name, value] of Object.entries(body ?? {})) appendPairs((key, item) => pairs.append(key, typeof item === 'string' ? item : ''), name, value);
  return pairs.toString();
}

/** `multipart/form-data` of a body: a part per top-level property (a Blob as a file), nested values in bracket notation. */
export function multipartFormData(body: unknown): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(body ?? {})) appendPairs((key, item) => form.append(key, item), name, value);
  return form;
}

/** True for `application/json` and the `…/…+json` family. */
export function isJsonMediaType(mediaType: string): boolean {
  const essence = mediaType.split(';')[0]?.trim().toLowerCase() ?? '';
  return essence === 'application/json' || essence.endsWith('+json') || essence.endsWith('/json');
}

/** The body as sent for its media type: JSON text, form fields, multipart parts, text, or binary (a Blob, ArrayBuffer, typed array or stream) as given. */
export function encodeBody(mediaType: string, body: unknown): unknown {
  if (isJsonMediaType(mediaType)) return JSON.stringify(body);
  const essence = mediaType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (essence === 'application/x-www-form-urlencoded') return formUrlEncoded(body);
  if (essence === 'multipart/form-data') return multipartFormData(body);
  if (essence.startsWith('text/')) return String(body);
  return body;
}

/** A sender that makes each call through an openapi-fetch client: its base URL, fetch and middleware apply. The body is encoded for the route's media type (multipart lets fetch write its boundary) and the success body read as JSON, text or a Blob according to the route's response media type. */
export function openapiFetchSender(client: Client<paths>): OperationSender {
  return (route, body, options) => {
    const { headers, ...rest } = (options ?? {}) as CallOptions & Record<string, unknown>;
    const media = route.requestMediaType;
    const contentType = media === undefined || media.toLowerCase().startsWith('multipart/form-data') ? {} : { 'Content-Type': media };
    const response = route.responseMediaType;
    const parseAs = response === undefined || isJsonMediaType(response) ? 'json' : response.toLowerCase().startsWith('text/') ? 'text' : 'blob';
    return client.request(route.method as never, route.path as never, {
      ...rest,
      body,
      headers: { ...contentType, ...headers },
      parseAs,
      bodySerializer: (value: unknown) => encodeBody(media ?? 'application/json', value),
    } as never);
  };
}

/** Creates an openapi-fetch client for the spec and binds every operation to it. The runtime (base URL, fetch, middleware) is the caller's; results are openapi-fetch's `{ data, error, response }`. */
export function createOperations(options?: ClientOptions): Operations & { readonly raw: Client<paths> } {
  const raw = createClient<paths>(options);
  return { ...bindOperations(openapiFetchSender(raw)), raw };
}
