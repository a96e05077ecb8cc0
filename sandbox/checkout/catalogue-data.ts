// The sandbox's default catalogue of payment methods: what consult answers from and what the Checkout Page lists.
// Only facts of the reference material are here (../shared/reference/checkout/consult.json and the pay reference);
// it names no currency and no amount limit for any method, so none is given and those filters let every method
// through. A merchant who wants their contract's methods, currencies and limits passes their own catalogue
// (`--catalogue <file.json>`, same shape). Order = the order consult lists them in (before userRegion sorting).
import type { CatalogueMethod } from './catalogue.ts';

const CONSULT_ZH = 'https://docs.antom.com/ac/ams_zh-cn/consult';
const CONSULT_OLD = 'https://global.alipay.com/docs/ac/ams/consult';
const DISPUTES = 'reference/checkout/disputes.json types[retrieval request].scope (Alipay+ wallet list)';

export const DEFAULT_CATALOGUE: readonly CatalogueMethod[] = [
  {
    paymentMethodType: 'ALIPAY_CN',
    paymentMethodCategory: 'ALIPAY_PLUS',
    paymentMethodRegion: ['CN'],
    sources: {
      paymentMethodType: CONSULT_OLD,
      paymentMethodCategory: `${DISPUTES}; inferred: listed as an Alipay+ wallet`,
      paymentMethodRegion: 'inferred from the method code',
      order: `${CONSULT_OLD} (listed before KAKAOPAY unless the buyer is in KR)`,
    },
  },
  {
    paymentMethodType: 'KAKAOPAY',
    paymentMethodCategory: 'ALIPAY_PLUS',
    paymentMethodRegion: ['KR'],
    sources: {
      paymentMethodType: CONSULT_OLD,
      paymentMethodCategory: `${DISPUTES}; inferred: listed as an Alipay+ wallet`,
      paymentMethodRegion: `${CONSULT_OLD} (listed first for a buyer in KR)`,
    },
  },
  {
    paymentMethodType: 'CARD',
    paymentMethodCategory: 'CARD',
    paymentMethodRegion: ['GLOBAL'],
    supportCardBrands: ['VISA', 'MASTERCARD'],
    sources: {
      paymentMethodType: CONSULT_ZH,
      paymentMethodRegion: `${CONSULT_ZH} (allowedPaymentMethodRegions GLOBAL returns the global cards)`,
      supportCardBrands: `${CONSULT_ZH} (GLOBAL = Visa and Mastercard)`,
    },
  },
];
