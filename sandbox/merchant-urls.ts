// Every address a merchant hands the sandbox (paymentRedirectUrl, paymentNotifyUrl, refundNotifyUrl, goodsUrl …)
// ends up as a link on a page, a redirect or a notification target. The spec's `format: uri` lets `javascript:…`
// and text `new URL` cannot read through, so after Prism's check every string field whose name ends in `Url` or
// `URL`, at any depth of any operation's body, must be an http or https URL that parses. Chosen by name, not by a
// list, so the next operation's URL fields are covered too.
import type { PrismFinding } from './param-illegal.ts';

const URL_FIELD = /(Url|URL)$/;
/** Deeper than any request of the spec; a body nested further is not walked (Prism has validated its shape). */
const MAX_DEPTH = 32;

/** True for text that `new URL` reads as an absolute http: or https: URL. */
export function isWebUrl(text: string): boolean {
  try {
    const { protocol } = new URL(text);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** The first URL field of a request body that is not a web URL, as a finding worded like Prism's, or undefined. */
export function badUrlField(body: unknown): PrismFinding | undefined {
  const walk = (node: unknown, location: string[]): PrismFinding | undefined => {
    if (typeof node !== 'object' || node === null || location.length > MAX_DEPTH) return undefined;
    for (const [key, value] of Object.entries(node)) {
      const here = [...location, key];
      if (typeof value === 'string' && URL_FIELD.test(key) && !isWebUrl(value)) {
        return { location: here, code: 'format', message: 'must be an absolute http or https URL' };
      }
      const found = walk(value, here);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return walk(body, ['body']);
}
