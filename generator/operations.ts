import type { OpenApiDocument, OperationInfo } from './types.ts';
import { identifier } from './emit/code-text.ts';
import { GeneratorError } from './types.ts';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Follows a local `#/...` reference inside the bundled document. */
export function deref(doc: OpenApiDocument, value: unknown): unknown {
  let current = value;
  for (let hops = 0; isObject(current) && typeof current.$ref === 'string'; hops += 1) {
    if (hops > 32) throw new GeneratorError(`reference cycle at ${String(current.$ref)}`);
    const ref = current.$ref;
    if (!ref.startsWith('#/')) throw new GeneratorError(`unbundled reference ${ref}`, { rule: 'no-unresolved-refs' });
    current = ref
      .slice(2)
      .split('/')
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), doc);
    if (current === undefined) throw new GeneratorError(`unresolved reference ${ref}`, { rule: 'no-unresolved-refs' });
  }
  return current;
}

export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export interface OperationEntry {
  readonly kind: 'path' | 'webhook';
  readonly key: string;
  readonly method: string;
  readonly pointer: string;
  readonly operation: Json;
  readonly pathItem: Json;
}

/** Every operation of `paths` and `webhooks`, in document order. */
export function listOperations(doc: OpenApiDocument): OperationEntry[] {
  const entries: OperationEntry[] = [];
  for (const kind of ['path', 'webhook'] as const) {
    const container = kind === 'path' ? doc.paths : doc.webhooks;
    if (!isObject(container)) continue;
    for (const [key, rawItem] of Object.entries(container)) {
      const pathItem = deref(doc, rawItem);
      if (!isObject(pathItem)) continue;
      for (const method of HTTP_METHODS) {
        const operation = deref(doc, pathItem[method]);
        if (!isObject(operation)) continue;
        const root = kind === 'path' ? 'paths' : 'webhooks';
        entries.push({ kind, key, method, pointer: `#/${root}/${escapePointer(key)}/${method}`, operation, pathItem });
      }
    }
  }
  return entries;
}

/** The JSON media type of a content map: `application/json` first, then any `…/json` or `…+json`. */
export function pickJsonMediaType(content: unknown): string | undefined {
  if (!isObject(content)) return undefined;
  const types = Object.keys(content);
  return types.find((t) => t === 'application/json') ?? types.find((t) => /[/+]json\b/.test(t));
}

/** The media type a client uses from a content map: JSON when offered, otherwise the first listed. */
export function pickMediaType(content: unknown): string | undefined {
  if (!isObject(content)) return undefined;
  return pickJsonMediaType(content) ?? Object.keys(content)[0];
}

/** The first 2xx response (in status order) that has a body: its status key and content map. */
function successContent(doc: OpenApiDocument, operation: Json): { status: string; content: Json } | undefined {
  const responses = deref(doc, operation.responses);
  if (!isObject(responses)) return undefined;
  for (const status of Object.keys(responses).filter((code) => /^2(\d\d|XX)$/i.test(code)).sort()) {
    const response = deref(doc, responses[status]);
    if (isObject(response) && isObject(response.content)) return { status, content: response.content };
  }
  return undefined;
}

/** Callable operations (those under `paths`) with what an emitter needs to write a typed function. */
export function describeOperations(doc: OpenApiDocument): OperationInfo[] {
  const seen = new Map<string, string>();
  const result: OperationInfo[] = [];
  for (const entry of listOperations(doc)) {
    if (entry.kind !== 'path') continue;
    const { operation, pathItem } = entry;
    // The client names a method and types after it: refused (at its file:line), never mangled, unless an identifier.
    const operationId = identifier(operation.operationId, `the operationId of ${entry.method.toUpperCase()} ${JSON.stringify(entry.key)}`, `${entry.pointer}/operationId`);
    const previous = seen.get(operationId);
    if (previous) {
      throw new GeneratorError(`operationId "${operationId}" is used twice (${previous} and ${entry.pointer})`, {
        location: entry.pointer,
        rule: 'operation-operationId-unique',
      });
    }
    seen.set(operationId, entry.pointer);
    const params = [
      ...(Array.isArray(pathItem.parameters) ? pathItem.parameters : []),
      ...(Array.isArray(operation.parameters) ? operation.parameters : []),
    ].map((p) => deref(doc, p));
    const body = deref(doc, operation.requestBody);
    // fetch cannot send a body with GET or HEAD, so a body described there (as some specs do) is left out.
    const requestMediaType = isObject(body) && entry.method !== 'get' && entry.method !== 'head' ? pickMediaType(body.content) : undefined;
    const hasBody = requestMediaType !== undefined;
    const success = successContent(doc, operation);
    result.push({
      operationId,
      method: entry.method,
      path: entry.key,
      summary: typeof operation.summary === 'string' ? operation.summary : undefined,
      description: typeof operation.description === 'string' ? operation.description : undefined,
      deprecated: operation.deprecated === true,
      hasBody,
      bodyRequired: hasBody && isObject(body) && body.required === true,
      hasRequiredParams: params.some((p) => isObject(p) && p.required === true),
      requestMediaType,
      responseStatus: success?.status,
      responseMediaType: pickMediaType(success?.content),
    });
  }
  return result;
}

export { isObject };
