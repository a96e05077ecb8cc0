// The payment-method catalogue as data: its shape, and the checks a catalogue file given with `--catalogue` must
// pass before the sandbox starts (a typo would otherwise silently change which methods consult offers).
import { readFileSync, statSync } from 'node:fs';

/** Single-transaction bounds in one currency, minor units as in Amount.value. */
export interface AmountRange {
  minAmount: string;
  maxAmount: string;
}

export interface CatalogueMethod {
  paymentMethodType: string;
  paymentMethodCategory?: string;
  /** 2-letter ISO 3166 codes or GLOBAL; unknown when absent (then a region filter leaves the method out). */
  paymentMethodRegion?: string[];
  /** ISO 4217 codes; when absent every currency is accepted. */
  supportedCurrencies?: string[];
  /** Per currency; a currency without an entry has no known limit. */
  amountLimits?: Record<string, AmountRange>;
  /** CARD only: the brands consult names in paymentOptionDetail.supportCardBrands. */
  supportCardBrands?: string[];
  /** Where each fact came from (fact name → source); never sent anywhere. */
  sources?: Record<string, string>;
}

const MAX_FILE_BYTES = 1 << 20;
const MAX_METHODS = 500;
const REGION = /^(?:[A-Z]{2}|GLOBAL)$/;
const CURRENCY = /^[A-Z]{3}$/;
const MINOR_UNITS = /^\d{1,19}$/;
const NAME = /^[A-Z0-9_]{1,64}$/;
const KEYS = new Set(['paymentMethodType', 'paymentMethodCategory', 'paymentMethodRegion', 'supportedCurrencies', 'amountLimits', 'supportCardBrands', 'sources']);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function strings(value: unknown, where: string, pattern: RegExp, what: string): string[] {
  if (!Array.isArray(value) || value.length === 0 || value.some((item) => typeof item !== 'string' || !pattern.test(item))) {
    throw new Error(`${where} must be a non-empty list of ${what}`);
  }
  return value as string[];
}

function limits(value: unknown, where: string): Record<string, AmountRange> {
  if (!isObject(value)) throw new Error(`${where} must be an object: currency → {"minAmount", "maxAmount"}`);
  const out: Record<string, AmountRange> = {};
  for (const [currency, range] of Object.entries(value)) {
    const at = `${where}.${currency}`;
    if (!CURRENCY.test(currency)) throw new Error(`${at}: the key must be a 3-letter ISO 4217 currency code`);
    if (!isObject(range) || typeof range.minAmount !== 'string' || typeof range.maxAmount !== 'string' || !MINOR_UNITS.test(range.minAmount) || !MINOR_UNITS.test(range.maxAmount)) {
      throw new Error(`${at} must be {"minAmount": "<minor units>", "maxAmount": "<minor units>"} with whole numbers as strings`);
    }
    if (BigInt(range.minAmount) > BigInt(range.maxAmount)) throw new Error(`${at}: minAmount is greater than maxAmount`);
    out[currency] = { minAmount: range.minAmount, maxAmount: range.maxAmount };
  }
  return out;
}

function method(value: unknown, where: string): CatalogueMethod {
  if (!isObject(value)) throw new Error(`${where} must be an object`);
  const unknown = Object.keys(value).filter((key) => !KEYS.has(key));
  if (unknown.length > 0) throw new Error(`${where}: unknown field ${unknown.join(', ')} (known: ${[...KEYS].join(', ')})`);
  const type = value.paymentMethodType;
  if (typeof type !== 'string' || !NAME.test(type)) throw new Error(`${where}.paymentMethodType must be a method code such as "CARD" (A-Z, 0-9, _)`);
  const category = value.paymentMethodCategory;
  if (category !== undefined && (typeof category !== 'string' || !NAME.test(category))) throw new Error(`${where}.paymentMethodCategory must be a category code such as "WALLET"`);
  const sources = value.sources;
  if (sources !== undefined && (!isObject(sources) || Object.values(sources).some((text) => typeof text !== 'string'))) throw new Error(`${where}.sources must map fact names to strings`);
  return {
    paymentMethodType: type,
    ...(category === undefined ? {} : { paymentMethodCategory: category }),
    ...(value.paymentMethodRegion === undefined ? {} : { paymentMethodRegion: strings(value.paymentMethodRegion, `${where}.paymentMethodRegion`, REGION, '2-letter region codes or GLOBAL') }),
    ...(value.supportedCurrencies === undefined ? {} : { supportedCurrencies: strings(value.supportedCurrencies, `${where}.supportedCurrencies`, CURRENCY, '3-letter currency codes') }),
    ...(value.amountLimits === undefined ? {} : { amountLimits: limits(value.amountLimits, `${where}.amountLimits`) }),
    ...(value.supportCardBrands === undefined ? {} : { supportCardBrands: strings(value.supportCardBrands, `${where}.supportCardBrands`, NAME, 'card brand codes') }),
    ...(sources === undefined ? {} : { sources: sources as Record<string, string> }),
  };
}

/** Checks a parsed catalogue (a JSON array of methods). @throws naming the first bad entry and field. */
export function parseCatalogue(value: unknown, name = 'catalogue'): CatalogueMethod[] {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_METHODS) throw new Error(`${name} must be a JSON array of 1 to ${MAX_METHODS} payment methods`);
  const methods = value.map((item, index) => method(item, `${name}[${index}]`));
  const seen = new Set<string>();
  for (const [index, item] of methods.entries()) {
    if (seen.has(item.paymentMethodType)) throw new Error(`${name}[${index}]: ${item.paymentMethodType} is listed twice`);
    seen.add(item.paymentMethodType);
  }
  return methods;
}

/** Reads and checks a catalogue file. @throws with the file name and what is wrong. */
export function readCatalogue(file: string): CatalogueMethod[] {
  const size = statSync(file).size;
  if (size > MAX_FILE_BYTES) throw new Error(`${file}: ${size} bytes; a catalogue file may hold at most ${MAX_FILE_BYTES}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return parseCatalogue(parsed, file);
}
