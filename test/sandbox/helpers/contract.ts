// Every answer and notification of the sandbox is checked against generated/openapi.json with ajv: the response
// schema of the operation (or the webhook's body schema), so the sandbox can never drift from the contract.
import { expect } from 'vitest';
import { spec, validatorFor } from '../../contract/helpers/spec.ts';

type Doc = {
  paths: Record<string, { post: { operationId: string; responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }> } }>;
  webhooks: Record<string, { post: { requestBody: { content: Record<string, { schema: { $ref?: string } }> } } }>;
};
const doc = spec as unknown as Doc;
const schemaName = (ref: string | undefined): string => (ref ?? '').split('/').pop() ?? '';

/** operationId → name of its 200 response schema, read from the spec. */
export const RESPONSE_SCHEMAS: ReadonlyMap<string, string> = new Map(
  Object.values(doc.paths).map(({ post }) => [post.operationId, schemaName(post.responses['200']?.content?.['application/json']?.schema?.$ref)]),
);
/** Webhook name (notifyPayment, ...) → name of its body schema. */
export const WEBHOOK_SCHEMAS: ReadonlyMap<string, string> = new Map(
  Object.entries(doc.webhooks).map(([name, { post }]) => [name, schemaName(post.requestBody.content['application/json']?.schema.$ref)]),
);

/** Counts of checked documents per schema, so a test can show that every kind was seen. */
export const checked = new Map<string, number>();

function check(schema: string | undefined, value: unknown, what: string): void {
  if (schema === undefined || schema === '') throw new Error(`the spec has no schema for ${what}`);
  const validate = validatorFor(schema);
  expect(validate(value), `${what} does not match ${schema}: ${JSON.stringify(validate.errors)}\n${JSON.stringify(value)}`).toBe(true);
  checked.set(schema, (checked.get(schema) ?? 0) + 1);
}

export function expectValidResponse(operationId: string, value: unknown): void {
  check(RESPONSE_SCHEMAS.get(operationId), value, `response of ${operationId}`);
}

export function expectValidNotification(kind: string, value: unknown): void {
  check(WEBHOOK_SCHEMAS.get(kind), value, `${kind} body`);
}
