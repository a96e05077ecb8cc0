import { AntomConfigError } from '../errors.ts';

/** Checks that a call's URL stays on the transport's gateway; throws AntomConfigError otherwise. */
export type GatewayScope = (url: URL) => void;

/**
 * The scope of a gateway base URL such as `https://open-na-global.alipay.com/ams/api`: a call may only go to the
 * same scheme, host and port, without credentials, to a path under the base path (after the URL parser has
 * resolved dot segments, so `/ams/api/../x` is outside). Checked before anything is signed.
 *
 * @throws AntomConfigError (option `baseUrl`) at creation when `baseUrl` is not an absolute URL.
 */
export function gatewayScope(baseUrl: string): GatewayScope {
  let base: URL;
  try {
    base = new URL(baseUrl);
  } catch {
    throw new AntomConfigError('baseUrl', 'must be an absolute URL, e.g. https://open-na-global.alipay.com/ams/api');
  }
  const origin = base.origin;
  const prefix = base.pathname.replace(/\/+$/, '');
  return (url) => {
    const inside = url.origin === origin && url.username === '' && url.password === '' && (prefix === '' || url.pathname === prefix || url.pathname.startsWith(`${prefix}/`));
    if (!inside) {
      throw new AntomConfigError('fetch(url)', `must stay on the client's gateway ${origin}${prefix}/…; this transport signs and sends nothing else`);
    }
  };
}
