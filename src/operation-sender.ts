import { isJsonMediaType } from '../generated/client.ts';
import type { CallOptions, OperationRoute, OperationSender } from '../generated/client.ts';
import { AntomConfigError } from './errors.ts';
import type { SignedSend } from './transport/transport.ts';

/** Per-call options the signed client understands; anything else is refused rather than silently ignored. */
const CALL_OPTIONS = new Set(['params', 'headers', 'signal']);

type Params = { path?: Record<string, unknown>; query?: Record<string, unknown>; header?: Record<string, unknown> };
type Options = CallOptions & { params?: Params };

/**
 * Sends generated operations through the signing transport: expands path parameters, serializes the query
 * (form style, arrays repeated, objects as `key[field]`) and the JSON body, and resolves to openapi-fetch's
 * `{ data, response }` shape (the response body has been read, as with openapi-fetch).
 *
 * @param baseUrl absolute gateway base, e.g. `https://open-na-global.alipay.com/ams/api`.
 * Rejects, before anything is signed or sent, with AntomConfigError for an unknown per-call option, a missing or
 * dot-segment path parameter, a route whose body is not JSON (Antom's API is JSON-only, so the signing transport
 * sends JSON and nothing else), or a body that is not JSON-serializable.
 */
export function createOperationSender(send: SignedSend, baseUrl: string): OperationSender {
  return (route: OperationRoute, body: unknown, options: unknown) => {
    let call: Parameters<SignedSend>[0];
    try {
      call = describeCall(route, body, (options ?? {}) as Options, baseUrl);
    } catch (error) {
      return Promise.reject(error);
    }
    return send(call).then((delivered) => ({
      data: delivered.json,
      // Read through, so the Response is only built for callers that look at it.
      get response(): Response {
        return delivered.response;
      },
    }));
  };
}

function describeCall(route: OperationRoute, body: unknown, call: Options, baseUrl: string): Parameters<SignedSend>[0] {
  for (const key in call) {
    if (!CALL_OPTIONS.has(key)) throw new AntomConfigError(`${route.operationId}(options).${key}`, 'is not a per-call option; the signing transport and the gateway are fixed when the client is created');
  }
  const params = call.params ?? {};
  const target = `${expandPath(route, params.path)}${queryString(params.query)}`;
  return {
    method: route.method,
    url: `${baseUrl}${target}`,
    body: route.hasBody && body !== undefined ? serialize(route, body) : '',
    headers: params.header ? { ...stringRecord(params.header), ...call.headers } : call.headers,
    signal: call.signal,
    operationId: route.operationId,
  };
}

function serialize(route: OperationRoute, body: unknown): string {
  const media = route.requestMediaType;
  if (media !== undefined && !isJsonMediaType(media)) {
    throw new AntomConfigError(`${route.operationId}(body)`, `is sent as ${media}; the signing transport sends JSON bodies only`);
  }
  let text: string | undefined;
  try {
    text = JSON.stringify(body);
  } catch (error) {
    throw new AntomConfigError(`${route.operationId}(body)`, 'cannot be serialized as JSON', { cause: error });
  }
  if (text === undefined) throw new AntomConfigError(`${route.operationId}(body)`, 'cannot be serialized as JSON');
  return text;
}

function expandPath(route: OperationRoute, values: Record<string, unknown> | undefined): string {
  if (!route.path.includes('{')) return route.path;
  return route.path.replace(/\{([^{}]+)\}/g, (_, name: string) => {
    const value = values?.[name];
    if (value === undefined || value === null) throw new AntomConfigError(`${route.operationId}(options).params.path.${name}`, 'is required');
    const text = String(value);
    // URL parsing would collapse dot segments (even percent-encoded) and an empty one leaves `//`: another path.
    if (text === '' || text === '.' || text === '..') {
      throw new AntomConfigError(`${route.operationId}(options).params.path.${name}`, 'cannot be empty, "." or ".."');
    }
    return encodeURIComponent(text);
  });
}

function queryString(query: Record<string, unknown> | undefined): string {
  if (!query) return '';
  const pairs: string[] = [];
  const add = (name: string, value: unknown): void => {
    if (value !== undefined && value !== null) pairs.push(`${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`);
  };
  for (const [name, value] of Object.entries(query)) {
    if (Array.isArray(value)) for (const item of value) add(name, item);
    else if (typeof value === 'object' && value !== null) for (const [field, item] of Object.entries(value)) add(`${name}[${field}]`, item);
    else add(name, value);
  }
  return pairs.length === 0 ? '' : `?${pairs.join('&')}`;
}

function stringRecord(values: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) if (value !== undefined && value !== null) out[name] = String(value);
  return out;
}
