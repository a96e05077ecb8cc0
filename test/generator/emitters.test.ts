import { transform } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { emitClient } from '../../generator/emit/client.ts';
import { emitResultCodes, tableNames } from '../../generator/emit/result-codes.ts';
import { literal } from '../../generator/emit/ts-project.ts';
import type { OperationInfo, ResultTable } from '../../generator/types.ts';

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

/** Runs emitted TypeScript as a module (types stripped by esbuild) and returns its exports. */
async function load(source: string): Promise<Record<string, unknown>> {
  const { code } = await transform(source, { loader: 'ts', format: 'esm' });
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`) as Promise<Record<string, unknown>>;
}

describe('literal', () => {
  it.each([
    { given: 'plain', want: "'plain'" },
    { given: "it's", want: "'it\\'s'" },
    { given: 'say "hi"', want: `'say "hi"'` },
    { given: 'back\\slash\nline', want: "'back\\\\slash\\nline'" },
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
    expect(text).toContain('export type MakeThingResultCode = keyof typeof makeThingResultCodes;');
    expect(text).toContain('} as const satisfies Record<string, ResultCodeRow>');
    expect(text).toContain(" * `OK`: It's made. *\u2215"); // a message cannot close the JSDoc block early
    const mod = await load(text);
    const names = tableNames('makeThing');
    const lookup = mod[names.lookup] as (code: string) => Record<string, unknown>;
    expect(lookup('MADE')).toEqual({ code: 'MADE', status: 'OK', message: "It's made. */", action: 'Use it.', known: true });
    expect(lookup('NEW_CODE')).toEqual({ code: 'NEW_CODE', status: 'NO', message: 'Unknown', action: 'Ask.', known: false });
    expect(lookup('toString').known).toBe(false);
    expect(Object.keys(mod.resultCodes as object)).toEqual(['MADE', 'BROKEN']);
  });

  it('emits no unprefixed aliases when several operations have tables', async () => {
    const text = await emitResultCodes([table, { ...table, operationId: 'other', pointer: '#/paths/~1o/post' }], spec);
    expect(text).toContain('export type ResultCode = MakeThingResultCode | OtherResultCode;');
    expect(text).not.toContain('export const resultCodes');
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
    hasRequiredParams: true,
    jsonMediaType: 'application/json',
  };

  it.each([
    { name: 'a body and required params', op: base, want: 'makeThing(body: MakeThingBody, options: MakeThingOptions): Promise<MakeThingResult>;' },
    { name: 'a body only', op: { ...base, hasRequiredParams: false }, want: 'makeThing(body: MakeThingBody, options?: MakeThingOptions): Promise<MakeThingResult>;' },
    { name: 'no body', op: { ...base, method: 'get', hasBody: false, hasRequiredParams: false }, want: 'makeThing(options?: MakeThingOptions): Promise<MakeThingResult>;' },
  ])('types an operation with $name', async ({ op, want }) => {
    const text = await emitClient([op], spec);
    expect(text).toContain(want);
    expect(text).toContain(`makeThing: { operationId: 'makeThing', method: '${op.method.toUpperCase()}', path: '/things/{id}', hasBody: ${op.hasBody} },`);
    expect(text).toContain(op.hasBody ? 'makeThing: (body, options) => send(operationRoutes.makeThing, body, options)' : 'makeThing: (options) => send(operationRoutes.makeThing, undefined, options)');
    expect(text).toContain("import type { paths } from './schema.ts';");
  });

  it('documents deprecation and keeps only the first paragraph of the description', async () => {
    const text = await emitClient([{ ...base, deprecated: true }], spec);
    expect(text).toContain('@deprecated');
    expect(text).toContain('First paragraph.');
    expect(text).not.toContain('Second paragraph.');
  });
});
