import { PRODUCTION_PREFIX, SANDBOX_PREFIX } from '../src/gateway.ts';

/** Path prefixes of Antom's gateway under which the mock and the contract proxy serve the spec's paths. */
export const GATEWAY_PREFIXES: readonly string[] = [PRODUCTION_PREFIX, SANDBOX_PREFIX];
