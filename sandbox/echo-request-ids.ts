// Antom echoes the caller's request ids (paymentRequestId and friends) in its answer; Prism serves the spec's
// static examples, whose ids are fixed. The mock copies the request's ids into the answer so that a client that
// binds answers to requests (as this package's client does by default) accepts the mock's answers.
import { ECHOED_REQUEST_IDS } from '../src/transport/response-checks.ts';

/**
 * The answer body with every echoed id the request also carries set to the request's value. Bodies that are not
 * JSON objects, or need no change, come back as the same bytes.
 */
export function echoRequestIds(requestBody: Buffer, answerBody: Buffer): Buffer {
  const request = parseObject(requestBody);
  const answer = request && parseObject(answerBody);
  if (!request || !answer) return answerBody;
  let changed = false;
  for (const key of ECHOED_REQUEST_IDS) {
    if (typeof request[key] === 'string' && typeof answer[key] === 'string' && answer[key] !== request[key]) {
      answer[key] = request[key];
      changed = true;
    }
  }
  return changed ? Buffer.from(JSON.stringify(answer)) : answerBody;
}

function parseObject(bytes: Buffer): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
