// Worker thread that runs the emitters off the main thread. It starts loading its heavy dependencies (ts-morph,
// openapi-typescript's transform and the TypeScript compiler both use) as soon as it boots, while the main thread
// is still reading the spec.
import { parentPort } from 'node:worker_threads';
import { emitClient } from './emit/client.ts';
import { emitResultCodes } from './emit/result-codes.ts';
import { emitSchemaTypes } from './emit/schema-types.ts';
import { loadTsMorph } from './emit/ts-project.ts';
import { trace } from './trace.ts';

export type EmitterName = 'schemaTypes' | 'resultCodes' | 'client';

export interface EmitRequest {
  readonly id: number;
  readonly emitter: EmitterName;
  readonly args: readonly unknown[];
}

export type EmitReply = { readonly id: number; readonly text: string } | { readonly id: number; readonly error: { message: string; name: string; location?: string; rule?: string } };

const emitters: Record<EmitterName, (...args: never[]) => Promise<string>> = {
  schemaTypes: emitSchemaTypes as never,
  resultCodes: emitResultCodes as never,
  client: emitClient as never,
};

const port = parentPort;
if (port) {
  // The launcher's entry stub has already switched on the V8 code cache for this thread.
  trace('worker module running');
  void Promise.all([loadTsMorph(), import('openapi-typescript/dist/transform/index.js')]).then(() => trace('tools loaded'));
  port.on('message', (request: EmitRequest | 'close') => {
    // Leave by draining rather than being terminated, so exit handlers (the V8 code cache writer) run.
    if (request === 'close') {
      port.close();
      return;
    }
    trace(`received ${request.emitter}`);
    emitters[request.emitter](...(request.args as never[])).then(
      (text) => {
        trace(`emitted ${request.emitter}`);
        port.postMessage({ id: request.id, text } satisfies EmitReply);
      },
      (error: Error & { location?: string; rule?: string }) =>
        port.postMessage({ id: request.id, error: { message: error.message, name: error.name, location: error.location, rule: error.rule } } satisfies EmitReply),
    );
  });
}
