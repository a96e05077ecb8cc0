// Spec fidelity: every field of Antom's SDK models behind pay, the lifecycle and checkout operations and the notifications
// (test/spec/sdk-inventory.json) is in the spec unless excluded, and no value list on what only Antom sends is closed.
import { describe, expect, it } from 'vitest';
import { closedValueLists, loadInventory, reachableSchemas, rootCoverage } from './sdk-inventory.ts';
import type { RootCoverage } from './sdk-inventory.ts';

const inventory = loadInventory();
const MIN_COVERAGE = 0.95;
const LIFECYCLE_OPERATIONS = ['cancel', 'capture', 'inquiryPayment', 'inquiryRefund', 'refund'];
const CHECKOUT_OPERATIONS = ['createPaymentSession', 'consult', 'acceptDispute', 'supplyDefenseDocument', 'downloadDisputeEvidence'];
const EXPECTED_ROOTS = [
  'request',
  'response',
  'notification',
  ...[...LIFECYCLE_OPERATIONS, ...CHECKOUT_OPERATIONS].flatMap((op) => [`${op}.request`, `${op}.response`]),
  'refundNotification',
  'captureNotification',
  'disputeNotification',
].sort();

/** Request bodies are what the merchant sends; responses and notifications are what Antom sends. */
function isMerchantSent(root: string): boolean {
  return root === 'request' || root.endsWith('.request');
}

function percent(coverage: RootCoverage): number {
  const relevant = coverage.fields.length - coverage.excluded.length;
  return relevant === 0 ? 0 : coverage.covered.length / relevant;
}

describe('SDK field inventory against the spec', () => {
  const coverages = Object.entries(inventory.roots).map(([root, schema]) => rootCoverage(inventory, root, schema));

  it('has the pay, lifecycle, checkout and notification roots, each naming its sources', () => {
    expect(Object.keys(inventory.roots).sort()).toEqual(EXPECTED_ROOTS);
    for (const schema of Object.values(inventory.roots)) expect(inventory.models[schema]?.sources.length).toBeGreaterThan(0);
  });

  it('excludes only fields that exist in the inventory, each with a reason', () => {
    for (const { model, field, reason } of inventory.exclusions) {
      expect(inventory.models[model]?.fields[field], `${model}.${field}`).toBeDefined();
      expect(reason.length).toBeGreaterThan(10);
    }
  });

  it.each(coverages.map((c) => [c.root, c] as const))(`%s: every SDK field is in the spec or excluded, coverage ≥ ${MIN_COVERAGE * 100} %`, (_root, coverage) => {
    const share = percent(coverage);
    console.log(
      `${coverage.root}: ${coverage.fields.length} SDK fields, ${coverage.excluded.length} excluded, ` +
        `${coverage.covered.length}/${coverage.fields.length - coverage.excluded.length} covered (${(share * 100).toFixed(1)} %)` +
        (coverage.missing.length > 0 ? `; missing ${coverage.missing.join(', ')}` : ''),
    );
    expect(coverage.missing).toEqual([]);
    expect(coverage.unwalkable).toEqual([]);
    expect(share).toBeGreaterThanOrEqual(MIN_COVERAGE);
  });
});

describe('value lists on what only Antom sends', () => {
  const roots = Object.entries(inventory.roots);
  const sentByMerchant = reachableSchemas(roots.filter(([root]) => isMerchantSent(root)).map(([, schema]) => schema));
  const sentByAntom = reachableSchemas(roots.filter(([root]) => !isMerchantSent(root)).map(([, schema]) => schema));
  const antomOnly = [...sentByAntom].filter((name) => !sentByMerchant.has(name)).sort();
  const allowedClosed = new Map(inventory.closedValueLists.map((entry) => [entry.schema, entry] as const));

  it("splits the roots by sender: the eleven request bodies are the merchant's, the rest Antom's", () => {
    expect(roots.filter(([root]) => isMerchantSent(root)).map(([, schema]) => schema).sort()).toEqual([
      'AcceptDisputeRequest',
      'CancelRequest',
      'CaptureRequest',
      'ConsultRequest',
      'CreatePaymentSessionRequest',
      'DownloadDisputeEvidenceRequest',
      'InquiryPaymentRequest',
      'InquiryRefundRequest',
      'PayRequest',
      'RefundRequest',
      'SupplyDefenseDocumentRequest',
    ]);
  });

  it('finds the response-only schemas, among them the 3D Secure result and the lifecycle records', () => {
    expect(antomOnly).toContain('ThreeDSResult');
    expect(antomOnly).toContain('PaymentResultInfo');
    expect(antomOnly).toContain('Transaction');
    expect(antomOnly).toContain('CardInfo');
    for (const schema of ['InquiryPaymentResponse', 'CancelResponse', 'RefundResponse', 'InquiryRefundResponse', 'CaptureResponse', 'RefundNotification', 'CaptureNotification']) {
      expect(antomOnly).toContain(schema);
    }
    const checkoutAnswers = ['CreatePaymentSessionResponse', 'ConsultResponse', 'PaymentOption', 'PaymentOptionDetail', 'AmountLimit', 'Logo', 'InterestFree'];
    for (const schema of [...checkoutAnswers, 'AcceptDisputeResponse', 'DownloadDisputeEvidenceResponse', 'DisputeNotification', 'IssuerComments']) {
      expect(antomOnly).toContain(schema);
    }
    expect(antomOnly).not.toContain('AgreementInfo');
    expect(antomOnly).not.toContain('PaymentEvaluation');
    expect(antomOnly).not.toContain('Amount');
    expect(antomOnly).not.toContain('RefundDetail');
  });

  it.each(antomOnly)('%s has no closed value list', (name) => {
    const closed = closedValueLists(name);
    const allowed = allowedClosed.get(name);
    if (allowed?.pointers) expect([...closed].sort(), `${name}: only the listed enums may be closed`).toEqual([...allowed.pointers].sort());
    else if (allowed) expect(closed, `${name} is listed as closed on purpose`).not.toEqual([]);
    else expect(closed, `closed enum(s) in ${name}`).toEqual([]);
  });

  it('the root notification bodies keep notifyType and disputeNotificationType open', () => {
    expect(closedValueLists('PaymentNotification')).toEqual([]);
    expect(closedValueLists('DisputeNotification')).toEqual([]);
  });

  it('lists every allowed closed value list under a schema that only Antom sends', () => {
    for (const { schema } of inventory.closedValueLists) expect(antomOnly, schema).toContain(schema);
  });
});
