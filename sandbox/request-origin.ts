// Whom the sandbox obeys. It listens on 127.0.0.1 only, yet a web page the developer has open can still reach it:
// through DNS rebinding (a name of the attacker's that now resolves to 127.0.0.1; the browser sends that name as Host)
// or a cross-site POST (a form, or a no-cors fetch with a text/plain body, which needs no CORS preflight). So every
// request must name the sandbox by a loopback name in Host, and a POST that a browser marks as coming from another
// origin is refused. Plain HTTP clients (SDKs, curl, tests) send neither Origin nor Sec-Fetch-Site and pass.
import type { IncomingHttpHeaders } from 'node:http';
import { getHeader } from '../src/header-lookup.ts';

/** Host names that reach a listener on 127.0.0.1 (`[::1]` too, for a client that tries IPv6 first). */
const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);
const HOST = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/i;

export interface Refusal {
  status: 400 | 403 | 415;
  error: string;
  message: string;
}

export interface Listener {
  /** `https` on the TLS listener. */
  scheme: 'http' | 'https';
  /** The port the request came in on. */
  port: number;
}

/**
 * True when `host` (a Host header value or an origin's host) names this listener: a loopback name and either the
 * listener's port or no port. No port is what a client sends for an https URL on 443 (Antom's Python SDK always
 * connects to 443 and sends the gateway URL's host), so a sandbox reached through a forwarded 443 keeps working.
 */
export function isOwnHost(host: string, listener: Listener): boolean {
  const match = HOST.exec(host.trim());
  if (match === null) return false;
  const port = match[2];
  return LOOPBACK_NAMES.has((match[1] ?? '').toLowerCase()) && (port === undefined || Number(port) === listener.port);
}

function isOwnOrigin(origin: string, listener: Listener): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // `null` (a sandboxed frame, a file: page) is no origin of ours.
  }
  const port = url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port);
  return url.protocol === `${listener.scheme}:` && isOwnHost(`${url.hostname}:${port}`, listener);
}

/** Why the request is refused, or undefined when it may go on. Applies to every route (gateway, control API, pages). */
export function originRefusal(method: string, headers: IncomingHttpHeaders, listener: Listener): Refusal | undefined {
  const host = getHeader(headers, 'host');
  if (host === undefined || !isOwnHost(host, listener)) {
    return { status: 403, error: 'FORBIDDEN_HOST', message: `the sandbox answers only requests to 127.0.0.1:${listener.port}, localhost:${listener.port} or [::1]:${listener.port}` };
  }
  if (method === 'GET' || method === 'HEAD') return undefined;
  const origin = getHeader(headers, 'origin');
  const site = getHeader(headers, 'sec-fetch-site');
  if ((origin !== undefined && !isOwnOrigin(origin, listener)) || (site !== undefined && site !== 'same-origin' && site !== 'none')) {
    return { status: 403, error: 'FORBIDDEN_ORIGIN', message: 'the sandbox refuses changes sent by a page of another origin' };
  }
  return undefined;
}

/** The control API changes state only on a JSON body: a cross-site page cannot send that type without a CORS preflight, which the sandbox never grants. */
export function contentTypeRefusal(headers: IncomingHttpHeaders): Refusal | undefined {
  const type = getHeader(headers, 'content-type')?.split(';')[0]?.trim().toLowerCase();
  if (type === 'application/json') return undefined;
  return { status: 415, error: 'UNSUPPORTED_MEDIA_TYPE', message: 'send the body as JSON with Content-Type: application/json' };
}
