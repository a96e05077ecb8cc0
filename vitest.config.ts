import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The package's own names, resolved to the sources as tsconfig.json's `paths` do for tsc: tests and the docs'
// recipes import `antom-pay` exactly as a merchant's code does.
const at = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const resolve = {
  alias: [
    { find: /^antom-pay$/, replacement: at('./src/index.ts') },
    { find: /^antom-pay\/testing$/, replacement: at('./src/testing/index.ts') },
    { find: /^antom-pay\/sandbox$/, replacement: at('./sandbox/index.ts') },
  ],
};

// One project per kind of test: fast unit tests, contract tests against the real mock (Prism started once
// by a global setup) and the docs site in a real browser.
export default defineConfig({
  test: {
    reporters: ['default'],
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          // docs/recipes/testing/ holds the docs' example of a merchant's own unit tests: it runs as written.
          include: ['test/**/*.test.ts', 'docs/recipes/**/*.test.ts'],
          exclude: ['test/contract/**', 'test/docs/**', 'test/package/**', 'test/sandbox/scenarios/**', 'test/webhooks/frameworks/**', 'test/integrations/scenarios/**'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
      },
      {
        test: {
          name: 'contract',
          include: ['test/contract/**/*.test.ts'],
          globalSetup: ['test/contract/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          // The stateful sandbox, each file with its own sandbox process (Prism + state layer) and a local merchant.
          name: 'sandbox',
          include: ['test/sandbox/scenarios/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        resolve,
        test: {
          // The docs' webhook recipes run in their real frameworks (Express, Fastify, node:http, Hono, Next.js) and
          // runtimes (workerd, Deno, Bun: from the packed tarball, see the global setup), each file with its own
          // sandbox sending real signed notifications.
          name: 'webhooks',
          include: ['test/webhooks/frameworks/**/*.test.ts'],
          globalSetup: ['test/webhooks/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        resolve,
        test: {
          // The docs' integration samples (docs/recipes/integrations/) as written, each file with its own sandbox
          // and a merchant's shop receiving the real signed notifications.
          name: 'integrations',
          include: ['test/integrations/scenarios/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'docs',
          include: ['test/docs/**/*.test.ts'],
          globalSetup: ['test/docs/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          // Built and packed once (global setup); each file installs the tarball into its own consumer projects.
          name: 'package',
          include: ['test/package/**/*.test.ts'],
          globalSetup: ['test/package/global-setup.ts'],
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
