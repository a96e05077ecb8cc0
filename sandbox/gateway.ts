// One gateway request, start to finish except signing the answer: route → request signature → Prism (validates
// the request, and answers itself for `Prefer: example=<CODE>` or in stateless mode) → stateful handler.
import { readFileSync } from 'node:fs';
import type { AntomPublicKey } from '../src/keys.ts';
import type { IncomingHttpHeaders } from 'node:http';
import { getHeader } from '../src/header-lookup.ts';
import { echoRequestIds } from './echo-request-ids.ts';
import { forward } from './forward.ts';
import { badUrlField } from './merchant-urls.ts';
import { GATEWAY_PREFIXES } from './gateway-prefixes.ts';
import { jsonObject } from './http-util.ts';
import { OPERATION_HANDLERS } from './handlers/index.ts';
import { paramIllegalBody, prismFindings } from './param-illegal.ts';
import { SIGNATURE_PROBLEM_HEADER, checkRequestSignature, invalidSignatureBody } from './request-signature.ts';
import type { SandboxContext } from './state/context.ts';
import type { ResultTables } from './state/results.ts';

export interface Reply {
  status: number;
  body: Buffer;
  headers: Record<string, string>;
}

export interface GatewayRoute {
  /** Spec path, e.g. `/v1/payments/pay`. */
  operationPath: string;
  operationId: string;
}

export interface GatewayOptions {
  prismOrigin: string;
  routes: ReadonlyMap<string, GatewayRoute>;
  merchantPublicKey: AntomPublicKey | undefined;
  /** Present in stateful mode. */
  sandbox: SandboxContext | undefined;
  /** Result messages of the spec's tables (for PARAM_ILLEGAL and INVALID_SIGNATURE, in both modes). */
  results: ResultTables;
  /** Pass Prism's 422 problem through instead of answering PARAM_ILLEGAL. */
  prismErrors: boolean;
}

export interface GatewayRequest {
  method: string;
  /** Request target in origin-form, query included. */
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** Origin of the listener the request came in on. */
  origin: string;
}

/** Gateway path (`/ams/api/v1/payments/pay`, sandbox too) → operation, for every POST operation of the spec. */
export function gatewayRoutes(specPath: string): Map<string, GatewayRoute> {
  const doc = JSON.parse(readFileSync(specPath, 'utf8')) as { paths?: Record<string, Record<string, { operationId?: string }>> };
  const routes = new Map<string, GatewayRoute>();
  for (const [operationPath, item] of Object.entries(doc.paths ?? {})) {
    const operationId = item.post?.operationId ?? operationPath;
    for (const prefix of GATEWAY_PREFIXES) routes.set(`${prefix}${operationPath}`, { operationPath, operationId });
  }
  return routes;
}

export const json = (status: number, value: unknown): Reply => ({ status, body: Buffer.from(JSON.stringify(value)), headers: {} });

/** Prism's `sl-violations` header explains a 4xx/5xx; keep it. Everything else Prism sent is replaced. */
function keepPrismDiagnostics(headers: Headers): Record<string, string> {
  const violations = headers.get('sl-violations');
  return violations === null ? {} : { 'sl-violations': violations };
}

export async function handleGateway(options: GatewayOptions, request: GatewayRequest): Promise<Reply> {
  const { pathname, search } = new URL(request.path, 'http://sandbox.invalid');
  const route = options.routes.get(pathname);
  if (route === undefined) {
    return json(404, { error: 'NOT_FOUND', message: `No gateway route for ${request.method} ${pathname}`, routes: [...options.routes.keys()] });
  }
  const text = request.body.toString('utf8');
  if (options.merchantPublicKey) {
    const check = checkRequestSignature({ method: request.method, path: request.path, headers: request.headers, body: text }, options.merchantPublicKey);
    if (!check.ok) return { status: 200, body: Buffer.from(invalidSignatureBody(options.results, route.operationId)), headers: { [SIGNATURE_PROBLEM_HEADER]: check.reason } };
  }
  let answer;
  try {
    answer = await forward(options.prismOrigin, { method: request.method, path: `${route.operationPath}${search}`, headers: request.headers, body: request.body });
  } catch (error) {
    return json(502, { error: 'PRISM_UNREACHABLE', message: String(error) });
  }
  // Prism's canned examples carry fixed ids; Antom echoes the caller's, and the client binds answers to them.
  const prismReply: Reply = { status: answer.status, body: echoRequestIds(request.body, answer.body), headers: keepPrismDiagnostics(answer.headers) };
  if (answer.status >= 400 && answer.status < 500 && !options.prismErrors) {
    const findings = prismFindings(answer.body);
    if (findings !== undefined) return { status: 200, body: Buffer.from(paramIllegalBody(findings, options.results, route.operationId)), headers: prismReply.headers };
  }
  // A body Prism accepted may still carry a URL no page may link to (`javascript:`) or that `new URL` cannot read.
  const body = answer.status === 200 ? jsonObject(request.body) : undefined;
  const badUrl = body === undefined ? undefined : badUrlField(body);
  if (badUrl !== undefined) return { status: 200, body: Buffer.from(paramIllegalBody([badUrl], options.results, route.operationId)), headers: {} };
  const sandbox = options.sandbox;
  if (sandbox === undefined) return prismReply;
  const handler = OPERATION_HANDLERS.get(route.operationPath);
  const preferred = /\bexample=/.test(getHeader(request.headers, 'prefer') ?? '');
  if (body === undefined || preferred || handler === undefined) return prismReply;
  const call = { clientId: getHeader(request.headers, 'client-id') ?? '', body, origin: request.origin };
  return { status: 200, body: Buffer.from(handler(sandbox, call)), headers: {} };
}
