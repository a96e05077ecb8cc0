// A recipe that runs as a process of its own (Next.js, workerd, Deno, Bun): the secrets it reads from its
// environment or bindings, and its own handling's log, which is what the scenario reads as "handled".
import type { ServedProcess } from '../../../scripts/runtimes/serve.ts';
import { ANTOM_TEST_PUBLIC_KEY_PATH, MERCHANT_TEST_PRIVATE_KEY_PATH, TEST_CLIENT_ID, readTestKey } from '../../../sandbox/test-keys.ts';
import type { RunningShop } from './recipe-scenario.ts';

/** ANTOM_CLIENT_ID, ANTOM_PRIVATE_KEY and ANTOM_PUBLIC_KEY: the test client ID, its private key, the test Antom key. */
export function recipeSecrets(): Record<'ANTOM_CLIENT_ID' | 'ANTOM_PRIVATE_KEY' | 'ANTOM_PUBLIC_KEY', string> {
  return {
    ANTOM_CLIENT_ID: TEST_CLIENT_ID,
    ANTOM_PRIVATE_KEY: readTestKey(MERCHANT_TEST_PRIVATE_KEY_PATH),
    ANTOM_PUBLIC_KEY: readTestKey(ANTOM_TEST_PUBLIC_KEY_PATH),
  };
}

/** paymentRequestIds of the paid payments the recipe's handling logged (`payment <paymentRequestId>: S`). */
export function paymentsLogged(output: string): string[] {
  return [...output.matchAll(/^payment (\S+): S$/gm)].map((match) => match[1]!);
}

/** The scenario's view of a served recipe process. */
export function shopOf(served: ServedProcess): RunningShop {
  return { origin: served.origin, handled: () => paymentsLogged(served.output()), close: served.close };
}
