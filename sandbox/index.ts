// `antom-pay/sandbox`: what a merchant's tests and tools need of the local sandbox: the TEST-ONLY keys (PEM text)
// and client IDs (test-credentials.ts) and a typed client of its control API (client/control-client.ts). It loads on
// every runtime the package supports: nothing reachable from here imports node:* (the sandbox server and the key
// files' paths, test-keys.ts, are Node only and stay out; test/package/runtimes.test.ts loads this on workerd and
// edge-runtime, whose bundles refuse any node: import).
export * from './test-credentials.ts';
export { DEFAULT_SANDBOX_URL, SandboxControlError, createSandboxControl } from './client/control-client.ts';
export type { PaymentNotificationView, SandboxControl, SandboxControlOptions } from './client/control-client.ts';
export { parseDuration } from './client/duration.ts';
export type * from './control/types.ts';
