import { processObject } from './runtime.ts';

/**
 * A process warning where the runtime has `process.emitWarning` (Node, Bun, Deno: listeners and
 * `--no-warnings` apply), else one `console.warn` line with the same type, code and text.
 */
export function emitWarning(message: string, type: string, code: string): void {
  const emit = processObject()?.emitWarning;
  if (typeof emit === 'function') emit.call(processObject(), message, { type, code });
  else console.warn(`(${type}) [${code}] ${message}`);
}
