// `--client-id <id>` (repeatable): the sandbox serves only those client IDs, as Antom serves only the IDs it issued.
// Any other Client-Id is answered, before the signature check and Prism, with the gateway-wide CLIENT_INVALID row
// (HTTP 200, signed like every answer), so a typo in a merchant's configuration fails locally. CLIENT_INVALID, not
// KEY_NOT_FOUND: the reference gives CLIENT_INVALID for a Client-Id Antom does not accept, and KEY_NOT_FOUND for a
// known client with no key for the keyVersion sent. Without the flag every client ID is served.
import type { IncomingHttpHeaders } from 'node:http';
import { getHeader } from '../src/header-lookup.ts';
import type { ResultTables } from './state/results.ts';

/** Response header in which the sandbox says why it answered CLIENT_INVALID (not an Antom header). */
export const CLIENT_PROBLEM_HEADER = 'x-mock-client-problem';

/** The CLIENT_INVALID answer for a Client-Id outside `served`; undefined when the request may go on. */
export function unknownClientAnswer(served: ReadonlySet<string> | undefined, headers: IncomingHttpHeaders, results: ResultTables, operationId: string): { body: string; problem: string } | undefined {
  if (served === undefined) return undefined;
  const clientId = getHeader(headers, 'client-id');
  // A missing Client-Id is the signature check's (or Prism's) to report.
  if (clientId === undefined || served.has(clientId)) return undefined;
  return {
    body: JSON.stringify({ result: results.result(operationId, 'CLIENT_INVALID') }),
    // Header values must be visible ASCII: anything else is shown as '?'.
    problem: `client ID ${JSON.stringify(clientId)} is not served by this sandbox (started with --client-id ${[...served].join(', ')})`.replace(/[^\x20-\x7e]/g, '?'),
  };
}
