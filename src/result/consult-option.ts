import type { components } from '../../generated/schema.ts';
import { isRecord, stringField, wireBoolean } from './read-result.ts';

type Schemas = components['schemas'];
export type PaymentOption = Schemas['PaymentOption'];
type Logo = { readonly logoName: string | undefined; readonly logoUrl: string };

/** The known members of an open value list (`'A' | 'B' | (string & {})` → `'A' | 'B'`). */
type KnownValues<T> = T extends string ? (string extends T ? never : T) : never;
export type KnownDisableReason = KnownValues<Exclude<PaymentOption['disableReason'], undefined>>;

/**
 * What each disableReason means for the merchant. The spec lists the values without documenting them, so these read
 * the names cautiously; every value the spec lists must have one (the Record type makes a new value a compile error).
 */
const DISABLED_BECAUSE: Readonly<Record<KnownDisableReason, string>> = {
  PAYMENT_ACCOUNT_NOT_AVAILABLE: 'No payment account is available for this method right now; ask Antom Technical Support if it persists.',
  EXCEED_CHANNEL_LIMIT_RULE: "The amount is outside this method's limits (see its amount limits); a smaller or larger amount may be allowed.",
  SERVICE_DEGRADE: 'The method is temporarily unavailable on the provider side; it may come back later.',
  CHANNEL_NOT_SUPPORT_CURRENCY: "The method does not accept this payment's currency (see its supported currencies).",
  CHANNEL_DISABLE: 'The method is switched off for your merchant account; ask Antom Technical Support to enable it if you expect it.',
  CHANNEL_NOT_IN_SERVICE_TIME: 'The method is outside its service hours right now; it may be available later.',
  QUERY_IPP_INFO_FAILED: "Antom could not load the method's installment plans; consult again later.",
  LIMIT_CENTER_ACCESS_FAIL: "Antom could not check the method's amount limits; consult again later.",
  CURRENT_CHANNEL_NOT_EXIST: 'The method is not set up for your merchant account; ask Antom Technical Support if you expect it.',
};

/** A payment method as consult lists it, read defensively and ready to render. */
export interface ConsultOption {
  /** Pass it as `paymentMethod.paymentMethodType` when paying with this method. */
  readonly paymentMethodType: string;
  readonly paymentMethodCategory: PaymentOption['paymentMethodCategory'] | undefined;
  /** The wire's "true"/"false" (or a native boolean); a missing or unreadable value counts as not enabled. */
  readonly enabled: boolean;
  /** Antom marks the method as a preferred choice ("true" or true); false otherwise. */
  readonly preferred: boolean;
  /** Why it is disabled, as Antom sent it (meaningful when `enabled` is false). */
  readonly disableReason: PaymentOption['disableReason'] | undefined;
  /** What `disableReason` means, for you (undefined for an enabled method). */
  readonly disabledBecause: string | undefined;
  readonly logo: Logo | undefined;
  /** Two-letter regions of the method, or GLOBAL. */
  readonly paymentMethodRegion: readonly string[];
  readonly supportedCurrencies: readonly string[];
  /** Card brands accepted (for CARD), each with its logo. */
  readonly cardBrands: ReadonlyArray<{ readonly cardBrand: string; readonly logo: Logo | undefined }>;
  /** Banks the buyer can pick (bank pre-selection); pass the chosen bankIdentifierCode on to pay. */
  readonly banks: ReadonlyArray<{ readonly bankIdentifierCode: string | undefined; readonly bankShortName: string | undefined; readonly bankLogo: Logo | undefined }>;
  /** Amount limits as Antom sent them, keyed by currency (per payment, day, month). */
  readonly amountLimits: PaymentOption['amountLimitInfoMap'] | undefined;
  /** The entry as Antom sent it (installment plans, promotions, extendInfo…); undefined when read from paymentMethodInfos. */
  readonly option: Readonly<PaymentOption> | undefined;
}

const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);
const strings = (value: unknown): string[] => list(value).filter((item): item is string => typeof item === 'string');

function logoOf(value: unknown): Logo | undefined {
  const logoUrl = stringField(value, 'logoUrl');
  return logoUrl === undefined ? undefined : { logoName: stringField(value, 'logoName'), logoUrl };
}

/** The merchant's sentence for a disable reason; a value this version does not know is named as sent. */
export function disabledBecause(reason: string | undefined): string {
  if (reason === undefined) return 'Antom did not say why the method is unavailable.';
  return Object.hasOwn(DISABLED_BECAUSE, reason)
    ? DISABLED_BECAUSE[reason as KnownDisableReason]
    : `Antom reports the method as unavailable (${reason}); check it with Antom Technical Support if you expect it.`;
}

/** One entry of paymentOptions (or of paymentMethodInfos); undefined when it names no payment method. */
export function readConsultOption(value: unknown, fromOptions: boolean): ConsultOption | undefined {
  const paymentMethodType = stringField(value, 'paymentMethodType');
  if (paymentMethodType === undefined || !isRecord(value)) return undefined;
  const enabled = wireBoolean(value.enabled) === true;
  const disableReason = stringField(value, 'disableReason');
  const detail = isRecord(value.paymentOptionDetail) ? value.paymentOptionDetail : {};
  return {
    paymentMethodType,
    paymentMethodCategory: stringField(value, 'paymentMethodCategory'),
    enabled,
    preferred: wireBoolean(value.preferred) === true,
    disableReason,
    disabledBecause: enabled ? undefined : disabledBecause(disableReason),
    logo: logoOf(value.logo),
    paymentMethodRegion: strings(value.paymentMethodRegion),
    supportedCurrencies: strings(value.supportedCurrencies),
    cardBrands: list(detail.supportCardBrands).flatMap((brand) => {
      const cardBrand = stringField(brand, 'cardBrand');
      return cardBrand === undefined ? [] : [{ cardBrand, logo: logoOf(isRecord(brand) ? brand.logo : undefined) }];
    }),
    banks: list(detail.supportBanks).flatMap((bank) =>
      isRecord(bank) ? [{ bankIdentifierCode: stringField(bank, 'bankIdentifierCode'), bankShortName: stringField(bank, 'bankShortName'), bankLogo: logoOf(bank.bankLogo) }] : [],
    ),
    amountLimits: isRecord(value.amountLimitInfoMap) ? (value.amountLimitInfoMap as PaymentOption['amountLimitInfoMap']) : undefined,
    option: fromOptions ? (value as PaymentOption) : undefined,
  };
}
