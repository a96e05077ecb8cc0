// "Acknowledged" means on file: every answer of a stateful sandbox commits the state (state/persistence.ts) as its
// status line is written, before any byte of it leaves. Node writes the status line through `writeHead` in every
// case (an explicit call, or the implicit one `end()` makes), so this one override covers the gateway, the control
// API and the buyer's pages alike. When the state file cannot be written the connection is dropped without an
// answer: the caller sees no answer rather than one the sandbox could not keep.
import { ServerResponse } from 'node:http';
import type { IncomingMessage } from 'node:http';

export function committedResponseClass(commit: () => void, log: (line: string) => void): typeof ServerResponse {
  return class CommittedResponse<Request extends IncomingMessage = IncomingMessage> extends ServerResponse<Request> {
    override writeHead(statusCode: number, ...rest: unknown[]): this {
      try {
        commit();
      } catch (error) {
        log(`the state file could not be written, so the answer was not sent: ${String(error)}`);
        this.destroy();
        return this;
      }
      return (ServerResponse.prototype.writeHead as (this: ServerResponse, code: number, ...more: unknown[]) => this).call(this, statusCode, ...rest);
    }
  };
}
