import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { bodyFuzzer } from './contract/helpers/fuzz-bodies.ts';
async function main() {
  const f = bodyFuzzer(process.argv[2]!);
  const bodies = fc.sample(f.validBody, { seed: Number(process.argv[3]), numRuns: 40 });
  writeFileSync('/tmp/x/bodies.json', JSON.stringify(bodies));
}
await main();
