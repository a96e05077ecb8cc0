// What the docs must show, read from the spec sources rather than repeated in the test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from './build-site.ts';

interface ResultCodesFile {
  readonly codes: readonly { readonly code: string }[];
  readonly logic: unknown;
}

function readResultCodesFile(): ResultCodesFile {
  return parse(readFileSync(join(REPO_ROOT, 'spec', 'result-codes', 'pay.yaml'), 'utf8')) as ResultCodesFile;
}

/** Every result code of spec/result-codes/pay.yaml, in table order. */
export function resultCodes(): string[] {
  return readResultCodesFile().codes.map((entry) => entry.code);
}

function findAction(node: unknown, outcome: string): string | undefined {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findAction(item, outcome);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (typeof node !== 'object' || node === null) return undefined;
  const record = node as Record<string, unknown>;
  if (record['outcome'] === outcome && typeof record['action'] === 'string') return record['action'];
  for (const value of Object.values(record)) {
    const found = findAction(value, outcome);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The decision guide's action for `U` + PAYMENT_IN_PROCESS with a cashier URL. */
export function transactionCreatedAction(): string {
  const action = findAction(readResultCodesFile().logic, 'transaction_created');
  if (action === undefined) throw new Error('spec/result-codes/pay.yaml has no logic rule with outcome transaction_created');
  return action;
}

/** Labels of the pay operation's x-codeSamples, as bundled into generated/openapi.json. */
export function payCodeSampleLabels(): { readonly typescript: string; readonly curl: string } {
  const bundle = JSON.parse(readFileSync(join(REPO_ROOT, 'generated', 'openapi.json'), 'utf8')) as {
    paths: Record<string, Record<string, { 'x-codeSamples'?: { lang: string; label?: string }[] }>>;
  };
  const samples = bundle.paths['/v1/payments/pay']?.['post']?.['x-codeSamples'] ?? [];
  const label = (lang: string): string => {
    const sample = samples.find((item) => item.lang.toLowerCase() === lang);
    if (sample === undefined) throw new Error(`the pay operation has no ${lang} x-codeSample`);
    return sample.label ?? sample.lang;
  };
  return { typescript: label('typescript'), curl: label('curl') };
}

interface BundledOperation {
  operationId?: string;
  tags?: string[];
  summary?: string;
  'x-result-codes'?: { codes: { code: string; inferred?: boolean }[]; logic?: unknown };
}
interface Bundle {
  'x-common-result-codes'?: { codes: { code: string; inferred?: boolean }[] };
  tags?: { name: string; description?: string }[];
  'x-tagGroups'?: { name: string; tags: string[] }[];
  paths: Record<string, Record<string, BundledOperation>>;
  webhooks?: Record<string, Record<string, BundledOperation>>;
}

function readBundle(): Bundle {
  return JSON.parse(readFileSync(join(REPO_ROOT, 'generated', 'openapi.json'), 'utf8')) as Bundle;
}

export interface OperationWithTable {
  operationId: string;
  /** Every tag it is filed under: the site shows it under each. */
  tags: string[];
  summary: string;
  /** The operation's own codes, in table order. */
  codes: string[];
  /** The gateway-wide codes it does not list itself, in the gateway-wide table's order. */
  gatewayCodes: string[];
  /** Codes of either list whose row is inferred. */
  inferred: string[];
  hasLogic: boolean;
}

/** Every operation of the bundled spec that has a result table, with what its page must show. */
export function operationsWithTables(): OperationWithTable[] {
  const bundle = readBundle();
  const common = bundle['x-common-result-codes']?.codes ?? [];
  return Object.values(bundle.paths)
    .flatMap((item) => Object.values(item))
    .filter((op) => op['x-result-codes'] !== undefined)
    .map((op) => {
      const own = op['x-result-codes']!.codes;
      const gateway = common.filter((row) => !own.some((r) => r.code === row.code));
      return {
        operationId: op.operationId ?? '',
        tags: op.tags ?? [],
        summary: op.summary ?? '',
        codes: own.map((row) => row.code),
        gatewayCodes: gateway.map((row) => row.code),
        inferred: [...own, ...gateway].filter((row) => row.inferred === true).map((row) => row.code),
        hasLogic: op['x-result-codes']!.logic !== undefined,
      };
    });
}

/** Every webhook of the bundled spec: its name, tags, summary and the required fields of its body. */
export function webhookSummaries(): { name: string; tags: string[]; summary: string; required: string[] }[] {
  const bundle = readBundle() as Bundle & { components?: { schemas?: Record<string, { required?: string[] }> } };
  type Body = { requestBody?: { content?: Record<string, { schema?: { $ref?: string; required?: string[] } }> } };
  const requiredOf = (op: BundledOperation & Body): string[] => {
    const schema = op.requestBody?.content?.['application/json']?.schema;
    const name = schema?.$ref?.split('/').pop();
    return (name === undefined ? schema?.required : bundle.components?.schemas?.[name]?.required) ?? [];
  };
  return Object.entries(bundle.webhooks ?? {}).flatMap(([name, item]) =>
    Object.values(item).map((op) => ({ name, tags: op.tags ?? [], summary: op.summary ?? '', required: requiredOf(op as BundledOperation & Body) })),
  );
}

export interface Integration {
  /** The sidebar group it is in. */
  group: string;
  tag: string;
  /** docs/recipes/integrations/<name>.ts, as its section names it. */
  sampleFile: string;
}

/** The integrations in sidebar order (x-tagGroups), each with the sample file its section shows. */
export function integrations(): Integration[] {
  const bundle = readBundle();
  return (bundle['x-tagGroups'] ?? []).flatMap((group) =>
    group.tags.map((tag) => {
      const description = bundle.tags?.find((item) => item.name === tag)?.description ?? '';
      const sampleFile = /`(docs\/recipes\/integrations\/[a-z-]+\.ts)`/.exec(description)?.[1];
      if (sampleFile === undefined) throw new Error(`the section of ${tag} names no docs/recipes/integrations/ sample`);
      return { group: group.name, tag, sampleFile };
    }),
  );
}
