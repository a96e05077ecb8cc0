// Generated from spec/openapi.yaml (Antom pay (Checkout Payment) 1.0.0) by generator/. Do not edit.
// Regenerate with `npm run generate`; CI fails when this file differs from what the spec generates.

/**
 * Result status of a call, as returned in the result object.
 * - `S`: Success. The call succeeded and the payment is complete.
 * - `F`: Failure. The call failed; act on the code, or retry with a new paymentRequestId.
 * - `U`: Unknown or in process. The outcome depends on the code; PAYMENT_IN_PROCESS with a URL means send the buyer to pay.
 */
export type ResultStatus = 'S' | 'F' | 'U';

/** One row of a result-code table. */
export interface ResultCodeEntry<Code extends string = string, Status extends ResultStatus = ResultStatus> {
  /** The result code as returned by the API. */
  readonly code: Code;
  /** Result status the code comes with. */
  readonly status: Status;
  /** The API's own message string for the code. */
  readonly message: string;
  /** What the caller should do next. */
  readonly action: string;
  /** False only for the generic entry returned for a code missing from the table. */
  readonly known: boolean;
}

/** Result codes of `pay` (POST /v1/payments/pay), in the order of the spec's table (51 codes). */
export const payResultCodes = {
  /**
   * `S`: Success
   *
   * Further action: The payment went through; nothing else is needed.
   */
  SUCCESS: { code: 'SUCCESS', status: 'S', message: 'Success', action: 'The payment went through; nothing else is needed.', known: true },
  /**
   * `F`: Access is denied.
   *
   * Further action: Antom refused access to this call; ask Antom Technical Support why.
   */
  ACCESS_DENIED: { code: 'ACCESS_DENIED', status: 'F', message: 'Access is denied.', action: 'Antom refused access to this call; ask Antom Technical Support why.', known: true },
  /**
   * `F`: 3D Secure authentication is required.
   *
   * Further action: Start the payment again and take the buyer through 3D Secure authentication.
   */
  AUTHENTICATION_REQUIRED: { code: 'AUTHENTICATION_REQUIRED', status: 'F', message: '3D Secure authentication is required.', action: 'Start the payment again and take the buyer through 3D Secure authentication.', known: true },
  /**
   * `F`: The currency is not supported.
   *
   * Further action: The currency cannot be used for this payment; ask Antom Technical Support for the reason.
   */
  CURRENCY_NOT_SUPPORT: { code: 'CURRENCY_NOT_SUPPORT', status: 'F', message: 'The currency is not supported.', action: 'The currency cannot be used for this payment; ask Antom Technical Support for the reason.', known: true },
  /**
   * `F`: The payment is declined by the issuing bank.
   *
   * Further action: The issuer declined the card; let the buyer pay with another card or contact the issuing bank.
   */
  DO_NOT_HONOR: { code: 'DO_NOT_HONOR', status: 'F', message: 'The payment is declined by the issuing bank.', action: 'The issuer declined the card; let the buyer pay with another card or contact the issuing bank.', known: true },
  /**
   * `F`: The payment code is expired.
   *
   * Further action: The buyer has to refresh the payment code and try again.
   */
  EXPIRED_CODE: { code: 'EXPIRED_CODE', status: 'F', message: 'The payment code is expired.', action: 'The buyer has to refresh the payment code and try again.', known: true },
  /**
   * `F`: The transaction cannot be further processed because of risk control. If the user has already paid for the transaction, the transaction will be refunded.
   *
   * Further action: Risk control blocked the payment and any money taken is refunded; contact Antom Technical Support to appeal, or if the buyer has no refund after two weeks.
   */
  FRAUD_REJECT: { code: 'FRAUD_REJECT', status: 'F', message: 'The transaction cannot be further processed because of risk control. If the user has already paid for the transaction, the transaction will be refunded.', action: 'Risk control blocked the payment and any money taken is refunded; contact Antom Technical Support to appeal, or if the buyer has no refund after two weeks.', known: true },
  /**
   * `F`: The buyer's age does not meet the requirements.
   *
   * Further action: The buyer should check the identity details provided and try again.
   */
  IDENTITY_AGE_NOT_ENOUGH: { code: 'IDENTITY_AGE_NOT_ENOUGH', status: 'F', message: 'The buyer\'s age does not meet the requirements.', action: 'The buyer should check the identity details provided and try again.', known: true },
  /**
   * `F`: Identity verification timed out or the result couldn't be retrieved.
   *
   * Further action: The buyer should check the identity details provided and try again.
   */
  IDENTITY_VERIFY_FAILED: { code: 'IDENTITY_VERIFY_FAILED', status: 'F', message: 'Identity verification timed out or the result couldn\'t be retrieved.', action: 'The buyer should check the identity details provided and try again.', known: true },
  /**
   * `F`: The access token is expired, revoked, or does not exist.
   *
   * Further action: Check the accessToken sent; correct it if wrong, otherwise ask Antom Technical Support.
   */
  INVALID_ACCESS_TOKEN: { code: 'INVALID_ACCESS_TOKEN', status: 'F', message: 'The access token is expired, revoked, or does not exist.', action: 'Check the accessToken sent; correct it if wrong, otherwise ask Antom Technical Support.', known: true },
  /**
   * `F`: The transaction was declined by the issuing bank due to various reasons. For example, the specified amount is invalid or exceeds the maximum amount limit.
   *
   * Further action: The issuer rejected the amount (for example as invalid or over a limit); ask Antom Technical Support for details.
   */
  INVALID_AMOUNT: { code: 'INVALID_AMOUNT', status: 'F', message: 'The transaction was declined by the issuing bank due to various reasons. For example, the specified amount is invalid or exceeds the maximum amount limit.', action: 'The issuer rejected the amount (for example as invalid or over a limit); ask Antom Technical Support for details.', known: true },
  /**
   * `F`: Invalid CPF.
   *
   * Further action: The buyer should check the CPF and other identity details and try again.
   */
  INVALID_CPF: { code: 'INVALID_CPF', status: 'F', message: 'Invalid CPF.', action: 'The buyer should check the CPF and other identity details and try again.', known: true },
  /**
   * `F`: The parameter values in the contract do not match those in the current transaction.
   *
   * Further action: Compare the request values with the contract terms; if they agree, ask Antom Technical Support to investigate.
   */
  INVALID_CONTRACT: { code: 'INVALID_CONTRACT', status: 'F', message: 'The parameter values in the contract do not match those in the current transaction.', action: 'Compare the request values with the contract terms; if they agree, ask Antom Technical Support to investigate.', known: true },
  /**
   * `F`: Abnormal identity status.
   *
   * Further action: The buyer should check the identity details provided and try again.
   */
  INVALID_IDENTITY_STATUS: { code: 'INVALID_IDENTITY_STATUS', status: 'F', message: 'Abnormal identity status.', action: 'The buyer should check the identity details provided and try again.', known: true },
  /**
   * `F`: The merchant status is abnormal because restrictions exist.
   *
   * Further action: The merchant account is under restrictions; ask Antom Technical Support for the reason.
   */
  INVALID_MERCHANT_STATUS: { code: 'INVALID_MERCHANT_STATUS', status: 'F', message: 'The merchant status is abnormal because restrictions exist.', action: 'The merchant account is under restrictions; ask Antom Technical Support for the reason.', known: true },
  /**
   * `F`: The payment code cannot be accepted by Antom.
   *
   * Further action: Offer the buyer another payment method; contact Antom Technical Support if this method ought to be supported.
   */
  INVALID_PAYMENT_CODE: { code: 'INVALID_PAYMENT_CODE', status: 'F', message: 'The payment code cannot be accepted by Antom.', action: 'Offer the buyer another payment method; contact Antom Technical Support if this method ought to be supported.', known: true },
  /**
   * `F`: The payment method metadata is invalid.
   *
   * Further action: Check paymentMethod.paymentMethodMetaData; if it looks right, contact Antom Technical Support.
   */
  INVALID_PAYMENT_METHOD_META_DATA: { code: 'INVALID_PAYMENT_METHOD_META_DATA', status: 'F', message: 'The payment method metadata is invalid.', action: 'Check paymentMethod.paymentMethodMetaData; if it looks right, contact Antom Technical Support.', known: true },
  /**
   * `F`: The private key or public key of <span>Antom</span> or the merchant is not found.
   *
   * Further action: Make sure the key pair exists and is registered; upload the missing key in Antom Developer Center.
   */
  KEY_NOT_FOUND: { code: 'KEY_NOT_FOUND', status: 'F', message: 'The private key or public key of <span>Antom</span> or the merchant is not found.', action: 'Make sure the key pair exists and is registered; upload the missing key in Antom Developer Center.', known: true },
  /**
   * `F`: The payment failed because of the merchant's KYB status. The merchant is either not KYB compliant, or the KYB status is not qualified for this transaction.
   *
   * Further action: The merchant's KYB status does not allow this payment; ask Antom Technical Support for details.
   */
  MERCHANT_KYB_NOT_QUALIFIED: { code: 'MERCHANT_KYB_NOT_QUALIFIED', status: 'F', message: 'The payment failed because of the merchant\'s KYB status. The merchant is either not KYB compliant, or the KYB status is not qualified for this transaction.', action: 'The merchant\'s KYB status does not allow this payment; ask Antom Technical Support for details.', known: true },
  /**
   * `F`: The merchant is not registered.
   *
   * Further action: Register the merchant through the registration API first; contact Antom Technical Support if registration fails.
   */
  MERCHANT_NOT_REGISTERED: { code: 'MERCHANT_NOT_REGISTERED', status: 'F', message: 'The merchant is not registered.', action: 'Register the merchant through the registration API first; contact Antom Technical Support if registration fails.', known: true },
  /**
   * `F`: API is not defined.
   *
   * Further action: The endpoint is unknown; compare the request URL with the documented path.
   */
  NO_INTERFACE_DEF: { code: 'NO_INTERFACE_DEF', status: 'F', message: 'API is not defined.', action: 'The endpoint is unknown; compare the request URL with the documented path.', known: true },
  /**
   * `F`: No payment options are available.
   *
   * Further action: No payment option can be offered; ask Antom Technical Support why.
   */
  NO_PAY_OPTIONS: { code: 'NO_PAY_OPTIONS', status: 'F', message: 'No payment options are available.', action: 'No payment option can be offered; ask Antom Technical Support why.', known: true },
  /**
   * `F`: The request you initiated has the same paymentRequestId as the previously paid transaction, which is canceled.
   *
   * Further action: The earlier payment with this paymentRequestId was cancelled; pay again with a new paymentRequestId.
   */
  ORDER_IS_CANCELED: { code: 'ORDER_IS_CANCELED', status: 'F', message: 'The request you initiated has the same paymentRequestId as the previously paid transaction, which is canceled.', action: 'The earlier payment with this paymentRequestId was cancelled; pay again with a new paymentRequestId.', known: true },
  /**
   * `F`: The order associated with the paymentRequestId in your request is closed due to payment failure or payment timeout, etc.
   *
   * Further action: The order was closed (for example after a failure or timeout); pay again with a new paymentRequestId.
   */
  ORDER_IS_CLOSED: { code: 'ORDER_IS_CLOSED', status: 'F', message: 'The order associated with the paymentRequestId in your request is closed due to payment failure or payment timeout, etc.', action: 'The order was closed (for example after a failure or timeout); pay again with a new paymentRequestId.', known: true },
  /**
   * `F`: The required parameters are not passed, or illegal parameters exist. For example, a non-numeric input, an invalid date, or the length and type of the parameter are wrong.
   *
   * Further action: Check that all required header and body fields are present and have the right type, format and length.
   */
  PARAM_ILLEGAL: { code: 'PARAM_ILLEGAL', status: 'F', message: 'The required parameters are not passed, or illegal parameters exist. For example, a non-numeric input, an invalid date, or the length and type of the parameter are wrong.', action: 'Check that all required header and body fields are present and have the right type, format and length.', known: true },
  /**
   * `F`: The payment amount is greater than the maximum amount allowed by the contract or payment method.
   *
   * Further action: The amount is above the contract or payment method limit; use a smaller amount, or ask Antom Technical Support for the limit.
   */
  PAYMENT_AMOUNT_EXCEED_LIMIT: { code: 'PAYMENT_AMOUNT_EXCEED_LIMIT', status: 'F', message: 'The payment amount is greater than the maximum amount allowed by the contract or payment method.', action: 'The amount is above the contract or payment method limit; use a smaller amount, or ask Antom Technical Support for the limit.', known: true },
  /**
   * `F`: The maximum number of payments exceeds the limit that is specified by the payment method.
   *
   * Further action: The payment method's limit on the number of payments was reached; ask Antom Technical Support for the exact limit.
   */
  PAYMENT_COUNT_EXCEED_LIMIT: { code: 'PAYMENT_COUNT_EXCEED_LIMIT', status: 'F', message: 'The maximum number of payments exceeds the limit that is specified by the payment method.', action: 'The payment method\'s limit on the number of payments was reached; ask Antom Technical Support for the exact limit.', known: true },
  /**
   * `F`: The card used for the transaction is not supported.
   *
   * Further action: Let the buyer pay with a different card.
   */
  CARD_NOT_SUPPORTED: { code: 'CARD_NOT_SUPPORTED', status: 'F', message: 'The card used for the transaction is not supported.', action: 'Let the buyer pay with a different card.', known: true },
  /**
   * `F`: The merchant is not qualified to pay because the merchant is not registered, does not have a contract for Auto Debit payment, or is forbidden to make a payment.
   *
   * Further action: The merchant may not make this payment (not registered, no Auto Debit contract, or barred); ask Antom Technical Support.
   */
  PAYMENT_NOT_QUALIFIED: { code: 'PAYMENT_NOT_QUALIFIED', status: 'F', message: 'The merchant is not qualified to pay because the merchant is not registered, does not have a contract for Auto Debit payment, or is forbidden to make a payment.', action: 'The merchant may not make this payment (not registered, no Auto Debit contract, or barred); ask Antom Technical Support.', known: true },
  /**
   * `F`: A general business failure occurred.
   *
   * Further action: Do not retry automatically; a person has to look into it, ideally with Antom Technical Support.
   */
  PROCESS_FAIL: { code: 'PROCESS_FAIL', status: 'F', message: 'A general business failure occurred.', action: 'Do not retry automatically; a person has to look into it, ideally with Antom Technical Support.', known: true },
  /**
   * `F`: The amount or currency is different from the previous request.
   *
   * Further action: A repeat request must carry the same values as the first one; fix the values or use a new paymentRequestId.
   */
  REPEAT_REQ_INCONSISTENT: { code: 'REPEAT_REQ_INCONSISTENT', status: 'F', message: 'The amount or currency is different from the previous request.', action: 'A repeat request must carry the same values as the first one; fix the values or use a new paymentRequestId.', known: true },
  /**
   * `F`: The transaction cannot be further processed because of risk control. If the user has already paid for the transaction, the transaction will be refunded.
   *
   * Further action: Risk control blocked the payment and any money taken is refunded; contact Antom Technical Support if the buyer has no refund after two weeks.
   */
  RISK_REJECT: { code: 'RISK_REJECT', status: 'F', message: 'The transaction cannot be further processed because of risk control. If the user has already paid for the transaction, the transaction will be refunded.', action: 'Risk control blocked the payment and any money taken is refunded; contact Antom Technical Support if the buyer has no refund after two weeks.', known: true },
  /**
   * `F`: No matched settlement contract can be found.
   *
   * Further action: Send one settlement currency the merchant has contracted and check that a settlement contract covers it; otherwise contact Antom Technical Support.
   */
  SETTLE_CONTRACT_NOT_MATCH: { code: 'SETTLE_CONTRACT_NOT_MATCH', status: 'F', message: 'No matched settlement contract can be found.', action: 'Send one settlement currency the merchant has contracted and check that a settlement contract covers it; otherwise contact Antom Technical Support.', known: true },
  /**
   * `F`: A system error occurred.
   *
   * Further action: Do not retry; contact Antom Technical Support.
   */
  SYSTEM_ERROR: { code: 'SYSTEM_ERROR', status: 'F', message: 'A system error occurred.', action: 'Do not retry; contact Antom Technical Support.', known: true },
  /**
   * `F`: The payment amount exceeds the user payment limit.
   *
   * Further action: Create a new payment for an amount within the buyer's available balance, or contact Antom Technical Support.
   */
  USER_AMOUNT_EXCEED_LIMIT: { code: 'USER_AMOUNT_EXCEED_LIMIT', status: 'F', message: 'The payment amount exceeds the user payment limit.', action: 'Create a new payment for an amount within the buyer\'s available balance, or contact Antom Technical Support.', known: true },
  /**
   * `F`: The payment cannot be completed because the user balance in the corresponding payment method is not enough.
   *
   * Further action: The buyer should top up the account or choose another payment method.
   */
  USER_BALANCE_NOT_ENOUGH: { code: 'USER_BALANCE_NOT_ENOUGH', status: 'F', message: 'The payment cannot be completed because the user balance in the corresponding payment method is not enough.', action: 'The buyer should top up the account or choose another payment method.', known: true },
  /**
   * `F`: The payment failed because of the user's KYC status. The user is either not KYC compliant, or the KYC status is not qualified for this transaction (for example, limitations on the payment amount or product information).
   *
   * Further action: The buyer has to complete KYC verification before paying.
   */
  USER_KYC_NOT_QUALIFIED: { code: 'USER_KYC_NOT_QUALIFIED', status: 'F', message: 'The payment failed because of the user\'s KYC status. The user is either not KYC compliant, or the KYC status is not qualified for this transaction (for example, limitations on the payment amount or product information).', action: 'The buyer has to complete KYC verification before paying.', known: true },
  /**
   * `F`: The user does not exist on the wallet side.
   *
   * Further action: The wallet does not know this buyer; ask Antom Technical Support for details.
   */
  USER_NOT_EXIST: { code: 'USER_NOT_EXIST', status: 'F', message: 'The user does not exist on the wallet side.', action: 'The wallet does not know this buyer; ask Antom Technical Support for details.', known: true },
  /**
   * `U`: An API call has failed, which is caused by unknown reasons.
   *
   * Further action: The outcome is unknown; call again (the result logic says with a new paymentRequestId) and contact Antom Technical Support if it keeps happening.
   */
  UNKNOWN_EXCEPTION: { code: 'UNKNOWN_EXCEPTION', status: 'U', message: 'An API call has failed, which is caused by unknown reasons.', action: 'The outcome is unknown; call again (the result logic says with a new paymentRequestId) and contact Antom Technical Support if it keeps happening.', known: true },
  /**
   * `F`: The number of the card used for the transaction is invalid.
   *
   * Further action: Check paymentMethod.paymentMethodMetaData.cardno; correct it if wrong, otherwise the card cannot be used here and the buyer should use another one.
   */
  INVALID_CARD_NUMBER: { code: 'INVALID_CARD_NUMBER', status: 'F', message: 'The number of the card used for the transaction is invalid.', action: 'Check paymentMethod.paymentMethodMetaData.cardno; correct it if wrong, otherwise the card cannot be used here and the buyer should use another one.', known: true },
  /**
   * `U`: The payment is being processed.
   *
   * Further action: Open the cashier page from applinkUrl, normalUrl or schemeUrl; if none was returned, call pay again with a new paymentRequestId and contact Antom Technical Support if that keeps happening.
   */
  PAYMENT_IN_PROCESS: { code: 'PAYMENT_IN_PROCESS', status: 'U', message: 'The payment is being processed.', action: 'Open the cashier page from applinkUrl, normalUrl or schemeUrl; if none was returned, call pay again with a new paymentRequestId and contact Antom Technical Support if that keeps happening.', known: true },
  /**
   * `U`: The request traffic exceeds the limit.
   *
   * Further action: Too many requests; call again later and contact Antom Technical Support if it persists.
   */
  REQUEST_TRAFFIC_EXCEED_LIMIT: { code: 'REQUEST_TRAFFIC_EXCEED_LIMIT', status: 'U', message: 'The request traffic exceeds the limit.', action: 'Too many requests; call again later and contact Antom Technical Support if it persists.', known: true },
  /**
   * `F`: The order does not exist.
   *
   * Further action: Check that the paymentId is correct.
   */
  ORDER_NOT_EXIST: { code: 'ORDER_NOT_EXIST', status: 'F', message: 'The order does not exist.', action: 'Check that the paymentId is correct.', known: true },
  /**
   * `F`: The transaction cannot be further processed because the order status is invalid.
   *
   * Further action: The order is in a state that does not allow this; check the transaction status or ask Antom Technical Support.
   */
  ORDER_STATUS_INVALID: { code: 'ORDER_STATUS_INVALID', status: 'F', message: 'The transaction cannot be further processed because the order status is invalid.', action: 'The order is in a state that does not allow this; check the transaction status or ask Antom Technical Support.', known: true },
  /**
   * `F`: User fails to pass the payment verification in the methods like OTP, PIN, and so on.
   *
   * Further action: The buyer failed a payment check such as an OTP or PIN; ask Antom Technical Support for the exact reason.
   */
  USER_PAYMENT_VERIFICATION_FAILED: { code: 'USER_PAYMENT_VERIFICATION_FAILED', status: 'F', message: 'User fails to pass the payment verification in the methods like OTP, PIN, and so on.', action: 'The buyer failed a payment check such as an OTP or PIN; ask Antom Technical Support for the exact reason.', known: true },
  /**
   * `F`: The user status is abnormal on the wallet side.
   *
   * Further action: The buyer's wallet account is in an abnormal state; ask Antom Technical Support for the exact reason.
   */
  USER_STATUS_ABNORMAL: { code: 'USER_STATUS_ABNORMAL', status: 'F', message: 'The user status is abnormal on the wallet side.', action: 'The buyer\'s wallet account is in an abnormal state; ask Antom Technical Support for the exact reason.', known: true },
  /**
   * `F`: The current verification code failed to pass the payment verification too many times.
   *
   * Further action: Too many wrong attempts; the buyer must request a new verification code.
   */
  VERIFY_TIMES_EXCEED_LIMIT: { code: 'VERIFY_TIMES_EXCEED_LIMIT', status: 'F', message: 'The current verification code failed to pass the payment verification too many times.', action: 'Too many wrong attempts; the buyer must request a new verification code.', known: true },
  /**
   * `F`: The verification code is invalid.
   *
   * Further action: The code entered is wrong; the buyer must request a new verification code.
   */
  VERIFY_UNMATCHED: { code: 'VERIFY_UNMATCHED', status: 'F', message: 'The verification code is invalid.', action: 'The code entered is wrong; the buyer must request a new verification code.', known: true },
  /**
   * `F`: The card brand that the user selected to pay is not available.
   *
   * Further action: The card brand the buyer picked cannot be used; the buyer has to choose another brand or payment method.
   */
  SELECTED_CARD_BRAND_NOT_AVAILABLE: { code: 'SELECTED_CARD_BRAND_NOT_AVAILABLE', status: 'F', message: 'The card brand that the user selected to pay is not available.', action: 'The card brand the buyer picked cannot be used; the buyer has to choose another brand or payment method.', known: true },
  /**
   * `F`: The payment cannot be processed because the goods are prohibited from sale in the country.
   *
   * Further action: The goods may not be sold in that country; the payment cannot be appealed.
   */
  PAYMENT_PROHIBITED: { code: 'PAYMENT_PROHIBITED', status: 'F', message: 'The payment cannot be processed because the goods are prohibited from sale in the country.', action: 'The goods may not be sold in that country; the payment cannot be appealed.', known: true },
  /**
   * `F`: The value of paymentMethod.paymentMethodMetaData.expiryYear or paymentMethod.paymentMethodMetaData.expiryDate is invalid.
   *
   * Further action: Check expiryYear/expiryDate in paymentMethod.paymentMethodMetaData; correct them if wrong, otherwise ask Antom Technical Support.
   */
  INVALID_EXPIRATION_DATE: { code: 'INVALID_EXPIRATION_DATE', status: 'F', message: 'The value of paymentMethod.paymentMethodMetaData.expiryYear or paymentMethod.paymentMethodMetaData.expiryDate is invalid.', action: 'Check expiryYear/expiryDate in paymentMethod.paymentMethodMetaData; correct them if wrong, otherwise ask Antom Technical Support.', known: true },
} as const satisfies Record<string, ResultCodeEntry>;

