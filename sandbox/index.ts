// `antom-pay/sandbox`: what a merchant's tests and tools need of the local sandbox: the TEST-ONLY keys and client
// IDs (test-keys.ts) and a typed client of its control API (client/control-client.ts).
export * from './test-keys.ts';
export { DEFAULT_SANDBOX_URL, SandboxControlError, createSandboxControl } from './client/control-client.ts';
export type { PaymentNotificationView, SandboxControl, SandboxControlOptions } from './client/control-client.ts';
export { parseDuration } from './client/duration.ts';
export type * from './control/types.ts';
