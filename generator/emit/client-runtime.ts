import type { StatementStructures } from 'ts-morph';
import { loadTsMorph } from './ts-project.ts';

/**
 * The spec-independent part of `client.ts`: how a body is encoded for its media type and how openapi-fetch is
 * driven. The same statements for every spec, so a consumer meets the same helpers whatever the spec describes;
 * a bundler drops the ones a program does not use.
 */
export async function clientRuntimeStatements(): Promise<StatementStructures[]> {
  const { StructureKind } = await loadTsMorph();
  return [
    {
      kind: StructureKind.Function,
      name: 'appendPairs',
      parameters: [
        { name: 'append', type: '(name: string, value: string | Blob) => void' },
        { name: 'name', type: 'string' },
        { name: 'value', type: 'unknown' },
      ],
      returnType: 'void',
      docs: ['Flattens one value into name/value pairs: objects as `name[key]`, arrays as `name[index]`, dates as ISO text.'],
      statements: [
        'if (value === undefined || value === null) return;',
        "if (typeof Blob !== 'undefined' && value instanceof Blob) append(name, value);",
        'else if (value instanceof Date) append(name, value.toISOString());',
        'else if (Array.isArray(value)) value.forEach((item, index) => appendPairs(append, `${name}[${index}]`, item));',
        "else if (typeof value === 'object') for (const [key, item] of Object.entries(value)) appendPairs(append, `${name}[${key}]`, item);",
        'else append(name, String(value));',
      ],
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: 'formUrlEncoded',
      parameters: [{ name: 'body', type: 'unknown' }],
      returnType: 'string',
      docs: [
        '`application/x-www-form-urlencoded` text of a body: top-level properties as fields, nested objects and arrays in bracket notation (`a[b]=1`, `a[0]=x`), as form-encoding APIs read them.',
      ],
      statements: [
        'const pairs = new URLSearchParams();',
        "for (const [name, value] of Object.entries(body ?? {})) appendPairs((key, item) => pairs.append(key, typeof item === 'string' ? item : ''), name, value);",
        'return pairs.toString();',
      ],
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: 'multipartFormData',
      parameters: [{ name: 'body', type: 'unknown' }],
      returnType: 'FormData',
      docs: ['`multipart/form-data` of a body: a part per top-level property (a Blob as a file), nested values in bracket notation.'],
      statements: [
        'const form = new FormData();',
        'for (const [name, value] of Object.entries(body ?? {})) appendPairs((key, item) => form.append(key, item), name, value);',
        'return form;',
      ],
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: 'isJsonMediaType',
      parameters: [{ name: 'mediaType', type: 'string' }],
      returnType: 'boolean',
      docs: ['True for `application/json` and the `…/…+json` family.'],
      statements: ["const essence = mediaType.split(';')[0]?.trim().toLowerCase() ?? '';", "return essence === 'application/json' || essence.endsWith('+json') || essence.endsWith('/json');"],
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: 'encodeBody',
      parameters: [
        { name: 'mediaType', type: 'string' },
        { name: 'body', type: 'unknown' },
      ],
      // unknown rather than BodyInit, a DOM-only name: the file also compiles for Node-only consumers.
      returnType: 'unknown',
      docs: [
        'The body as sent for its media type: JSON text, form fields, multipart parts, text, or binary (a Blob, ArrayBuffer, typed array or stream) as given.',
      ],
      statements: [
        'if (isJsonMediaType(mediaType)) return JSON.stringify(body);',
        "const essence = mediaType.split(';')[0]?.trim().toLowerCase() ?? '';",
        "if (essence === 'application/x-www-form-urlencoded') return formUrlEncoded(body);",
        "if (essence === 'multipart/form-data') return multipartFormData(body);",
        "if (essence.startsWith('text/')) return String(body);",
        'return body;',
      ],
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: 'openapiFetchSender',
      parameters: [{ name: 'client', type: 'Client<paths>' }],
      returnType: 'OperationSender',
      docs: [
        "A sender that makes each call through an openapi-fetch client: its base URL, fetch and middleware apply. The body is encoded for the route's media type (multipart lets fetch write its boundary) and the success body read as JSON, text or a Blob according to the route's response media type.",
      ],
      statements: [
        'return (route, body, options) => {',
        '  const { headers, ...rest } = (options ?? {}) as CallOptions & Record<string, unknown>;',
        '  const media = route.requestMediaType;',
        "  const contentType = media === undefined || media.toLowerCase().startsWith('multipart/form-data') ? {} : { 'Content-Type': media };",
        '  const response = route.responseMediaType;',
        "  const parseAs = response === undefined || isJsonMediaType(response) ? 'json' : response.toLowerCase().startsWith('text/') ? 'text' : 'blob';",
        '  return client.request(route.method as never, route.path as never, {',
        '    ...rest,',
        '    body,',
        '    headers: { ...contentType, ...headers },',
        '    parseAs,',
        '    bodySerializer: (value: unknown) => encodeBody(media ?? \'application/json\', value),',
        '  } as never);',
        '};',
      ],
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: 'createOperations',
      parameters: [{ name: 'options', type: 'ClientOptions', hasQuestionToken: true }],
      returnType: 'Operations & { readonly raw: Client<paths> }',
      docs: [
        "Creates an openapi-fetch client for the spec and binds every operation to it. The runtime (base URL, fetch, middleware) is the caller's; results are openapi-fetch's `{ data, error, response }`.",
      ],
      statements: ['const raw = createClient<paths>(options);', 'return { ...bindOperations(openapiFetchSender(raw)), raw };'],
    },
  ];
}
