import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { transform } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { emitClient } from '../../generator/emit/client.ts';
import { emitResultCodes, tableNames } from '../../generator/emit/result-codes.ts';
import { stringLiteral as literal } from '../../generator/emit/code-text.ts';
import type { CommonResultTable, OperationInfo, ResultTable } from '../../generator/types.ts';
import { tempDir, typecheckFolder } from './helpers.ts';

const spec = { source: 'spec/x.yaml', title: 'X API', version: '9.9.9' };

const table: ResultTable = {
  operationId: 'makeThing',
  method: 'post',
  path: '/things',
  pointer: '#/paths/~1things/post',
  statuses: [{ status: 'OK', title: 'Fine', description: 'All good.' }],
  codes: [
    { code: 'MADE', status: 'OK', message: "It's made. */", action: 'Use it.' },
    { code: 'BROKEN', status: 'NO', message: 'Broken.', action: 'Fix it.' },
  ],
  fallback: { status: 'NO', message: 'Unknown', action: 'Ask.' },
  logic: undefined,
  examples: undefined,
};

/** Gateway-wide codes: BROKEN is overridden by makeThing's own row; SIGNED_WRONG is only here (and inferred). */
const common: CommonResultTable = {
  pointer: '#/x-common-result-codes',
  statuses: [],
  codes: [
    { code: 'SIGNED_WRONG', status: 'NO', message: 'Bad signature.', action: 'Check the key pair.', inferred: true },
    { code: 'BROKEN', status: 'NO', message: 'Broken everywhere.', action: 'Gateway-wide advice.' },
  ],
};

