import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { expect, it } from 'vitest';
import { emittersOn } from '../../generator/emitter-thread.ts';

const spec = { source: 'spec/x.yaml', title: 'X', version: '1' };

function thread(source: string): Worker {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'antom-workers-')), 'entry.cjs');
  writeFileSync(file, source);
  return new Worker(file);
}

it('when the emitter thread fails at start, then every call fails with a generator error instead of waiting forever', async () => {
  const { emitters, close } = emittersOn(thread("throw new Error('boom at start');\n"));
  await expect(emitters.schemaTypes({ openapi: '3.1.0', info: { title: 'X', version: '1' } }, spec)).rejects.toThrow(/emitter thread (failed: boom at start|ended)/);
  await expect(emitters.client([], spec)).rejects.toThrow(/emitter thread/);
  await close();
});

it('when the emitter thread exits, then calls fail naming its exit code', async () => {
  const { emitters, close } = emittersOn(thread('process.exit(3);\n'));
  await expect(emitters.resultCodes([], spec)).rejects.toThrow(/emitter thread ended \(exit code 3\)/);
  await close();
});

it('answers calls by id, in whatever order the thread replies, and end() terminates a thread that was not asked to close', async () => {
  // A thread that answers the second call first.
  const worker = thread(`
    const { parentPort } = require('node:worker_threads');
    const held = [];
    parentPort.on('message', (m) => {
      if (m === 'close') return parentPort.close();
      held.push(m);
      if (held.length === 2) for (const r of held.reverse()) parentPort.postMessage({ id: r.id, text: r.emitter });
    });
  `);
  const { emitters, end } = emittersOn(worker);
  const [first, second] = await Promise.all([emitters.resultCodes([], spec), emitters.client([], spec)]);
  expect([first, second]).toEqual(['resultCodes', 'client']);
  const exited = new Promise<number>((resolve) => worker.once('exit', resolve));
  await end();
  expect(await exited).toBe(1);
});

it('close() ends a thread that ignores the request to finish, by terminating it', async () => {
  const worker = thread("require('node:worker_threads').parentPort.on('message', () => {}); setInterval(() => {}, 1000);\n");
  const exited = new Promise<number>((resolve) => worker.once('exit', resolve));
  const { close, end } = emittersOn(worker);
  await close();
  expect(await exited).toBe(1);
  // end() after a close waits for that close instead of terminating again.
  await end();
}, 10_000);
