// Generated from spec/openapi.yaml (Antom pay (Checkout Payment) 1.0.0) by generator/. Do not edit.
// Regenerate with `npm run generate`; CI fails when this file differs from what the spec generates.

/**
 * Result status of a call, as returned in the result object.
 * - `S`: Success. The call succeeded and the payment is complete.
 * - `F`: Failure. The call failed; act on the code, or retry with a new paymentRequestId.
 * - `U`: Unknown or in process. The outcome depends on the code; PAYMENT_IN_PROCESS with a URL means send the buyer to pay.
 */
export type ResultStatus = 'S' | 'F' | 'U';

/** One row of a result-code table, keyed by its code. */
export interface ResultCodeRow<Status extends ResultStatus = ResultStatus> {
  /** Result status the code comes with. */
  readonly status: Status;
  /** The API's own message string for the code. */
  readonly message: string;
  /** What the caller should do next. */
  readonly action: string;
}

/** What a lookup returns: the row, the code it was looked up by, and whether the table lists it. */
export interface ResultCodeEntry<Code extends string = string, Status extends ResultStatus = ResultStatus> extends ResultCodeRow<Status> {
  /** The result code as returned by the API. */
  readonly code: Code;
  /** False only for the generic entry returned for a code missing from the table. */
  readonly known: boolean;
}

