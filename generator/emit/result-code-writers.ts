// Writers shared by the statements of result-codes.ts: the rows of a table as an object literal, and the union of
// the statuses the tables use.
import type { CommonResultTable, ResultCodeSpecRow, ResultFallback, ResultTable } from '../types.ts';
import type { CodeBlockWriter, WriterFunction } from 'ts-morph';
import { blockComment, propertyKey, stringLiteral as literal } from './code-text.ts';

/** Every status letter the tables use (declared, on a row or a fallback), in order of first appearance. */
export function statusUnion(tables: readonly ResultTable[], common: CommonResultTable | undefined): string[] {
  const statuses: string[] = [];
  const add = (s: string) => {
    if (!statuses.includes(s)) statuses.push(s);
  };
  for (const table of tables) {
    for (const s of [...table.statuses.map((x) => x.status), ...table.codes.map((c) => c.status), table.fallback.status]) add(s);
  }
  for (const s of [...(common?.statuses ?? []).map((x) => x.status), ...(common?.codes ?? []).map((c) => c.status)]) add(s);
  return statuses;
}

/** `{ status: 'S', message: '…', action: '…' }` on one line; `inferred: true` only on an inferred row. */
export function writeRow(writer: CodeBlockWriter, row: ResultFallback & { readonly inferred?: true }): void {
  const inferred = row.inferred === true ? ', inferred: true' : '';
  writer.write(`{ status: ${literal(row.status)}, message: ${literal(row.message)}, action: ${literal(row.action)}${inferred} }`);
}

/** The JSDoc of one row: status and message, the further action, and whether it rests on inference. */
export function rowDoc(row: ResultCodeSpecRow): string {
  const inferred = row.inferred === true ? '\n\n`inferred`: the code or its meaning here rests on inference, not on a published table.' : '';
  return `\`${row.status}\`: ${row.message}\n\nFurther action: ${row.action}${inferred}`;
}

/**
 * `export const name = { key: value, … } as const…;` as a writer statement rather than a variable structure: the
 * structure printer hangs an object initializer one level deep, which only a (slow) formatText() pass would undo.
 */
export function constObject(name: string, doc: string, entries: readonly { key: string; doc?: string; value: (writer: CodeBlockWriter) => void }[], suffix: string): WriterFunction {
  return (writer) => {
    for (const line of blockComment(doc)) writer.writeLine(line);
    writer.write(`export const ${name} = `);
    if (entries.length === 0) writer.write('{}');
    else writer.inlineBlock(() => {
      for (const entry of entries) {
        if (entry.doc !== undefined) for (const line of blockComment(entry.doc, true)) writer.writeLine(line);
        writer.write(`${propertyKey(entry.key)}: `);
        entry.value(writer);
        writer.write(',').newLine();
      }
    });
    writer.write(` ${suffix};`);
  };
}

/** The rows of a table as entries of `constObject`, each with its JSDoc. */
export function rowEntries(codes: readonly ResultCodeSpecRow[]): { key: string; doc: string; value: (writer: CodeBlockWriter) => void }[] {
  return codes.map((row) => ({ key: row.code, doc: rowDoc(row), value: (writer) => writeRow(writer, row) }));
}