/** Runs emitted TypeScript as a module (types stripped by esbuild) and returns its exports. */
async function load(source: string): Promise<Record<string, unknown>> {
  const { code: compiled } = await transform(source, { loader: 'ts', format: 'esm' });
  // A data: module cannot resolve bare specifiers: point the client's one import at the installed package.
  const code = compiled.replace('from "openapi-fetch"', `from ${JSON.stringify(import.meta.resolve('openapi-fetch'))}`);
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`) as Promise<Record<string, unknown>>;
}

describe('literal', () => {
  it.each([
    { given: 'plain', want: "'plain'" },
    { given: "it's", want: "'it\\'s'" },
    { given: 'say "hi"', want: `'say "hi"'` },
    { given: 'back\\slash\nline', want: "'back\\x5Cslash\\nline'" },
    { given: 'a\\', want: "'a\\x5C'" },
    { given: "\u2028\u2029</script><!--", want: "'\\u2028\\u2029\\x3C/script>\\x3C!--'" },
  ])('$given → $want', ({ given, want }) => {
    expect(literal(given)).toBe(want);
  });
});

describe('emitResultCodes', () => {
  it('emits an erasable const table, unions and a never-throwing lookup', async () => {
    const text = await emitResultCodes([table], spec);
    expect(text.startsWith('// Generated from spec/x.yaml (X API 9.9.9) by generator/. Do not edit.\n')).toBe(true);
    expect(text).not.toMatch(/\benum\b|\bnamespace\b/);
    expect(text).toContain("export type ResultStatus = 'OK' | 'NO';");
    expect(text).toContain('export type MakeThingResultCode = keyof typeof makeThingResultCodes | CommonResultCode;');
    expect(text).toContain('} as const satisfies Record<string, ResultCodeRow>');
    expect(text).toContain('export const commonResultCodes = {} as const satisfies Record<string, ResultCodeRow>;');
    expect(text).toContain(" * `OK`: It's made. *\u2215"); // a message cannot close the JSDoc block early
    const mod = await load(text);
    const names = tableNames('makeThing');
    const lookup = mod[names.lookup] as (code: string) => Record<string, unknown>;
    expect(lookup('MADE')).toEqual({ code: 'MADE', status: 'OK', message: "It's made. */", action: 'Use it.', known: true });
    expect(lookup('NEW_CODE')).toEqual({ code: 'NEW_CODE', status: 'NO', message: 'Unknown', action: 'Ask.', known: false });
    expect(lookup('toString').known).toBe(false);
    expect(mod.resultCodeTables).toEqual({ makeThing: mod.makeThingResultCodes });
    const generic = mod.lookupResultCode as (operationId: string, code: string) => Record<string, unknown>;
    expect(generic('makeThing', 'MADE')).toEqual(lookup('MADE'));
    expect(generic('makeThing', 'hasOwnProperty')).toMatchObject({ known: false, status: 'NO' });
    expect(mod.commonResultCodes).toEqual({});
    expect((mod.lookupCommonResultCode as (code: string) => unknown)('MADE')).toBeUndefined();
  });

  it("reads the operation's own row first, then the gateway-wide row, then the fallback", async () => {
    const text = await emitResultCodes([table], spec, common);
    const mod = await load(text);
    const lookup = mod.lookupMakeThingResultCode as (code: string) => Record<string, unknown>;
    const generic = mod.lookupResultCode as (operationId: string, code: string) => Record<string, unknown>;
    const guard = mod.isMakeThingResultCode as (code: string) => boolean;
    // Own row wins over the gateway-wide row of the same code.
    expect(lookup('BROKEN')).toEqual({ code: 'BROKEN', status: 'NO', message: 'Broken.', action: 'Fix it.', known: true });
    // A code only the gateway-wide table lists is known, with its row (and its inferred flag).
    expect(lookup('SIGNED_WRONG')).toEqual({ code: 'SIGNED_WRONG', status: 'NO', message: 'Bad signature.', action: 'Check the key pair.', inferred: true, known: true });
    expect(generic('makeThing', 'SIGNED_WRONG')).toEqual(lookup('SIGNED_WRONG'));
    expect(generic('makeThing', 'BROKEN')).toEqual(lookup('BROKEN'));
    expect(guard('SIGNED_WRONG')).toBe(true);
    expect((mod.isResultCode as (op: string, code: string) => boolean)('makeThing', 'SIGNED_WRONG')).toBe(true);
    // Neither table: the operation's fallback.
    expect(lookup('NEW_CODE')).toEqual({ code: 'NEW_CODE', status: 'NO', message: 'Unknown', action: 'Ask.', known: false });
    expect(lookup('constructor').known).toBe(false);
    expect(guard('toString')).toBe(false);
    // The gateway-wide table itself.
    expect(Object.keys(mod.commonResultCodes as object)).toEqual(['SIGNED_WRONG', 'BROKEN']);
    const lookupCommon = mod.lookupCommonResultCode as (code: string) => Record<string, unknown> | undefined;
    expect(lookupCommon('BROKEN')).toEqual({ code: 'BROKEN', status: 'NO', message: 'Broken everywhere.', action: 'Gateway-wide advice.', known: true });
    expect(lookupCommon('MADE')).toBeUndefined();
    expect((mod.isCommonResultCode as (code: string) => boolean)('SIGNED_WRONG')).toBe(true);
    // Types: the operation's codes include the gateway-wide ones; inferred is a row field, only on inferred rows.
    expect(text).toContain('export type MakeThingResultCode = keyof typeof makeThingResultCodes | CommonResultCode;');
    expect(text).toContain("SIGNED_WRONG: { status: 'NO', message: 'Bad signature.', action: 'Check the key pair.', inferred: true },");
    expect(text).toContain("BROKEN: { status: 'NO', message: 'Broken everywhere.', action: 'Gateway-wide advice.' },");
    expect(text).toContain('readonly inferred?: true;');
  });

  // One public shape whatever the number of tables: a consumer's imports do not change when a table is added.
  it.each([
    { count: 0, withCommon: false },
    { count: 1, withCommon: false },
    { count: 2, withCommon: false },
    { count: 0, withCommon: true },
    { count: 2, withCommon: true },
  ])('exports the same names with $count table(s) (gateway-wide table: $withCommon), and no single-table aliases', async ({ count, withCommon }) => {
    const tables = [table, { ...table, operationId: 'other', pointer: '#/paths/~1o/post', codes: [table.codes[1]!] }].slice(0, count);
    const mod = await load(await emitResultCodes(tables, spec, withCommon ? common : undefined));
    const shared = ['isResultCode', 'lookupResultCode', 'resultCodeTables', 'unknownResultCodes', 'commonResultCodes', 'isCommonResultCode', 'lookupCommonResultCode'];
    const perTable = tables.flatMap((t) => {
      const { code: _type, ...values } = tableNames(t.operationId);
      return Object.values(values);
    });
    expect(Object.keys(mod).sort()).toEqual([...shared, ...perTable].sort());
    expect(Object.keys(mod.resultCodeTables as object)).toEqual(tables.map((t) => t.operationId));
    expect(mod).not.toHaveProperty('resultCodes');
    const isResultCode = mod.isResultCode as (operationId: string, code: string) => boolean;
    for (const t of tables) expect(isResultCode(t.operationId, 'BROKEN')).toBe(true);
    if (count === 2) expect(isResultCode('other', 'MADE')).toBe(false);
  });

  it('type-checks under strict TypeScript with no table at all, and with tables and a gateway-wide table', async () => {
    const dir = tempDir('result-codes');
    writeFileSync(path.join(dir, 'none.ts'), await emitResultCodes([], spec));
    writeFileSync(path.join(dir, 'both.ts'), await emitResultCodes([table, { ...table, operationId: 'other', pointer: '#/paths/~1o/post' }], spec, common));
    writeFileSync(
      path.join(dir, 'consumer.ts'),
      [
        "import { lookupResultCode, lookupMakeThingResultCode, type MakeThingResultCode, type ResultCodeRowOf, type CommonResultCode } from './both.ts';",
        "import { lookupCommonResultCode as none, type ResultCode as NoCode } from './none.ts';",
        "export const own: MakeThingResultCode = 'MADE';",
        "export const shared: MakeThingResultCode = 'SIGNED_WRONG';",
        "export const gateway: CommonResultCode = 'BROKEN';",
        "// @ts-expect-error MADE is not a gateway-wide code",
        "export const notGateway: CommonResultCode = 'MADE';",
        "export const inferred: true = ({} as ResultCodeRowOf<'makeThing', 'SIGNED_WRONG'>).inferred;",
        "export const ownWins: 'Fix it.' = ({} as ResultCodeRowOf<'makeThing', 'BROKEN'>).action;",
        "export const entry = lookupResultCode('other', 'SIGNED_WRONG').inferred;",
        "export const single = lookupMakeThingResultCode('X').known;",
        'export const nothing: undefined | { known: boolean } = none(\'X\');',
        "export const noCode: NoCode[] = [];",
        '',
      ].join('\n'),
    );
    expect(typecheckFolder(dir)).toBe('');
  }, 120_000);

  it('types the union of every code and the codes of one operation', async () => {
    const text = await emitResultCodes([table, { ...table, operationId: 'other', pointer: '#/paths/~1o/post' }], spec);
    expect(text).toContain('export type ResultCode = ResultCodeOf<ResultCodeOperationId> | CommonResultCode;');
    expect(text).toContain('  makeThing: makeThingResultCodes,\n  other: otherResultCodes,\n} as const;');
  });
});

describe('emitClient', () => {
  const base: OperationInfo = {
    operationId: 'makeThing',
    method: 'post',
    path: '/things/{id}',
    summary: 'Make a thing',
    description: 'First paragraph.\n\nSecond paragraph.',
    deprecated: false,
    hasBody: true,
    bodyRequired: true,
    hasRequiredParams: true,
    requestMediaType: 'application/json',
    responseStatus: '200',
    responseMediaType: 'application/json',
  };

  it.each([
    { name: 'a body and required params', op: base, want: "makeThing(body: MakeThingBody, options: MakeThingOptions): Promise<Results['makeThing']>;" },
    { name: 'a body only', op: { ...base, hasRequiredParams: false }, want: "makeThing(body: MakeThingBody, options?: MakeThingOptions): Promise<Results['makeThing']>;" },
    { name: 'an optional body', op: { ...base, bodyRequired: false, hasRequiredParams: false }, want: "makeThing(body?: MakeThingBody, options?: MakeThingOptions): Promise<Results['makeThing']>;" },
    { name: 'an optional body before required params', op: { ...base, bodyRequired: false }, want: "makeThing(body: MakeThingBody | undefined, options: MakeThingOptions): Promise<Results['makeThing']>;" },
    { name: 'no body', op: { ...base, method: 'get', hasBody: false, bodyRequired: false, hasRequiredParams: false, requestMediaType: undefined }, want: "makeThing(options?: MakeThingOptions): Promise<Results['makeThing']>;" },
  ])('types an operation with $name', async ({ op, want }) => {
    const text = await emitClient([op], spec);
    expect(text).toContain(want);
    const media = op.requestMediaType === undefined ? '' : `, requestMediaType: '${op.requestMediaType}'`;
    expect(text).toContain(`makeThing: { operationId: 'makeThing', method: '${op.method.toUpperCase()}', path: '/things/{id}', hasBody: ${op.hasBody}${media}, responseMediaType: 'application/json' },`);
    expect(text).toContain(op.hasBody ? 'makeThing: (body, options) => send(operationRoutes.makeThing, body, options)' : 'makeThing: (options) => send(operationRoutes.makeThing, undefined, options)');
    // A JSON success body is read from the 2xx response as the schema writes it, not through openapi-fetch's Readable.
    expect(text).toContain("export type MakeThingDataResult = DataResult<MakeThingOperation['responses']['200']['content']['application/json']>;");
    expect(text).toContain("export type MakeThingResult = WithSuccessBody<FetchResponse<MakeThingOperation, MakeThingOptions, 'application/json'>, MakeThingOperation['responses']['200']['content']['application/json']>;");
    expect(text).toContain("import type { paths } from './schema.ts';");
  });

  it('documents deprecation and keeps only the first paragraph of the description', async () => {
    const text = await emitClient([{ ...base, deprecated: true }], spec);
    expect(text).toContain('@deprecated');
    expect(text).toContain('First paragraph.');
    expect(text).not.toContain('Second paragraph.');
  });

  it.each([
    { media: 'application/x-www-form-urlencoded', response: 'text/plain', parseAs: " & { parseAs: 'text' }" },
    { media: 'application/octet-stream', response: 'application/pdf', parseAs: " & { parseAs: 'blob' }" },
    { media: 'application/merge-patch+json', response: 'application/problem+json', parseAs: '' },
  ])('types a $media body and reads a $response answer accordingly', async ({ media, response, parseAs }) => {
    const text = await emitClient([{ ...base, requestMediaType: media, responseMediaType: response }], spec);
    expect(text).toContain(`['content']['${media}'];`);
    expect(text).toContain(`requestMediaType: '${media}', responseMediaType: '${response}' }`);
    expect(text).toContain(`FetchResponse<MakeThingOperation, MakeThingOptions${parseAs}, '${response}'>`);
    // Only a JSON answer is read as the schema writes it; text and binary keep openapi-fetch's parseAs reading.
    const data = parseAs === '' ? `MakeThingOperation['responses']['200']['content']['${response}']` : "Extract<MakeThingResult, { data: unknown }>['data']";
    expect(text).toContain(`export type MakeThingDataResult = DataResult<${data}>;`);
  });

  it('encodes each media type as it is sent', async () => {
    const mod = await load(await emitClient([base], spec));
    const encode = mod.encodeBody as (media: string, body: unknown) => unknown;
    const body = { amount: 5, metadata: { order: 'A&B' }, expand: ['x', 'y'], skip: undefined };
    expect(encode('application/json; charset=utf-8', body)).toBe(JSON.stringify(body));
    expect(encode('application/x-www-form-urlencoded', body)).toBe('amount=5&metadata%5Border%5D=A%26B&expand%5B0%5D=x&expand%5B1%5D=y');
    const form = encode('multipart/form-data', { file: new Blob(['hi']), purpose: 'dispute_evidence' }) as FormData;
    expect(form).toBeInstanceOf(FormData);
    expect(form.get('purpose')).toBe('dispute_evidence');
    expect(await (form.get('file') as Blob).text()).toBe('hi');
    expect(encode('text/plain', 42)).toBe('42');
    const bytes = new Uint8Array([1, 2]);
    expect(encode('application/octet-stream', bytes)).toBe(bytes);
  });
});
