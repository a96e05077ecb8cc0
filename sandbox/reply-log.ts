// One-line description of a reply for the request log.
import type { Reply } from './gateway.ts';
import { SIGNATURE_PROBLEM_HEADER } from './request-signature.ts';

/** `PAYMENT_IN_PROCESS`, `INVALID_SIGNATURE (reason)`, or Prism's problem type and violation count. */
export function describeReply(reply: Reply): string {
  const problem = reply.headers[SIGNATURE_PROBLEM_HEADER];
  try {
    const value = JSON.parse(reply.body.toString('utf8')) as {
      result?: { resultCode?: unknown };
      type?: unknown;
      validation?: Array<{ message?: unknown }>;
    };
    const code = value.result?.resultCode;
    if (typeof code === 'string') return problem ? `${code} (${problem})` : code;
    const type = typeof value.type === 'string' ? (value.type.split('#')[1] ?? value.type) : 'no result';
    const first = value.validation?.[0]?.message;
    return value.validation ? `${type}: ${value.validation.length} violation(s), first: ${String(first)}` : type;
  } catch {
    return 'non-JSON body';
  }
}