/** Result codes of `pay` (POST /v1/payments/pay), in the order of the spec's table (51 codes). */
export const payResultCodes = {
  /**
   * `S`: Success
   *
   * Further action: Payment complete; nothing more to do.
   */
  SUCCESS: { status: 'S', message: 'Success', action: 'Payment complete; nothing more to do.' },
  /**
   * `F`: Access is denied.
   *
   * Further action: Access refused; ask Antom Technical Support why.
   */
  ACCESS_DENIED: { status: 'F', message: 'Access is denied.', action: 'Access refused; ask Antom Technical Support why.' },
  /**
   * `F`: 3D Secure authentication is required.
   *
   * Further action: Pay again (new paymentRequestId) with 3D Secure authentication.
   */
  AUTHENTICATION_REQUIRED: { status: 'F', message: '3D Secure authentication is required.', action: 'Pay again (new paymentRequestId) with 3D Secure authentication.' },
  /**
   * `F`: The currency is not supported.
   *
   * Further action: Currency not allowed here; ask Antom Technical Support why.
   */
  CURRENCY_NOT_SUPPORT: { status: 'F', message: 'The currency is not supported.', action: 'Currency not allowed here; ask Antom Technical Support why.' },
  /**
   * `F`: The payment is declined by the issuing bank.
   *
   * Further action: Issuing bank declined; buyer tries another card or asks the bank.
   */
  DO_NOT_HONOR: { status: 'F', message: 'The payment is declined by the issuing bank.', action: 'Issuing bank declined; buyer tries another card or asks the bank.' },
  /**
   * `F`: The payment code is expired.
   *
   * Further action: Buyer refreshes the payment code; pay again with a new paymentRequestId.
   */
  EXPIRED_CODE: { status: 'F', message: 'The payment code is expired.', action: 'Buyer refreshes the payment code; pay again with a new paymentRequestId.' },
  /**
   * `F`: The transaction cannot be further processed because of risk control. If the user has already paid for the transaction, the transaction will be refunded.
   *
   * Further action: Risk-blocked; any charge is refunded. Antom Technical Support handles appeals.
   */
  FRAUD_REJECT: { status: 'F', message: 'The transaction cannot be further processed because of risk control. If the user has already paid for the transaction, the transaction will be refunded.', action: 'Risk-blocked; any charge is refunded. Antom Technical Support handles appeals.' },
  /**
   * `F`: The buyer's age does not meet the requirements.
   *
   * Further action: Buyer rechecks identity details; retry with a new paymentRequestId.
   */
  IDENTITY_AGE_NOT_ENOUGH: { status: 'F', message: 'The buyer\'s age does not meet the requirements.', action: 'Buyer rechecks identity details; retry with a new paymentRequestId.' },
  /**
   * `F`: Identity verification timed out or the result couldn't be retrieved.
   *
   * Further action: Buyer rechecks identity details; retry with a new paymentRequestId.
   */
  IDENTITY_VERIFY_FAILED: { status: 'F', message: 'Identity verification timed out or the result couldn\'t be retrieved.', action: 'Buyer rechecks identity details; retry with a new paymentRequestId.' },
  /**
   * `F`: The access token is expired, revoked, or does not exist.
   *
   * Further action: Check accessToken; if it is correct, ask Antom Technical Support.
   */
  INVALID_ACCESS_TOKEN: { status: 'F', message: 'The access token is expired, revoked, or does not exist.', action: 'Check accessToken; if it is correct, ask Antom Technical Support.' },
  /**
   * `F`: The transaction was declined by the issuing bank due to various reasons. For example, the specified amount is invalid or exceeds the maximum amount limit.
   *
   * Further action: Issuer rejected the amount; ask Antom Technical Support.
   */
  INVALID_AMOUNT: { status: 'F', message: 'The transaction was declined by the issuing bank due to various reasons. For example, the specified amount is invalid or exceeds the maximum amount limit.', action: 'Issuer rejected the amount; ask Antom Technical Support.' },
  /**
   * `F`: Invalid CPF.
   *
   * Further action: Buyer rechecks CPF and identity; retry with a new paymentRequestId.
   */
  INVALID_CPF: { status: 'F', message: 'Invalid CPF.', action: 'Buyer rechecks CPF and identity; retry with a new paymentRequestId.' },
  /**
   * `F`: The parameter values in the contract do not match those in the current transaction.
   *
   * Further action: If request values match the contract, ask Antom Technical Support.
   */
  INVALID_CONTRACT: { status: 'F', message: 'The parameter values in the contract do not match those in the current transaction.', action: 'If request values match the contract, ask Antom Technical Support.' },
  /**
   * `F`: Abnormal identity status.
   *
   * Further action: Buyer rechecks identity details; retry with a new paymentRequestId.
   */
  INVALID_IDENTITY_STATUS: { status: 'F', message: 'Abnormal identity status.', action: 'Buyer rechecks identity details; retry with a new paymentRequestId.' },
  /**
   * `F`: The merchant status is abnormal because restrictions exist.
   *
   * Further action: Merchant account restricted; ask Antom Technical Support why.
   */
  INVALID_MERCHANT_STATUS: { status: 'F', message: 'The merchant status is abnormal because restrictions exist.', action: 'Merchant account restricted; ask Antom Technical Support why.' },
  /**
   * `F`: The payment code cannot be accepted by Antom.
   *
   * Further action: Offer another method; ask Antom Technical Support if this should work.
   */
  INVALID_PAYMENT_CODE: { status: 'F', message: 'The payment code cannot be accepted by Antom.', action: 'Offer another method; ask Antom Technical Support if this should work.' },
  /**
   * `F`: The payment method metadata is invalid.
   *
   * Further action: Fix paymentMethod.paymentMethodMetaData, else ask Antom Technical Support.
   */
  INVALID_PAYMENT_METHOD_META_DATA: { status: 'F', message: 'The payment method metadata is invalid.', action: 'Fix paymentMethod.paymentMethodMetaData, else ask Antom Technical Support.' },
  /**
   * `F`: The private key or public key of <span>Antom</span> or the merchant is not found.
   *
   * Further action: Check clientId and keyVersion; register the key in Antom Developer Center.
   */
  KEY_NOT_FOUND: { status: 'F', message: 'The private key or public key of <span>Antom</span> or the merchant is not found.', action: 'Check clientId and keyVersion; register the key in Antom Developer Center.' },
  /**
   * `F`: The payment failed because of the merchant's KYB status. The merchant is either not KYB compliant, or the KYB status is not qualified for this transaction.
   *
   * Further action: Merchant KYB blocks this payment; ask Antom Technical Support.
   */
  MERCHANT_KYB_NOT_QUALIFIED: { status: 'F', message: 'The payment failed because of the merchant\'s KYB status. The merchant is either not KYB compliant, or the KYB status is not qualified for this transaction.', action: 'Merchant KYB blocks this payment; ask Antom Technical Support.' },
  /**
   * `F`: The merchant is not registered.
   *
   * Further action: Register via the registration API, else ask Antom Technical Support.
   */
  MERCHANT_NOT_REGISTERED: { status: 'F', message: 'The merchant is not registered.', action: 'Register via the registration API, else ask Antom Technical Support.' },
  /**
   * `F`: API is not defined.
   *
   * Further action: Unknown API; check the URL against the documented path.
   */
  NO_INTERFACE_DEF: { status: 'F', message: 'API is not defined.', action: 'Unknown API; check the URL against the documented path.' },
  /**
   * `F`: No payment options are available.
   *
   * Further action: No payment option available; ask Antom Technical Support why.
   */
  NO_PAY_OPTIONS: { status: 'F', message: 'No payment options are available.', action: 'No payment option available; ask Antom Technical Support why.' },
  /**
   * `F`: The request you initiated has the same paymentRequestId as the previously paid transaction, which is canceled.
   *
   * Further action: Payment was cancelled; retry with a new paymentRequestId.
   */
  ORDER_IS_CANCELED: { status: 'F', message: 'The request you initiated has the same paymentRequestId as the previously paid transaction, which is canceled.', action: 'Payment was cancelled; retry with a new paymentRequestId.' },
  /**
   * `F`: The order associated with the paymentRequestId in your request is closed due to payment failure or payment timeout, etc.
   *
   * Further action: Order closed (failure/timeout); retry with a new paymentRequestId.
   */
  ORDER_IS_CLOSED: { status: 'F', message: 'The order associated with the paymentRequestId in your request is closed due to payment failure or payment timeout, etc.', action: 'Order closed (failure/timeout); retry with a new paymentRequestId.' },
  /**
   * `F`: The required parameters are not passed, or illegal parameters exist. For example, a non-numeric input, an invalid date, or the length and type of the parameter are wrong.
   *
   * Further action: Check required fields exist with valid type, format and length.
   */
  PARAM_ILLEGAL: { status: 'F', message: 'The required parameters are not passed, or illegal parameters exist. For example, a non-numeric input, an invalid date, or the length and type of the parameter are wrong.', action: 'Check required fields exist with valid type, format and length.' },
  /**
   * `F`: The payment amount is greater than the maximum amount allowed by the contract or payment method.
   *
   * Further action: Above the limit; pay less with a new paymentRequestId, or ask Antom Technical Support.
   */
  PAYMENT_AMOUNT_EXCEED_LIMIT: { status: 'F', message: 'The payment amount is greater than the maximum amount allowed by the contract or payment method.', action: 'Above the limit; pay less with a new paymentRequestId, or ask Antom Technical Support.' },
  /**
   * `F`: The maximum number of payments exceeds the limit that is specified by the payment method.
   *
   * Further action: Payment count limit reached; ask Antom Technical Support.
   */
  PAYMENT_COUNT_EXCEED_LIMIT: { status: 'F', message: 'The maximum number of payments exceeds the limit that is specified by the payment method.', action: 'Payment count limit reached; ask Antom Technical Support.' },
  /**
   * `F`: The card used for the transaction is not supported.
   *
   * Further action: Buyer must pay with another card.
   */
  CARD_NOT_SUPPORTED: { status: 'F', message: 'The card used for the transaction is not supported.', action: 'Buyer must pay with another card.' },
  /**
   * `F`: The merchant is not qualified to pay because the merchant is not registered, does not have a contract for Auto Debit payment, or is forbidden to make a payment.
   *
   * Further action: Merchant may not make this payment; ask Antom Technical Support.
   */
  PAYMENT_NOT_QUALIFIED: { status: 'F', message: 'The merchant is not qualified to pay because the merchant is not registered, does not have a contract for Auto Debit payment, or is forbidden to make a payment.', action: 'Merchant may not make this payment; ask Antom Technical Support.' },
  /**
   * `F`: A general business failure occurred.
   *
   * Further action: Do not auto-retry; investigate with Antom Technical Support.
   */
  PROCESS_FAIL: { status: 'F', message: 'A general business failure occurred.', action: 'Do not auto-retry; investigate with Antom Technical Support.' },
  /**
   * `F`: The amount or currency is different from the previous request.
   *
   * Further action: Resend the original values, or use a new paymentRequestId.
   */
  REPEAT_REQ_INCONSISTENT: { status: 'F', message: 'The amount or currency is different from the previous request.', action: 'Resend the original values, or use a new paymentRequestId.' },
  /**
   * `F`: The transaction cannot be further processed because of risk control. If the user has already paid for the transaction, the transaction will be refunded.
   *
   * Further action: Risk-blocked; if unrefunded in 2 weeks, ask Antom Technical Support.
   */
  RISK_REJECT: { status: 'F', message: 'The transaction cannot be further processed because of risk control. If the user has already paid for the transaction, the transaction will be refunded.', action: 'Risk-blocked; if unrefunded in 2 weeks, ask Antom Technical Support.' },
  /**
   * `F`: No matched settlement contract can be found.
   *
   * Further action: Use one contracted settlement currency or ask Antom Technical Support.
   */
  SETTLE_CONTRACT_NOT_MATCH: { status: 'F', message: 'No matched settlement contract can be found.', action: 'Use one contracted settlement currency or ask Antom Technical Support.' },
  /**
   * `F`: A system error occurred.
   *
   * Further action: Do not retry; contact Antom Technical Support.
   */
  SYSTEM_ERROR: { status: 'F', message: 'A system error occurred.', action: 'Do not retry; contact Antom Technical Support.' },
  /**
   * `F`: The payment amount exceeds the user payment limit.
   *
   * Further action: Pay again within the buyer's balance, with a new paymentRequestId.
   */
  USER_AMOUNT_EXCEED_LIMIT: { status: 'F', message: 'The payment amount exceeds the user payment limit.', action: 'Pay again within the buyer\'s balance, with a new paymentRequestId.' },
  /**
   * `F`: The payment cannot be completed because the user balance in the corresponding payment method is not enough.
   *
   * Further action: Buyer should top up or choose another payment method.
   */
  USER_BALANCE_NOT_ENOUGH: { status: 'F', message: 'The payment cannot be completed because the user balance in the corresponding payment method is not enough.', action: 'Buyer should top up or choose another payment method.' },
  /**
   * `F`: The payment failed because of the user's KYC status. The user is either not KYC compliant, or the KYC status is not qualified for this transaction (for example, limitations on the payment amount or product information).
   *
   * Further action: Buyer must complete KYC verification before paying.
   */
  USER_KYC_NOT_QUALIFIED: { status: 'F', message: 'The payment failed because of the user\'s KYC status. The user is either not KYC compliant, or the KYC status is not qualified for this transaction (for example, limitations on the payment amount or product information).', action: 'Buyer must complete KYC verification before paying.' },
  /**
   * `F`: The user does not exist on the wallet side.
   *
   * Further action: Wallet does not know the buyer; ask Antom Technical Support.
   */
  USER_NOT_EXIST: { status: 'F', message: 'The user does not exist on the wallet side.', action: 'Wallet does not know the buyer; ask Antom Technical Support.' },
  /**
   * `U`: An API call has failed, which is caused by unknown reasons.
   *
   * Further action: Treat as failed; pay again with a new paymentRequestId.
   */
  UNKNOWN_EXCEPTION: { status: 'U', message: 'An API call has failed, which is caused by unknown reasons.', action: 'Treat as failed; pay again with a new paymentRequestId.' },
  /**
   * `F`: The number of the card used for the transaction is invalid.
   *
   * Further action: Fix paymentMethod.paymentMethodMetaData.cardno or use another card.
   */
  INVALID_CARD_NUMBER: { status: 'F', message: 'The number of the card used for the transaction is invalid.', action: 'Fix paymentMethod.paymentMethodMetaData.cardno or use another card.' },
  /**
   * `U`: The payment is being processed.
   *
   * Further action: Send the buyer to a returned URL; if none, retry with a new paymentRequestId.
   */
  PAYMENT_IN_PROCESS: { status: 'U', message: 'The payment is being processed.', action: 'Send the buyer to a returned URL; if none, retry with a new paymentRequestId.' },
  /**
   * `U`: The request traffic exceeds the limit.
   *
   * Further action: Throttled; wait, then call pay again with a new paymentRequestId.
   */
  REQUEST_TRAFFIC_EXCEED_LIMIT: { status: 'U', message: 'The request traffic exceeds the limit.', action: 'Throttled; wait, then call pay again with a new paymentRequestId.' },
  /**
   * `F`: The order does not exist.
   *
   * Further action: Make sure the paymentId sent is correct.
   */
  ORDER_NOT_EXIST: { status: 'F', message: 'The order does not exist.', action: 'Make sure the paymentId sent is correct.' },
  /**
   * `F`: The transaction cannot be further processed because the order status is invalid.
   *
   * Further action: Order state forbids this; check the payment status or ask Antom Technical Support.
   */
  ORDER_STATUS_INVALID: { status: 'F', message: 'The transaction cannot be further processed because the order status is invalid.', action: 'Order state forbids this; check the payment status or ask Antom Technical Support.' },
  /**
   * `F`: User fails to pass the payment verification in the methods like OTP, PIN, and so on.
   *
   * Further action: Buyer failed OTP/PIN checks; ask Antom Technical Support why.
   */
  USER_PAYMENT_VERIFICATION_FAILED: { status: 'F', message: 'User fails to pass the payment verification in the methods like OTP, PIN, and so on.', action: 'Buyer failed OTP/PIN checks; ask Antom Technical Support why.' },
  /**
   * `F`: The user status is abnormal on the wallet side.
   *
   * Further action: Buyer's wallet is abnormal; ask Antom Technical Support why.
   */
  USER_STATUS_ABNORMAL: { status: 'F', message: 'The user status is abnormal on the wallet side.', action: 'Buyer\'s wallet is abnormal; ask Antom Technical Support why.' },
  /**
   * `F`: The current verification code failed to pass the payment verification too many times.
   *
   * Further action: Too many wrong tries; buyer must get a new verification code.
   */
  VERIFY_TIMES_EXCEED_LIMIT: { status: 'F', message: 'The current verification code failed to pass the payment verification too many times.', action: 'Too many wrong tries; buyer must get a new verification code.' },
  /**
   * `F`: The verification code is invalid.
   *
   * Further action: Wrong code; buyer must get a new verification code.
   */
  VERIFY_UNMATCHED: { status: 'F', message: 'The verification code is invalid.', action: 'Wrong code; buyer must get a new verification code.' },
  /**
   * `F`: The card brand that the user selected to pay is not available.
   *
   * Further action: Buyer must pick another card brand or payment method.
   */
  SELECTED_CARD_BRAND_NOT_AVAILABLE: { status: 'F', message: 'The card brand that the user selected to pay is not available.', action: 'Buyer must pick another card brand or payment method.' },
  /**
   * `F`: The payment cannot be processed because the goods are prohibited from sale in the country.
   *
   * Further action: Goods banned in that country; cannot be appealed.
   */
  PAYMENT_PROHIBITED: { status: 'F', message: 'The payment cannot be processed because the goods are prohibited from sale in the country.', action: 'Goods banned in that country; cannot be appealed.' },
  /**
   * `F`: The value of paymentMethod.paymentMethodMetaData.expiryYear or paymentMethod.paymentMethodMetaData.expiryDate is invalid.
   *
   * Further action: Fix paymentMethod.paymentMethodMetaData.expiryYear/expiryDate.
   */
  INVALID_EXPIRATION_DATE: { status: 'F', message: 'The value of paymentMethod.paymentMethodMetaData.expiryYear or paymentMethod.paymentMethodMetaData.expiryDate is invalid.', action: 'Fix paymentMethod.paymentMethodMetaData.expiryYear/expiryDate.' },
} as const satisfies Record<string, ResultCodeRow>;

