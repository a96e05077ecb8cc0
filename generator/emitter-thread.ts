import type { Worker } from 'node:worker_threads';
import type { EmitReply, EmitRequest } from './emit-worker.ts';
import type { Emitters } from './pipeline.ts';
import { GeneratorError } from './types.ts';

export interface EmitterThread {
  readonly emitters: Emitters;
  /** Asks the thread to finish on its own (its exit handlers store the V8 code cache), terminating it if it hangs. */
  close(): Promise<void>;
  /** Ends the thread: waits for a close already asked for, otherwise terminates the thread at once. */
  end(): Promise<void>;
}

/**
 * The emitters, run in the emitter thread (generator/emit-worker.ts, started by the launcher before the CLI
 * loads). Calls go in by id and come back by id; once the thread has ended, every call fails with a
 * GeneratorError instead of waiting forever. One thread, not one per tool: both tools run on the same TypeScript
 * compiler, and a second thread would load that compiler a second time, on a machine with two cores to share
 * with the read.
 */
export function emittersOn(worker: Worker): EmitterThread {
  const pending = new Map<number, { resolve: (text: string) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let dead: Error | undefined;
  let closing: Promise<void> | undefined;
  const failAll = (error: Error) => {
    dead ??= error;
    for (const entry of pending.values()) entry.reject(dead);
    pending.clear();
  };
  const exited = new Promise<void>((resolve) =>
    worker.once('exit', (code) => {
      failAll(new GeneratorError(`the emitter thread ended (exit code ${code}) before answering`, { rule: 'generator' }));
      resolve();
    }),
  );
  worker.on('error', (error) => failAll(new GeneratorError(`the emitter thread failed: ${error.message}`, { rule: 'generator', cause: error })));
  worker.on('message', (reply: EmitReply) => {
    const entry = pending.get(reply.id);
    if (!entry) return;
    pending.delete(reply.id);
    if ('error' in reply) entry.reject(new GeneratorError(reply.error.message, { location: reply.error.location, rule: reply.error.rule }));
    else entry.resolve(reply.text);
  });
  const call =
    (emitter: EmitRequest['emitter']) =>
    (...args: unknown[]): Promise<string> =>
      new Promise((resolve, reject) => {
        if (dead) {
          reject(dead);
          return;
        }
        const id = nextId++;
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, emitter, args } satisfies EmitRequest);
      });
  return {
    emitters: { schemaTypes: call('schemaTypes'), resultCodes: call('resultCodes'), client: call('client') },
    close: () =>
      (closing ??= (async () => {
        const timer = setTimeout(() => void worker.terminate(), 2000);
        worker.postMessage('close');
        await exited;
        clearTimeout(timer);
      })()),
    end: async () => {
      if (closing) await closing;
      else await worker.terminate();
    },
  };
}
