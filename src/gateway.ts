import { AntomConfigError } from './errors.ts';

/** Antom's regional gateways (the recommended accelerated hosts). */
export const REGION_ORIGINS = {
  na: 'https://open-na-global.alipay.com',
  sea: 'https://open-sea-global.alipay.com',
  de: 'https://open-de-global.alipay.com',
} as const;

export type AntomRegion = keyof typeof REGION_ORIGINS;

export const PRODUCTION_PREFIX = '/ams/api';
export const SANDBOX_PREFIX = '/ams/sandbox/api';
/** Antom's convention: sandbox client IDs carry this prefix, and requests then go to the sandbox path. */
export const SANDBOX_CLIENT_ID_PREFIX = 'SANDBOX_';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export interface GatewayOptions {
  readonly clientId: string;
  readonly region?: AntomRegion | undefined;
  readonly baseUrl?: string | undefined;
  readonly sandbox?: boolean | undefined;
}

/**
 * The base URL operations are appended to: the gateway origin (from `region` or `baseUrl`) plus the production
 * or sandbox prefix. `baseUrl` is an origin only; plain http is allowed for loopback (the local mock) alone.
 */
export function resolveGatewayBaseUrl(options: GatewayOptions): { baseUrl: string; sandbox: boolean } {
  const { region, baseUrl } = options;
  if (region !== undefined && baseUrl !== undefined) throw new AntomConfigError('region', 'give either region or baseUrl, not both');
  let origin: string;
  if (baseUrl !== undefined) {
    let url: URL;
    try {
      url = new URL(baseUrl);
    } catch {
      throw new AntomConfigError('baseUrl', 'must be an absolute URL such as https://open-na-global.alipay.com');
    }
    if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
      throw new AntomConfigError('baseUrl', 'must be the gateway origin only (scheme, host, port); the client adds /ams/api or /ams/sandbox/api');
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))) {
      throw new AntomConfigError('baseUrl', 'must use https (plain http is accepted only for a loopback mock)');
    }
    origin = url.origin;
  } else if (region !== undefined) {
    if (!Object.prototype.hasOwnProperty.call(REGION_ORIGINS, region)) {
      throw new AntomConfigError('region', `must be one of ${Object.keys(REGION_ORIGINS).join(', ')}`);
    }
    origin = REGION_ORIGINS[region];
  } else {
    throw new AntomConfigError('region', 'is required (na, sea or de) unless baseUrl is given');
  }
  if (options.sandbox !== undefined && typeof options.sandbox !== 'boolean') throw new AntomConfigError('sandbox', 'must be a boolean');
  const sandbox = options.sandbox ?? options.clientId.startsWith(SANDBOX_CLIENT_ID_PREFIX);
  return { baseUrl: `${origin}${sandbox ? SANDBOX_PREFIX : PRODUCTION_PREFIX}`, sandbox };
}
