// The spec's examples as the bundle holds them (the same bodies the mock serves): an operation's response examples
// by name (one per result code it can answer, plus the named ones), and a webhook's request examples.
import bundle from '../../../generated/openapi.json' with { type: 'json' };

type Example = { value?: unknown; $ref?: string };
type Media = { content: { 'application/json': { examples: Record<string, Example> } } };
const shared = (bundle.components as unknown as { examples: Record<string, { value: unknown }> }).examples;

/** An example's value; a shared one (`$ref` to components/examples) is read where it points. */
const valueOf = (example: Example): unknown => (example.$ref ? shared[example.$ref.split('/').pop()!]!.value : example.value);

function byName(examples: Record<string, Example>): Record<string, { value: unknown }> {
  return Object.fromEntries(Object.entries(examples).map(([name, example]) => [name, { value: valueOf(example) }]));
}

/** The response examples of POST `path`, by name. */
export function examplesOf(path: string): Record<string, { value: unknown }> {
  const paths = bundle.paths as unknown as Record<string, { post: { responses: { '200': Media } } }>;
  return byName(paths[path]!.post.responses['200'].content['application/json'].examples);
}

/** The request examples of a webhook, by name. */
export function webhookExamplesOf(webhook: string): Record<string, { value: unknown }> {
  const webhooks = bundle.webhooks as unknown as Record<string, { post: { requestBody: Media } }>;
  return byName(webhooks[webhook]!.post.requestBody.content['application/json'].examples);
}

/** The known values of an open list (`anyOf: [{ enum }, { type: string }]`) of a component schema's property. */
export function knownValuesOf(schema: string, property: string): string[] {
  const schemas = (bundle.components as unknown as { schemas: Record<string, { properties: Record<string, { enum?: string[]; anyOf?: Array<{ enum?: string[] }> }> }> }).schemas;
  const field = schemas[schema]!.properties[property]!;
  const values = field.enum ?? field.anyOf?.find((member) => member.enum !== undefined)?.enum;
  if (values === undefined) throw new Error(`${schema}.${property} has no enum`);
  return values;
}
