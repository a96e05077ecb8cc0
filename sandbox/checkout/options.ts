// The one filter behind consult and the Checkout Page: which methods of the catalogue a payment of this amount may
// use, in which order, and why the others are disabled.
//   - allowedPaymentMethodRegions (2-letter codes or GLOBAL) keeps only methods of those regions; a method whose
//     region is unknown is left out then. allowedPaymentMethods / blockedPaymentMethods keep / drop by type.
//   - A method listed without the currency is disabled (CHANNEL_NOT_SUPPORT_CURRENCY); one whose single-payment
//     limit in that currency excludes the amount is disabled (EXCEED_CHANNEL_LIMIT_RULE).
//   - Order: the catalogue's, with the methods of the buyer's userRegion moved to the front.
//   - Code: SUCCESS when at least one method is enabled; CURRENCY_NOT_SUPPORT when every method left was disabled
//     for the currency; NO_PAY_OPTIONS otherwise (none left, or none within its limits).
import type { Amount } from '../state/model.ts';
import type { CatalogueMethod } from './catalogue.ts';

export interface OptionQuery {
  paymentAmount: Amount;
  allowedPaymentMethodRegions?: readonly string[];
  userRegion?: string;
  allowedPaymentMethods?: readonly string[];
  blockedPaymentMethods?: readonly string[];
}

export type DisableReason = 'CHANNEL_NOT_SUPPORT_CURRENCY' | 'EXCEED_CHANNEL_LIMIT_RULE';

export interface PaymentOption {
  paymentMethodType: string;
  paymentMethodCategory?: string;
  paymentMethodRegion?: string[];
  enabled: boolean;
  disableReason?: DisableReason;
  supportedCurrencies?: string[];
  amountLimitInfoMap?: Record<string, { singleLimit: { minAmount: Amount; maxAmount: Amount; remainAmount: Amount } }>;
  paymentOptionDetail?: { supportCardBrands: Array<{ cardBrand: string }> };
}

export interface OptionsAnswer {
  code: 'SUCCESS' | 'CURRENCY_NOT_SUPPORT' | 'NO_PAY_OPTIONS';
  options: PaymentOption[];
}

const given = (list: readonly string[] | undefined): list is readonly string[] => list !== undefined && list.length > 0;

function offered(method: CatalogueMethod, query: OptionQuery): boolean {
  if (given(query.allowedPaymentMethods) && !query.allowedPaymentMethods.includes(method.paymentMethodType)) return false;
  if (query.blockedPaymentMethods?.includes(method.paymentMethodType) === true) return false;
  if (!given(query.allowedPaymentMethodRegions)) return true;
  const allowed = query.allowedPaymentMethodRegions;
  return (method.paymentMethodRegion ?? []).some((region) => allowed.includes(region));
}

function disableReason(method: CatalogueMethod, amount: Amount): DisableReason | undefined {
  if (method.supportedCurrencies !== undefined && !method.supportedCurrencies.includes(amount.currency)) return 'CHANNEL_NOT_SUPPORT_CURRENCY';
  const range = method.amountLimits?.[amount.currency];
  if (range === undefined) return undefined;
  const value = BigInt(amount.value);
  return value < BigInt(range.minAmount) || value > BigInt(range.maxAmount) ? 'EXCEED_CHANNEL_LIMIT_RULE' : undefined;
}

function limitInfo(method: CatalogueMethod): PaymentOption['amountLimitInfoMap'] {
  if (method.amountLimits === undefined) return undefined;
  // Keyed by currency (the key's meaning is undocumented); no daily or monthly totals are kept, so what remains of a
  // single payment's limit is the limit itself.
  return Object.fromEntries(
    Object.entries(method.amountLimits).map(([currency, range]) => {
      const maxAmount = { currency, value: range.maxAmount };
      return [currency, { singleLimit: { minAmount: { currency, value: range.minAmount }, maxAmount, remainAmount: maxAmount } }];
    }),
  );
}

function option(method: CatalogueMethod, amount: Amount): PaymentOption {
  const reason = disableReason(method, amount);
  const limits = limitInfo(method);
  return {
    paymentMethodType: method.paymentMethodType,
    ...(method.paymentMethodCategory === undefined ? {} : { paymentMethodCategory: method.paymentMethodCategory }),
    ...(method.paymentMethodRegion === undefined ? {} : { paymentMethodRegion: [...method.paymentMethodRegion] }),
    enabled: reason === undefined,
    ...(reason === undefined ? {} : { disableReason: reason }),
    ...(method.supportedCurrencies === undefined ? {} : { supportedCurrencies: [...method.supportedCurrencies] }),
    ...(limits === undefined ? {} : { amountLimitInfoMap: limits }),
    ...(method.supportCardBrands === undefined ? {} : { paymentOptionDetail: { supportCardBrands: method.supportCardBrands.map((cardBrand) => ({ cardBrand })) } }),
  };
}

export function paymentOptions(catalogue: readonly CatalogueMethod[], query: OptionQuery): OptionsAnswer {
  const region = query.userRegion;
  const local = (method: CatalogueMethod): boolean => region !== undefined && (method.paymentMethodRegion ?? []).includes(region);
  const kept = catalogue.filter((method) => offered(method, query));
  const ordered = [...kept.filter(local), ...kept.filter((method) => !local(method))];
  const options = ordered.map((method) => option(method, query.paymentAmount));
  if (options.some((item) => item.enabled)) return { code: 'SUCCESS', options };
  const currencyOnly = options.length > 0 && options.every((item) => item.disableReason === 'CHANNEL_NOT_SUPPORT_CURRENCY');
  return { code: currencyOnly ? 'CURRENCY_NOT_SUPPORT' : 'NO_PAY_OPTIONS', options };
}
