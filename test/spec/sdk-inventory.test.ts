// Spec fidelity: every field of Antom's SDK models behind pay and its notification (test/spec/sdk-inventory.json)
// is in the spec unless excluded for another product, and no value list on what only Antom sends is closed.
import { describe, expect, it } from 'vitest';
import { closedValueLists, loadInventory, reachableSchemas, rootCoverage } from './sdk-inventory.ts';
import type { RootCoverage } from './sdk-inventory.ts';

const inventory = loadInventory();
const MIN_COVERAGE = 0.95;

function percent(coverage: RootCoverage): number {
  const relevant = coverage.fields.length - coverage.excluded.length;
  return relevant === 0 ? 0 : coverage.covered.length / relevant;
}

describe('SDK field inventory against the spec', () => {
  const coverages = Object.entries(inventory.roots).map(([root, schema]) => rootCoverage(inventory, root, schema));

  it('has the three roots, each naming its sources', () => {
    expect(Object.keys(inventory.roots).sort()).toEqual(['notification', 'request', 'response']);
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
  const sentByMerchant = reachableSchemas([inventory.roots.request!]);
  const sentByAntom = reachableSchemas([inventory.roots.response!, inventory.roots.notification!]);
  const antomOnly = [...sentByAntom].filter((name) => !sentByMerchant.has(name)).sort();
  const allowedClosed = new Set(inventory.closedValueLists.map((entry) => entry.schema));

  it('finds the response-only schemas, among them the 3D Secure result', () => {
    expect(antomOnly).toContain('ThreeDSResult');
    expect(antomOnly).toContain('PaymentResultInfo');
    expect(antomOnly).not.toContain('Amount');
  });

  it.each(antomOnly)('%s has no closed value list', (name) => {
    const closed = closedValueLists(name);
    if (allowedClosed.has(name)) expect(closed, `${name} is listed as closed on purpose`).not.toEqual([]);
    else expect(closed, `closed enum(s) in ${name}`).toEqual([]);
  });

  it('the root notification body itself keeps notifyType open', () => {
    expect(closedValueLists('PaymentNotification')).toEqual([]);
  });
});
