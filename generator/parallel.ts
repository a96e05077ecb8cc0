import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { EmitReply, EmitRequest, EmitterName } from './emit-worker.ts';
import type { Emitters } from './pipeline.ts';
import { GeneratorError } from './types.ts';

interface Lane {
  readonly worker: Worker;
  /** Set once the thread has ended; calls then fail at once instead of waiting for an answer that cannot come. */
  dead: Error | undefined;
  /** Settles when the thread has ended, however it ended. */
  exited: Promise<void>;
  readonly pending: Map<number, { resolve: (text: string) => void; reject: (error: Error) => void }>;
}

/**
 * Emitters that run in two worker threads (openapi-typescript in one, ts-morph in the other), started before
 * the spec is read so that loading those packages overlaps with reading it. Returns undefined when the compiled
 * worker is not available (e.g. when the generator runs from TypeScript sources in tests).
 */
export function startParallelEmitters(workerDir: URL, codeCacheDir?: string): { emitters: Emitters; close: () => Promise<void> } | undefined {
  const entry = (kind: string) => new URL(`emit-worker-${kind}-entry.cjs`, workerDir);
  if (!existsSync(entry('types')) || !existsSync(entry('morph'))) return undefined;
  let nextId = 0;
  const lane = (kind: string, preload: string): Lane => {
    const pending = new Map<number, { resolve: (text: string) => void; reject: (error: Error) => void }>();
    const worker = new Worker(entry(kind), { workerData: { preload, codeCacheDir } });
    const lane: Lane = { worker, dead: undefined, exited: Promise.resolve(), pending };
    const failAll = (error: Error) => {
      lane.dead ??= error;
      for (const entry of pending.values()) entry.reject(lane.dead);
      pending.clear();
    };
    lane.exited = new Promise<void>((resolve) =>
      worker.once('exit', (code) => {
        failAll(new GeneratorError(`the ${kind} emitter thread ended (exit code ${code}) before answering`, { rule: 'generator' }));
        resolve();
      }),
    );
    worker.on('message', (reply: EmitReply) => {
      const entry = pending.get(reply.id);
      if (!entry) return;
      pending.delete(reply.id);
      if ('error' in reply) entry.reject(new GeneratorError(reply.error.message, { location: reply.error.location, rule: reply.error.rule }));
      else entry.resolve(reply.text);
    });
    worker.on('error', (error) => failAll(new GeneratorError(`the ${kind} emitter thread failed: ${error.message}`, { rule: 'generator', cause: error })));
    return lane;
  };
  const types = lane('types', 'openapi-typescript');
  const morph = lane('morph', 'ts-morph');
  const call = (target: Lane, emitter: EmitterName, args: unknown[]): Promise<string> =>
    new Promise((resolve, reject) => {
      if (target.dead) {
        reject(target.dead);
        return;
      }
      const id = nextId++;
      target.pending.set(id, { resolve, reject });
      target.worker.postMessage({ id, emitter, args } satisfies EmitRequest);
    });
  return {
    emitters: {
      schemaTypes: (...args) => call(types, 'schemaTypes', args),
      resultCodes: (...args) => call(morph, 'resultCodes', args),
      client: (...args) => call(morph, 'client', args),
    },
    close: async () => {
      // Ask each worker to finish on its own (its exit handlers store the V8 code cache); terminate only after
      // an error, when it may not be listening any more.
      await Promise.all(
        [types, morph].map(async ({ worker, exited }) => {
          const timer = setTimeout(() => void worker.terminate(), 2000);
          worker.postMessage('close');
          await exited;
          clearTimeout(timer);
        }),
      );
    },
  };
}