/** A result code listed for `pay` (POST /v1/payments/pay). */
export type PayResultCode = keyof typeof payResultCodes;

/** Generic entry for a code that `pay` (POST /v1/payments/pay) returned but the table does not list. */
export const payUnknownResultCode = { status: 'U', message: 'Unknown result code', action: 'The code is not in this table, so treat the outcome as unknown: query the payment or ask Antom Technical Support before acting, and if a new attempt is needed make it with a new paymentRequestId.', known: false } as const;

/** True when `code` is listed in the table of `pay` (POST /v1/payments/pay). */
export function isPayResultCode(code: string): code is PayResultCode {
  return Object.prototype.hasOwnProperty.call(payResultCodes, code);
}

/** The table entry for `code`, or the generic entry (with `known: false`) when `pay` (POST /v1/payments/pay) returned a code the table does not list. Never throws. */
export function lookupPayResultCode(code: string): ResultCodeEntry {
  return isPayResultCode(code) ? payResultCodes[code] : { ...payUnknownResultCode, code };
}

/** Every result code listed by any operation of the API. */
export type ResultCode = PayResultCode;

/** Alias of the only result-code table in the spec. */
export const resultCodes = payResultCodes;

/** The table entry for `code`, or a generic entry with `known: false`. Never throws. */
export function lookupResultCode(code: string): ResultCodeEntry {
  return lookupPayResultCode(code);
}
