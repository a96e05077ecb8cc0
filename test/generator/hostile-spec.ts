// A spec that puts code-shaped text in every position a spec allows, for test/generator/hostile-spec.test.ts.
// Each payload tries to leave a block comment (`*/`), a line comment (U+2028, U+2029, CR, LF), a string literal
// (both quotes, a backslash), a template literal (a backtick, `${`) and an HTML script (`</script>`); whatever
// escapes sets `globalThis.antomInjected`, which the test asserts is never set.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const RUN = (how: string) => `globalThis.antomInjected=${JSON.stringify(how)};`;

/** Tries every way out, tagged with `tag` so a failure says which position leaked. */
export function payload(tag: string): string {
  return [
    `${tag}*/${RUN(`${tag} block`)}/*`,
    `\u2028${RUN(`${tag} u2028`)}//`,
    `\u2029${RUN(`${tag} u2029`)}//`,
    `\n${RUN(`${tag} lf`)}//`,
    `\r${RUN(`${tag} cr`)}//`,
    `'${RUN(`${tag} single`)}'`,
    `"${RUN(`${tag} double`)}"`,
    `\`\${${RUN(`${tag} template`)}}\``,
    `</script><script>${RUN(`${tag} html`)}</script>`,
    '\\',
  ].join('');
}

/**
 * The same without backticks and tags: what the result-table lint accepts in an action (plain text, no markup).
 * Everything else of `payload` is kept.
 */
export function plainPayload(tag: string): string {
  return payload(tag).replace(/`/g, '').replace(/<\/?script>/g, '');
}

/** Values the test reads back from the generated modules. */
export const HOSTILE = {
  path: `/items/${payload('path')}`,
  mediaType: `application/x-hostile;q=${payload('media')}`,
  responseMediaType: `text/x-hostile;q=${payload('response-media')}`,
  status: payload('status'),
  message: payload('message'),
  action: plainPayload('action'),
  fallbackMessage: plainPayload('fallback-message'),
  fallbackAction: plainPayload('fallback-action'),
  commonMessage: payload('common-message'),
  commonAction: plainPayload('common-action'),
  propertyName: payload('property'),
  enumValue: payload('enum'),
  parameterName: payload('parameter'),
  headerName: payload('header'),
  schemaName: payload('schema-name'),
};

/** The hostile document: a JSON object (YAML is a superset), U+2028/9 written as escapes so the file is one text. */
export function hostileDocument(): Record<string, unknown> {
  const schema = {
    type: 'object',
    title: payload('schema-title'),
    description: payload('schema-description'),
    required: [HOSTILE.propertyName],
    properties: {
      [HOSTILE.propertyName]: {
        type: 'string',
        description: payload('property-description'),
        enum: [HOSTILE.enumValue, 'plain'],
        example: payload('example'),
        default: 'plain',
      },
      other: { type: 'string', const: payload('const'), examples: [payload('examples')], format: payload('format') },
    },
  };
  return {
    openapi: '3.1.0',
    info: { title: `Hostile ${payload('title')}`, version: `1.0.0${payload('version')}`, description: payload('info-description') },
    'x-common-result-codes': { codes: [{ code: 'COMMON_HOSTILE', status: 'F', message: HOSTILE.commonMessage, action: HOSTILE.commonAction }] },
    servers: [{ url: `http://127.0.0.1:9/${payload('server')}`, description: payload('server-description') }],
    paths: {
      [HOSTILE.path]: {
        summary: payload('path-summary'),
        description: payload('path-description'),
        post: {
          operationId: 'hostileCall',
          summary: payload('operation-summary'),
          description: payload('operation-description'),
          parameters: [
            { name: HOSTILE.parameterName, in: 'query', required: true, description: payload('parameter-description'), schema: { type: 'string', enum: [payload('parameter-enum')] } },
            { name: HOSTILE.headerName, in: 'header', required: false, example: payload('parameter-example'), schema: { type: 'string' } },
          ],
          requestBody: {
            required: true,
            description: payload('body-description'),
            content: { [HOSTILE.mediaType]: { schema: { $ref: `#/components/schemas/${HOSTILE.schemaName.replace(/~/g, '~0').replace(/\//g, '~1')}` }, example: { [HOSTILE.propertyName]: payload('media-example') } } },
          },
          responses: {
            '200': {
              description: payload('response-description'),
              headers: { [payload('response-header')]: { description: payload('response-header-description'), schema: { type: 'string' } } },
              content: { [HOSTILE.responseMediaType]: { schema: { type: 'string', description: payload('response-schema') } } },
            },
          },
          'x-result-codes': {
            statuses: [{ status: HOSTILE.status, title: plainPayload('status-title'), description: plainPayload('status-description') }],
            codes: [{ code: 'HOSTILE_CODE', status: HOSTILE.status, message: HOSTILE.message, action: HOSTILE.action }],
            fallback: { status: HOSTILE.status, message: HOSTILE.fallbackMessage, action: HOSTILE.fallbackAction },
          },
        },
      },
    },
    webhooks: {
      [payload('webhook')]: {
        post: {
          operationId: 'hostileHook',
          description: payload('webhook-description'),
          requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { [payload('webhook-property')]: { type: 'string' } } } } } },
          responses: { '200': { description: payload('webhook-response') } },
        },
      },
    },
    components: {
      schemas: { [HOSTILE.schemaName]: schema },
    },
  };
}

/** JSON text with U+2028 and U+2029 written as escapes, pretty-printed so that each key has its own line. */
export function yamlText(document: unknown): string {
  return `${JSON.stringify(document, null, 2).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')}\n`;
}

/** Writes the hostile spec to `dir/spec/openapi.yaml` (with a project package.json) and returns its path. */
export function writeHostileSpec(dir: string, document: unknown = hostileDocument()): string {
  mkdirSync(path.join(dir, 'spec'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
  const spec = path.join(dir, 'spec/openapi.yaml');
  writeFileSync(spec, yamlText(document));
  return spec;
}
