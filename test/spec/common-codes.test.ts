// spec/result-codes/common.yaml, the gateway-wide result codes, against ../shared/reference/checkout/common-codes.json:
// the same codes in the same order with the reference's statuses and inferred flags, each message the API's own
// wording (pay's table where it lists the code), and actions that treat configuration errors as such.
import { describe, expect, it } from 'vitest';
import { readReferenceJson, readRepoText, readRepoYaml } from './helpers.ts';

interface Row {
  code: string;
  status: string;
  message: string;
  action: string;
  inferred?: boolean;
}

interface ReferenceCode {
  code: string;
  status: string;
  message: string;
  inferred?: boolean;
}

const rows = readRepoYaml<{ codes: Row[] }>('spec/result-codes/common.yaml').codes;
const reference = readReferenceJson<{ codes: ReferenceCode[] }>('checkout/common-codes.json').codes;
const payReference = readReferenceJson<ReferenceCode[]>('result-codes.json');

/** Codes that mean the request never reached business processing: a setup problem on the merchant's side. */
const CONFIGURATION_ERRORS = [
  'INVALID_SIGNATURE',
  'KEY_NOT_FOUND',
  'CLIENT_INVALID',
  'INVALID_CLIENT_STATUS',
  'ACCESS_DENIED',
  'NO_INTERFACE_DEF',
  'METHOD_NOT_SUPPORTED',
  'MEDIA_TYPE_NOT_ACCEPTABLE',
];

/** The API wordings the reference gives for a code: its message, a quoted gateway wording, or the message without its source note. */
function wordings(ref: ReferenceCode): string[] {
  const quoted = /wording: '([^']+)'/.exec(ref.message)?.[1];
  return [ref.message, ref.message.replace(/ \(Alipay\+ wording\)/, ''), ...(quoted === undefined ? [] : [`${quoted}.`])];
}

describe('the gateway-wide result codes', () => {
  it('lists the 14 codes of the reference, in its order, once each', () => {
    expect(reference).toHaveLength(14);
    expect(rows.map((r) => r.code)).toEqual(reference.map((r) => r.code));
  });

  it.each(reference.map((ref) => [ref.code, ref] as const))('%s has the reference status and inferred flag', (code, ref) => {
    const row = rows.find((r) => r.code === code);
    expect(row?.status).toBe(ref.status);
    expect(row?.inferred === true, `inferred of ${code}`).toBe(ref.inferred === true);
    expect(readRepoText('spec/result-codes/common.yaml')).not.toMatch(/^\s+inferred: (?!true$)/m);
  });

  it.each(reference.map((ref) => [ref.code, ref] as const))("%s carries the API's own message", (code, ref) => {
    const row = rows.find((r) => r.code === code)!;
    const official = payReference.find((p) => p.code === code);
    if (official) expect(row.message, 'the string of pay\'s table, byte for byte').toBe(official.message);
    else if (ref.message.startsWith('INFERRED:')) expect(row.inferred, 'a message that restates a guessed meaning belongs to an inferred row').toBe(true);
    else expect(wordings(ref)).toContain(row.message);
    expect(row.message).not.toMatch(/inferred/i);
  });

  it.each(CONFIGURATION_ERRORS)('%s tells the merchant what to check, never to query or cancel the payment', (code) => {
    const row = rows.find((r) => r.code === code)!;
    expect(row.status).toBe('F');
    expect(row.action).not.toMatch(/quer(y|ies)|inquiry|cancel|new paymentRequestId/i);
    expect(row.action).toMatch(/check|sign|send|call|upload|ask/i);
    expect(row.action).not.toMatch(/inferred/i);
  });

  it('says how to sign for INVALID_SIGNATURE: key pair, keyVersion, the sandbox path and the exact string signed', () => {
    const action = rows.find((r) => r.code === 'INVALID_SIGNATURE')!.action;
    for (const fact of ['private key', 'public key', 'keyVersion', '/ams/sandbox/api', 'SANDBOX_', 'Request-Time', 'byte for byte']) expect(action).toContain(fact);
  });
});
