import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { EmitReply, EmitRequest, EmitterName } from './emit-worker.ts';
import type { Emitters } from './pipeline.ts';
import { GeneratorError } from './types.ts';

/** One worker thread: calls go in by id and come back by id; once the thread has ended, every call fails. */
interface Lane {
  call(emitter: EmitterName, args: unknown[]): Promise<string>;
  /** Asks the thread to finish on its own (its exit handlers store the V8 code cache), terminating it if it hangs. */
  close(): Promise<void>;
}

function startLane(entry: URL, kind: string, preload: string, codeCacheDir: string | undefined): Lane {
  const worker = new Worker(entry, { workerData: { preload, codeCacheDir } });
  const pending = new Map<number, { resolve: (text: string) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let dead: Error | undefined;
  const failAll = (error: Error) => {
    dead ??= error;
    for (const entry of pending.values()) entry.reject(dead);
    pending.clear();
  };
  const exited = new Promise<void>((resolve) =>
    worker.once('exit', (code) => {
      failAll(new GeneratorError(`the ${kind} emitter thread ended (exit code ${code}) before answering`, { rule: 'generator' }));
      resolve();
    }),
  );
  worker.on('error', (error) => failAll(new GeneratorError(`the ${kind} emitter thread failed: ${error.message}`, { rule: 'generator', cause: error })));
  worker.on('message', (reply: EmitReply) => {
    const entry = pending.get(reply.id);
    if (!entry) return;
    pending.delete(reply.id);
    if ('error' in reply) entry.reject(new GeneratorError(reply.error.message, { location: reply.error.location, rule: reply.error.rule }));
    else entry.resolve(reply.text);
  });
  return {
    call: (emitter, args) =>
      new Promise((resolve, reject) => {
        if (dead) {
          reject(dead);
          return;
        }
        const id = nextId++;
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, emitter, args } satisfies EmitRequest);
      }),
    close: async () => {
      const timer = setTimeout(() => void worker.terminate(), 2000);
      worker.postMessage('close');
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * Emitters that run in two worker threads (openapi-typescript in one, ts-morph in the other), started before
 * the spec is read so that loading those packages overlaps with reading it. Returns undefined when the compiled
 * worker is not available (e.g. when the generator runs from TypeScript sources in tests).
 */
export function startParallelEmitters(workerDir: URL, codeCacheDir?: string): { emitters: Emitters; close: () => Promise<void> } | undefined {
  const entry = (kind: string) => new URL(`emit-worker-${kind}-entry.cjs`, workerDir);
  if (!existsSync(entry('types')) || !existsSync(entry('morph'))) return undefined;
  const types = startLane(entry('types'), 'types', 'openapi-typescript', codeCacheDir);
  const morph = startLane(entry('morph'), 'morph', 'ts-morph', codeCacheDir);
  return {
    emitters: {
      schemaTypes: (...args) => types.call('schemaTypes', args),
      resultCodes: (...args) => morph.call('resultCodes', args),
      client: (...args) => morph.call('client', args),
    },
    close: async () => {
      await Promise.all([types.close(), morph.close()]);
    },
  };
}
