// Reads the sandbox Checkout Page as a browser would see it, without a browser: the form (where it posts), the
// payment methods it lists (radio buttons, disabled ones greyed) and the Pay button. Used by
// `npm run example -- --checkout-page`; bounded, and every value is read from the page, none assumed.

/** A page much larger than this is not the sandbox's Checkout Page. */
const MAX_PAGE_CHARS = 512 * 1024;

export interface CheckoutPageForm {
  /** Where the form posts (the page's own address when it names none). */
  action: string;
  /** The methods listed, in the page's order. */
  methods: Array<{ paymentMethodType: string; enabled: boolean }>;
  /** The field the Pay button submits. */
  pay: { name: string; value: string };
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const unescape = (text: string): string => text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);

/** The value of `name="…"` inside a tag's attributes; undefined when absent. */
function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attributes);
  return match === null ? undefined : unescape(match[1] ?? '');
}

/** @throws Error naming what the page lacks. */
export function readCheckoutPage(html: string, pageUrl: string): CheckoutPageForm {
  if (html.length > MAX_PAGE_CHARS) throw new Error(`the Checkout Page is larger than ${MAX_PAGE_CHARS} characters`);
  const form = /<form\b([^>]*)>([\s\S]*?)<\/form>/.exec(html);
  if (form === null) throw new Error('the Checkout Page has no form: is the payment still open?');
  const [, formAttributes = '', inside = ''] = form;
  if ((attribute(formAttributes, 'method') ?? 'get').toLowerCase() !== 'post') throw new Error('the Checkout Page form does not post');
  const methods = [...inside.matchAll(/<input\b([^>]*)>/g)].flatMap(([, attributes = '']) =>
    attribute(attributes, 'type') === 'radio' && attribute(attributes, 'name') === 'paymentMethodType'
      ? [{ paymentMethodType: attribute(attributes, 'value') ?? '', enabled: !/(?:^|\s)disabled(?:\s|=|$)/.test(attributes) }]
      : [],
  );
  const button = [...inside.matchAll(/<button\b([^>]*)>([\s\S]*?)<\/button>/g)].find(([, , label = '']) => label.trim() === 'Pay');
  const name = button === undefined ? undefined : attribute(button[1] ?? '', 'name');
  const value = button === undefined ? undefined : attribute(button[1] ?? '', 'value');
  if (name === undefined || value === undefined) throw new Error('the Checkout Page has no Pay button');
  return { action: new URL(attribute(formAttributes, 'action') ?? '', pageUrl).href, methods, pay: { name, value } };
}