/** A result code listed for `pay` (POST /v1/payments/pay). */
export type PayResultCode = keyof typeof payResultCodes;

/** Generic row for a code that `pay` (POST /v1/payments/pay) returned but the table does not list. */
export const payUnknownResultCode = { status: 'U', message: 'Unknown result code', action: 'No guidance in this table; query the payment before acting. Any new attempt needs a new paymentRequestId.' } as const satisfies ResultCodeRow;

/** True when `code` is listed in the table of `pay` (POST /v1/payments/pay). */
export function isPayResultCode(code: string): code is PayResultCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(payResultCodes, code);
}

/** A fresh entry: the row of `code` plus `code` and `known: true`, or the generic row with `known: false` when `pay` (POST /v1/payments/pay) returned a code the table does not list. Never throws. */
export function lookupPayResultCode(code: string): ResultCodeEntry {
  return isPayResultCode(code) ? { ...payResultCodes[code], code, known: true } : { ...payUnknownResultCode, code, known: false };
}

/** Every result code listed by any operation of the API. */
export type ResultCode = PayResultCode;

/** Alias of the only result-code table in the spec. */
export const resultCodes = payResultCodes;

/** A fresh entry: the row of `code` plus `code` and `known: true`, or the generic row with `known: false`. Never throws. */
export function lookupResultCode(code: string): ResultCodeEntry {
  return lookupPayResultCode(code);
}
