// Generated from spec/openapi.yaml (Antom Checkout Payment 1.0.0) by generator/. Do not edit.
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
  /** Present (and true) only when the code, or its meaning for this operation, rests on inference rather than on a published table. */
  readonly inferred?: true;
}

/** What a lookup returns: the row, the code it was looked up by, and whether a table lists it. */
export interface ResultCodeEntry<Code extends string = string, Status extends ResultStatus = ResultStatus> extends ResultCodeRow<Status> {
  /** The result code as returned by the API. */
  readonly code: Code;
  /** False only for the generic entry returned for a code that neither the operation's table nor the gateway-wide one lists. */
  readonly known: boolean;
}

/** Gateway-wide result codes: any operation can answer them (14 codes). An operation's own row for the same code takes precedence. */
export const commonResultCodes = {
  /**
   * `F`: The signature is invalid.
   *
   * Further action: Nothing was processed, because Antom could not verify the request signature. Sign with the private key whose public key is registered for this client ID (sandbox and live keys differ), and send that key's keyVersion in the Signature header. Sign exactly what you send, byte for byte - POST, a space, the request path (the /ams/sandbox/api path for a SANDBOX_ client ID), a newline, then Client-Id, Request-Time and the body joined by dots - and send the request again.
   *
   * `inferred`: the code or its meaning here rests on inference, not on a published table.
   */
  INVALID_SIGNATURE: { status: 'F', message: 'The signature is invalid.', action: 'Nothing was processed, because Antom could not verify the request signature. Sign with the private key whose public key is registered for this client ID (sandbox and live keys differ), and send that key\'s keyVersion in the Signature header. Sign exactly what you send, byte for byte - POST, a space, the request path (the /ams/sandbox/api path for a SANDBOX_ client ID), a newline, then Client-Id, Request-Time and the body joined by dots - and send the request again.', inferred: true },
  /**
   * `F`: The private key or public key of <span>Antom</span> or the merchant is not found.
   *
   * Further action: Nothing was processed, because Antom has no key for this client ID and keyVersion. Upload your public key for this client ID in Antom Developer Center (sandbox and live keys are separate), send the keyVersion of that key, and verify answers with the Antom public key of the same environment.
   */
  KEY_NOT_FOUND: { status: 'F', message: 'The private key or public key of <span>Antom</span> or the merchant is not found.', action: 'Nothing was processed, because Antom has no key for this client ID and keyVersion. Upload your public key for this client ID in Antom Developer Center (sandbox and live keys are separate), send the keyVersion of that key, and verify answers with the Antom public key of the same environment.' },
  /**
   * `F`: The client is invalid.
   *
   * Further action: Nothing was processed, because Antom does not accept this Client-Id. Send the client ID exactly as Antom Dashboard shows it; a SANDBOX_ client ID calls the /ams/sandbox/api path and a live one the /ams/api path. If both are right, ask Antom Technical Support.
   */
  CLIENT_INVALID: { status: 'F', message: 'The client is invalid.', action: 'Nothing was processed, because Antom does not accept this Client-Id. Send the client ID exactly as Antom Dashboard shows it; a SANDBOX_ client ID calls the /ams/sandbox/api path and a live one the /ams/api path. If both are right, ask Antom Technical Support.' },
  /**
   * `F`: The client ID exists but is not in a usable state.
   *
   * Further action: Nothing was processed, because this client ID is not active (for example not yet activated, or frozen). Check it in Antom Dashboard and ask Antom Technical Support to enable it; changing the request does not help.
   *
   * `inferred`: the code or its meaning here rests on inference, not on a published table.
   */
  INVALID_CLIENT_STATUS: { status: 'F', message: 'The client ID exists but is not in a usable state.', action: 'Nothing was processed, because this client ID is not active (for example not yet activated, or frozen). Check it in Antom Dashboard and ask Antom Technical Support to enable it; changing the request does not help.', inferred: true },
  /**
   * `F`: Access is denied.
   *
   * Further action: Your client ID has no permission or contract for this API, product or scene. Ask Antom Technical Support to enable it; sending the request again does not help.
   */
  ACCESS_DENIED: { status: 'F', message: 'Access is denied.', action: 'Your client ID has no permission or contract for this API, product or scene. Ask Antom Technical Support to enable it; sending the request again does not help.' },
  /**
   * `F`: API is not defined.
   *
   * Further action: Nothing was processed, because no API exists at the requested URL. Check the host, the /ams/api or /ams/sandbox/api prefix (a SANDBOX_ client ID uses the sandbox one), the version and the exact path, letter case included.
   */
  NO_INTERFACE_DEF: { status: 'F', message: 'API is not defined.', action: 'Nothing was processed, because no API exists at the requested URL. Check the host, the /ams/api or /ams/sandbox/api prefix (a SANDBOX_ client ID uses the sandbox one), the version and the exact path, letter case included.' },
  /**
   * `F`: The server does not implement the requested HTTP method.
   *
   * Further action: Nothing was processed. Call every Antom API with the POST method.
   *
   * `inferred`: the code or its meaning here rests on inference, not on a published table.
   */
  METHOD_NOT_SUPPORTED: { status: 'F', message: 'The server does not implement the requested HTTP method.', action: 'Nothing was processed. Call every Antom API with the POST method.', inferred: true },
  /**
   * `F`: The server does not implement the media type that is acceptable to the client.
   *
   * Further action: Nothing was processed. Send a JSON body with Content-Type: application/json; charset=UTF-8, and accept a JSON answer.
   *
   * `inferred`: the code or its meaning here rests on inference, not on a published table.
   */
  MEDIA_TYPE_NOT_ACCEPTABLE: { status: 'F', message: 'The server does not implement the media type that is acceptable to the client.', action: 'Nothing was processed. Send a JSON body with Content-Type: application/json; charset=UTF-8, and accept a JSON answer.', inferred: true },
  /**
   * `F`: The required parameters are not passed, or illegal parameters exist. For example, a non-numeric input, an invalid date, or the length and type of the parameter are wrong.
   *
   * Further action: Correct the request - the Client-Id, Request-Time, Signature and Content-Type headers and the body fields this API requires, each with a valid format, type and length - and send the corrected request.
   */
  PARAM_ILLEGAL: { status: 'F', message: 'The required parameters are not passed, or illegal parameters exist. For example, a non-numeric input, an invalid date, or the length and type of the parameter are wrong.', action: 'Correct the request - the Client-Id, Request-Time, Signature and Content-Type headers and the body fields this API requires, each with a valid format, type and length - and send the corrected request.' },
  /**
   * `F`: The access token is expired, revoked, or does not exist.
   *
   * Further action: Check the accessToken you sent. If it expired or was revoked, have the buyer authorize again; if it looks right, ask Antom Technical Support.
   */
  INVALID_ACCESS_TOKEN: { status: 'F', message: 'The access token is expired, revoked, or does not exist.', action: 'Check the accessToken you sent. If it expired or was revoked, have the buyer authorize again; if it looks right, ask Antom Technical Support.' },
  /**
   * `F`: A general business failure occurred.
   *
   * Further action: Do not resend on your own; ask Antom Technical Support what failed.
   */
  PROCESS_FAIL: { status: 'F', message: 'A general business failure occurred.', action: 'Do not resend on your own; ask Antom Technical Support what failed.' },
  /**
   * `F`: A system error occurred.
   *
   * Further action: Antom failed internally. Do not resend on your own; report it to Antom Technical Support.
   */
  SYSTEM_ERROR: { status: 'F', message: 'A system error occurred.', action: 'Antom failed internally. Do not resend on your own; report it to Antom Technical Support.' },
  /**
   * `U`: The request traffic exceeds the limit.
   *
   * Further action: Too many requests. Wait, then send the identical request again with the same request IDs, waiting longer each time; ask Antom Technical Support if it persists.
   */
  REQUEST_TRAFFIC_EXCEED_LIMIT: { status: 'U', message: 'The request traffic exceeds the limit.', action: 'Too many requests. Wait, then send the identical request again with the same request IDs, waiting longer each time; ask Antom Technical Support if it persists.' },
  /**
   * `U`: An API call has failed, which is caused by unknown reasons.
   *
   * Further action: The outcome is unknown. Send the identical request again later with the same request IDs (they make a resend safe); contact Antom Technical Support if it keeps happening.
   */
  UNKNOWN_EXCEPTION: { status: 'U', message: 'An API call has failed, which is caused by unknown reasons.', action: 'The outcome is unknown. Send the identical request again later with the same request IDs (they make a resend safe); contact Antom Technical Support if it keeps happening.' },
} as const satisfies Record<string, ResultCodeRow>;

/** A gateway-wide result code. */
export type CommonResultCode = keyof typeof commonResultCodes;

/** True when `code` is listed in the gateway-wide table. */
export function isCommonResultCode(code: string): code is CommonResultCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(commonResultCodes, code);
}

/** A fresh entry for a gateway-wide code (its row plus `code` and `known: true`), or undefined for any other code: an operation's lookup then answers with its own fallback. Never throws. */
export function lookupCommonResultCode(code: string): ResultCodeEntry | undefined {
  const row = ownRow(commonResultCodes, code);
  return row ? { ...row, code, known: true } : undefined;
}

/** The row `table` lists for `code`, never an inherited key such as `toString`. */
function ownRow(table: Readonly<Record<string, ResultCodeRow>>, code: string): ResultCodeRow | undefined {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(table, code) ? table[code] : undefined;
}

/** The operation's own row, else the gateway-wide row, else the operation's fallback (`known: false`). */
function entryOf(table: Readonly<Record<string, ResultCodeRow>>, fallback: ResultCodeRow, code: string): ResultCodeEntry {
  const row = ownRow(table, code) ?? ownRow(commonResultCodes, code);
  return row ? { ...row, code, known: true } : { ...fallback, code, known: false };
}

/** Result codes of `pay` (POST /v1/payments/pay), in the order of the spec's table (51 codes). The gateway-wide codes of `commonResultCodes` apply too. */
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

/** A result code `pay` (POST /v1/payments/pay) can answer: its own table's or a gateway-wide one. */
export type PayResultCode = keyof typeof payResultCodes | CommonResultCode;

/** Generic row for a code that `pay` (POST /v1/payments/pay) returned but neither its table nor the gateway-wide one lists. */
export const payUnknownResultCode = { status: 'U', message: 'Unknown result code', action: 'No guidance in this table; query the payment before acting. Any new attempt needs a new paymentRequestId.' } as const satisfies ResultCodeRow;

/** True when `code` is listed in the table of `pay` (POST /v1/payments/pay) or in the gateway-wide one. */
export function isPayResultCode(code: string): code is PayResultCode {
  return ownRow(payResultCodes, code) !== undefined || isCommonResultCode(code);
}

/** A fresh entry: the row of `code` in the table of `pay` (POST /v1/payments/pay), else its gateway-wide row, plus `code` and `known: true`; or the generic row with `known: false`. Never throws. */
export function lookupPayResultCode(code: string): ResultCodeEntry {
  return entryOf(payResultCodes, payUnknownResultCode, code);
}

/** Result codes of `inquiryPayment` (POST /v1/payments/inquiryPayment), in the order of the spec's table (3 codes). The gateway-wide codes of `commonResultCodes` apply too. */
export const inquiryPaymentResultCodes = {
  /**
   * `S`: Success
   *
   * Further action: Read paymentStatus and act on it.
   */
  SUCCESS: { status: 'S', message: 'Success', action: 'Read paymentStatus and act on it.' },
  /**
   * `F`: The required parameters are not passed, or illegal parameters exist. For example, a non-numeric input, an invalid date, or the length and type of the parameter are wrong.
   *
   * Further action: Send paymentId or paymentRequestId, each at most 64 characters.
   *
   * `inferred`: the code or its meaning here rests on inference, not on a published table.
   */
  PARAM_ILLEGAL: { status: 'F', message: 'The required parameters are not passed, or illegal parameters exist. For example, a non-numeric input, an invalid date, or the length and type of the parameter are wrong.', action: 'Send paymentId or paymentRequestId, each at most 64 characters.', inferred: true },
  /**
   * `F`: The order does not exist.
   *
   * Further action: No payment has that ID; check the ID and the environment (sandbox or production).
   *
   * `inferred`: the code or its meaning here rests on inference, not on a published table.
   */
  ORDER_NOT_EXIST: { status: 'F', message: 'The order does not exist.', action: 'No payment has that ID; check the ID and the environment (sandbox or production).', inferred: true },
} as const satisfies Record<string, ResultCodeRow>;

/** A result code `inquiryPayment` (POST /v1/payments/inquiryPayment) can answer: its own table's or a gateway-wide one. */
export type InquiryPaymentResultCode = keyof typeof inquiryPaymentResultCodes | CommonResultCode;

/** Generic row for a code that `inquiryPayment` (POST /v1/payments/inquiryPayment) returned but neither its table nor the gateway-wide one lists. */
export const inquiryPaymentUnknownResultCode = { status: 'U', message: 'Unknown result code', action: 'No guidance in this table; query again later and contact Antom Technical Support if it repeats.' } as const satisfies ResultCodeRow;

/** True when `code` is listed in the table of `inquiryPayment` (POST /v1/payments/inquiryPayment) or in the gateway-wide one. */
export function isInquiryPaymentResultCode(code: string): code is InquiryPaymentResultCode {
  return ownRow(inquiryPaymentResultCodes, code) !== undefined || isCommonResultCode(code);
}

/** A fresh entry: the row of `code` in the table of `inquiryPayment` (POST /v1/payments/inquiryPayment), else its gateway-wide row, plus `code` and `known: true`; or the generic row with `known: false`. Never throws. */
export function lookupInquiryPaymentResultCode(code: string): ResultCodeEntry {
  return entryOf(inquiryPaymentResultCodes, inquiryPaymentUnknownResultCode, code);
}

/** Result codes of `cancel` (POST /v1/payments/cancel), in the order of the spec's table (9 codes). The gateway-wide codes of `commonResultCodes` apply too. */
export const cancelResultCodes = {
  /**
   * `S`: Success
   *
   * Further action: Mark the order as cancelled; the buyer can no longer pay, or is refunded in full.
   */
  SUCCESS: { status: 'S', message: 'Success', action: 'Mark the order as cancelled; the buyer can no longer pay, or is refunded in full.' },
  /**
   * `F`: The cancellation request is outside the cancellable period agreed in the contract.
   *
   * Further action: Too late to cancel; refund the payment instead.
   */
  CANCEL_WINDOW_EXCEED: { status: 'F', message: 'The cancellation request is outside the cancellable period agreed in the contract.', action: 'Too late to cancel; refund the payment instead.' },
  /**
   * `F`: The client is invalid.
   *
   * Further action: Check the Client-Id header you send.
   */
  CLIENT_INVALID: { status: 'F', message: 'The client is invalid.', action: 'Check the Client-Id header you send.' },
  /**
   * `F`: The order does not exist.
   *
   * Further action: Check paymentId / paymentRequestId and the environment (sandbox or production).
   */
  ORDER_NOT_EXIST: { status: 'F', message: 'The order does not exist.', action: 'Check paymentId / paymentRequestId and the environment (sandbox or production).' },
  /**
   * `F`: The transaction cannot be further processed because the order status is invalid.
   *
   * Further action: Check the payment with inquiryPayment before acting.
   *
   * `inferred`: the code or its meaning here rests on inference, not on a published table.
   */
  ORDER_STATUS_INVALID: { status: 'F', message: 'The transaction cannot be further processed because the order status is invalid.', action: 'Check the payment with inquiryPayment before acting.', inferred: true },
  /**
   * `F`: Access is denied.
   *
   * Further action: Access refused; ask Antom Technical Support why.
   */
  ACCESS_DENIED: { status: 'F', message: 'Access is denied.', action: 'Access refused; ask Antom Technical Support why.' },
  /**
   * `F`: A general business failure occurred.
   *
   * Further action: Do not retry blindly. A payment that has any refund cannot be cancelled; otherwise ask Antom Technical Support.
   */
  PROCESS_FAIL: { status: 'F', message: 'A general business failure occurred.', action: 'Do not retry blindly. A payment that has any refund cannot be cancelled; otherwise ask Antom Technical Support.' },
  /**
   * `F`: The required parameters are not passed, or illegal parameters exist. For example, a non-numeric input, an invalid date, or the length and type of the parameter are wrong.
   *
   * Further action: Send paymentId or paymentRequestId, each at most 64 characters.
   *
   * `inferred`: the code or its meaning here rests on inference, not on a published table.
   */
  PARAM_ILLEGAL: { status: 'F', message: 'The required parameters are not passed, or illegal parameters exist. For example, a non-numeric input, an invalid date, or the length and type of the parameter are wrong.', action: 'Send paymentId or paymentRequestId, each at most 64 characters.', inferred: true },
  /**
   * `U`: An API call has failed, which is caused by unknown reasons.
   *
   * Further action: Resend the identical cancel request; after three U answers in a row, contact Antom Technical Support.
   *
   * `inferred`: the code or its meaning here rests on inference, not on a published table.
   */
  UNKNOWN_EXCEPTION: { status: 'U', message: 'An API call has failed, which is caused by unknown reasons.', action: 'Resend the identical cancel request; after three U answers in a row, contact Antom Technical Support.', inferred: true },
} as const satisfies Record<string, ResultCodeRow>;

/** A result code `cancel` (POST /v1/payments/cancel) can answer: its own table's or a gateway-wide one. */
export type CancelResultCode = keyof typeof cancelResultCodes | CommonResultCode;

/** Generic row for a code that `cancel` (POST /v1/payments/cancel) returned but neither its table nor the gateway-wide one lists. */
export const cancelUnknownResultCode = { status: 'U', message: 'Unknown result code', action: 'No guidance in this table; check the payment with inquiryPayment, then resend the identical cancel if it is not cancelled.' } as const satisfies ResultCodeRow;

/** True when `code` is listed in the table of `cancel` (POST /v1/payments/cancel) or in the gateway-wide one. */
export function isCancelResultCode(code: string): code is CancelResultCode {
  return ownRow(cancelResultCodes, code) !== undefined || isCommonResultCode(code);
}

/** A fresh entry: the row of `code` in the table of `cancel` (POST /v1/payments/cancel), else its gateway-wide row, plus `code` and `known: true`; or the generic row with `known: false`. Never throws. */
export function lookupCancelResultCode(code: string): ResultCodeEntry {
  return entryOf(cancelResultCodes, cancelUnknownResultCode, code);
}

/** Result codes of `capture` (POST /v1/payments/capture), in the order of the spec's table (11 codes). The gateway-wide codes of `commonResultCodes` apply too. */
export const captureResultCodes = {
  /**
   * `S`: Success
   *
   * Further action: Captured; nothing more to do.
   */
  SUCCESS: { status: 'S', message: 'Success', action: 'Captured; nothing more to do.' },
  /**
   * `F`: Access is denied.
   *
   * Further action: Access refused; ask Antom Technical Support why.
   */
  ACCESS_DENIED: { status: 'F', message: 'Access is denied.', action: 'Access refused; ask Antom Technical Support why.' },
  /**
   * `F`: The authorization has been cancelled.
   *
   * Further action: Nothing left to capture; start a new payment with a new paymentRequestId.
   */
  AUTH_CANCELLED: { status: 'F', message: 'The authorization has been cancelled.', action: 'Nothing left to capture; start a new payment with a new paymentRequestId.' },
  /**
   * `F`: The authorization has expired.
   *
   * Further action: Too late to capture; start a new payment with a new paymentRequestId.
   *
   * `inferred`: the code or its meaning here rests on inference, not on a published table.
   */
  AUTH_EXPIRED: { status: 'F', message: 'The authorization has expired.', action: 'Too late to capture; start a new payment with a new paymentRequestId.', inferred: true },
  /**
   * `F`: The authorization cannot be found.
   *
   * Further action: Check paymentId; if it is right, ask Antom Technical Support.
   *
   * `inferred`: the code or its meaning here rests on inference, not on a published table.
   */
  AUTH_NOT_FOUND: { status: 'F', message: 'The authorization cannot be found.', action: 'Check paymentId; if it is right, ask Antom Technical Support.', inferred: true },
  /**
   * `F`: The total captured amount exceeds the authorized amount.
   *
   * Further action: Capture at most what is left of the authorisation, with a new captureRequestId.
   *
   * `inferred`: the code or its meaning here rests on inference, not on a published table.
   */
  CAPTURE_AMOUNT_EXCEED_AUTH_LIMIT: { status: 'F', message: 'The total captured amount exceeds the authorized amount.', action: 'Capture at most what is left of the authorisation, with a new captureRequestId.', inferred: true },
  /**
   * `U`: The capture is being processed.
   *
   * Further action: Wait for notifyCapture or read the CAPTURE entry of inquiryPayment.transactions.
   *
   * `inferred`: the code or its meaning here rests on inference, not on a published table.
   */
  CAPTURE_IN_PROCESS: { status: 'U', message: 'The capture is being processed.', action: 'Wait for notifyCapture or read the CAPTURE entry of inquiryPayment.transactions.', inferred: true },
  /**
   * `F`: The currency is not supported.
   *
   * Further action: Capture in the payment's currency; ask Antom Technical Support if it persists.
   *
   * `inferred`: the code or its meaning here rests on inference, not on a published table.
   */
  CURRENCY_NOT_SUPPORT: { status: 'F', message: 'The currency is not supported.', action: 'Capture in the payment\'s currency; ask Antom Technical Support if it persists.', inferred: true },
  /**
   * `F`: The parameter values in the contract do not match those in the current transaction.
   *
   * Further action: If the values match the contract, ask Antom Technical Support.
   *
   * `inferred`: the code or its meaning here rests on inference, not on a published table.
   */
  INVALID_CONTRACT: { status: 'F', message: 'The parameter values in the contract do not match those in the current transaction.', action: 'If the values match the contract, ask Antom Technical Support.', inferred: true },
  /**
   * `F`: The transaction does not support multiple captures.
   *
   * Further action: Only one capture is allowed here; ask Antom Technical Support about the rest.
   *
   * `inferred`: the code or its meaning here rests on inference, not on a published table.
   */
  MULTI_CAPTURE_NOT_SUPPORTED: { status: 'F', message: 'The transaction does not support multiple captures.', action: 'Only one capture is allowed here; ask Antom Technical Support about the rest.', inferred: true },
  /**
   * `F`: The amount or currency is different from the previous request.
   *
   * Further action: This captureRequestId was used with another amount. Resend its original captureAmount, or capture with a new captureRequestId.
   *
   * `inferred`: the code or its meaning here rests on inference, not on a published table.
   */
  REPEAT_REQ_INCONSISTENT: { status: 'F', message: 'The amount or currency is different from the previous request.', action: 'This captureRequestId was used with another amount. Resend its original captureAmount, or capture with a new captureRequestId.', inferred: true },
} as const satisfies Record<string, ResultCodeRow>;

/** A result code `capture` (POST /v1/payments/capture) can answer: its own table's or a gateway-wide one. */
export type CaptureResultCode = keyof typeof captureResultCodes | CommonResultCode;

/** Generic row for a code that `capture` (POST /v1/payments/capture) returned but neither its table nor the gateway-wide one lists. */
export const captureUnknownResultCode = { status: 'U', message: 'Unknown result code', action: 'No guidance in this table; check the capture in inquiryPayment.transactions before capturing again.' } as const satisfies ResultCodeRow;

/** True when `code` is listed in the table of `capture` (POST /v1/payments/capture) or in the gateway-wide one. */
export function isCaptureResultCode(code: string): code is CaptureResultCode {
  return ownRow(captureResultCodes, code) !== undefined || isCommonResultCode(code);
}

/** A fresh entry: the row of `code` in the table of `capture` (POST /v1/payments/capture), else its gateway-wide row, plus `code` and `known: true`; or the generic row with `known: false`. Never throws. */
export function lookupCaptureResultCode(code: string): ResultCodeEntry {
  return entryOf(captureResultCodes, captureUnknownResultCode, code);
}

/** Result codes of `refund` (POST /v1/payments/refund), in the order of the spec's table (10 codes). The gateway-wide codes of `commonResultCodes` apply too. */
export const refundResultCodes = {
  /**
   * `S`: Success
   *
   * Further action: Refund done; nothing more to do.
   */
  SUCCESS: { status: 'S', message: 'Success', action: 'Refund done; nothing more to do.' },
  /**
   * `U`: The refund is being processed.
   *
   * Further action: Accepted; wait for notifyRefund or poll inquiryRefund. Do not send a new refund.
   */
  REFUND_IN_PROCESS: { status: 'U', message: 'The refund is being processed.', action: 'Accepted; wait for notifyRefund or poll inquiryRefund. Do not send a new refund.' },
  /**
   * `F`: The currency is not supported.
   *
   * Further action: Refund in the currency of the original payment, with a new refundRequestId.
   */
  CURRENCY_NOT_SUPPORT: { status: 'F', message: 'The currency is not supported.', action: 'Refund in the currency of the original payment, with a new refundRequestId.' },
  /**
   * `F`: The refund amount is below the minimum refund amount or above the amount still refundable.
   *
   * Further action: Correct the amount (within what is still refundable) and send with a new refundRequestId.
   */
  REFUND_AMOUNT_EXCEED: { status: 'F', message: 'The refund amount is below the minimum refund amount or above the amount still refundable.', action: 'Correct the amount (within what is still refundable) and send with a new refundRequestId.' },
  /**
   * `F`: The transaction cannot be further processed because the order status is invalid.
   *
   * Further action: Payment not refundable now (not successful, card not captured, or in a chargeback); check it with inquiryPayment.
   */
  ORDER_STATUS_INVALID: { status: 'F', message: 'The transaction cannot be further processed because the order status is invalid.', action: 'Payment not refundable now (not successful, card not captured, or in a chargeback); check it with inquiryPayment.' },
  /**
   * `F`: The refund period of the payment method has passed.
   *
   * Further action: Too late to refund through the API; settle with the buyer another way.
   */
  REFUND_WINDOW_EXCEED: { status: 'F', message: 'The refund period of the payment method has passed.', action: 'Too late to refund through the API; settle with the buyer another way.' },
  /**
   * `F`: The payment does not accept more than one refund.
   *
   * Further action: Do not send another refund for this payment.
   *
   * `inferred`: the code or its meaning here rests on inference, not on a published table.
   */
  MULTIPLE_REFUNDS_NOT_SUPPORTED: { status: 'F', message: 'The payment does not accept more than one refund.', action: 'Do not send another refund for this payment.', inferred: true },
  /**
   * `F`: The required parameters are not passed, or illegal parameters exist. For example, a non-numeric input, an invalid date, or the length and type of the parameter are wrong.
   *
   * Further action: Fix the fields, then send with a new refundRequestId.
   *
   * `inferred`: the code or its meaning here rests on inference, not on a published table.
   */
  PARAM_ILLEGAL: { status: 'F', message: 'The required parameters are not passed, or illegal parameters exist. For example, a non-numeric input, an invalid date, or the length and type of the parameter are wrong.', action: 'Fix the fields, then send with a new refundRequestId.', inferred: true },
  /**
   * `F`: The amount or currency is different from the previous request.
   *
   * Further action: Resend the original values for this refundRequestId, or use a new one.
   *
   * `inferred`: the code or its meaning here rests on inference, not on a published table.
   */
  REPEAT_REQ_INCONSISTENT: { status: 'F', message: 'The amount or currency is different from the previous request.', action: 'Resend the original values for this refundRequestId, or use a new one.', inferred: true },
  /**
   * `F`: The order does not exist.
   *
   * Further action: Check paymentId and the environment (sandbox or production).
   *
   * `inferred`: the code or its meaning here rests on inference, not on a published table.
   */
  ORDER_NOT_EXIST: { status: 'F', message: 'The order does not exist.', action: 'Check paymentId and the environment (sandbox or production).', inferred: true },
} as const satisfies Record<string, ResultCodeRow>;

/** A result code `refund` (POST /v1/payments/refund) can answer: its own table's or a gateway-wide one. */
export type RefundResultCode = keyof typeof refundResultCodes | CommonResultCode;

/** Generic row for a code that `refund` (POST /v1/payments/refund) returned but neither its table nor the gateway-wide one lists. */
export const refundUnknownResultCode = { status: 'U', message: 'Unknown result code', action: 'No guidance in this table; check the refund with inquiryRefund before sending anything new.' } as const satisfies ResultCodeRow;

/** True when `code` is listed in the table of `refund` (POST /v1/payments/refund) or in the gateway-wide one. */
export function isRefundResultCode(code: string): code is RefundResultCode {
  return ownRow(refundResultCodes, code) !== undefined || isCommonResultCode(code);
}

/** A fresh entry: the row of `code` in the table of `refund` (POST /v1/payments/refund), else its gateway-wide row, plus `code` and `known: true`; or the generic row with `known: false`. Never throws. */
export function lookupRefundResultCode(code: string): ResultCodeEntry {
  return entryOf(refundResultCodes, refundUnknownResultCode, code);
}

/** Result codes of `inquiryRefund` (POST /v1/payments/inquiryRefund), in the order of the spec's table (3 codes). The gateway-wide codes of `commonResultCodes` apply too. */
export const inquiryRefundResultCodes = {
  /**
   * `S`: Success
   *
   * Further action: Read refundStatus and act on it; if the refund fields are empty, no refund has that ID.
   */
  SUCCESS: { status: 'S', message: 'Success', action: 'Read refundStatus and act on it; if the refund fields are empty, no refund has that ID.' },
  /**
   * `F`: The required parameters are not passed, or illegal parameters exist. For example, a non-numeric input, an invalid date, or the length and type of the parameter are wrong.
   *
   * Further action: Send refundId or refundRequestId, each at most 64 characters.
   *
   * `inferred`: the code or its meaning here rests on inference, not on a published table.
   */
  PARAM_ILLEGAL: { status: 'F', message: 'The required parameters are not passed, or illegal parameters exist. For example, a non-numeric input, an invalid date, or the length and type of the parameter are wrong.', action: 'Send refundId or refundRequestId, each at most 64 characters.', inferred: true },
  /**
   * `F`: The order does not exist.
   *
   * Further action: No refund has that ID; check it and the environment (sandbox or production).
   *
   * `inferred`: the code or its meaning here rests on inference, not on a published table.
   */
  ORDER_NOT_EXIST: { status: 'F', message: 'The order does not exist.', action: 'No refund has that ID; check it and the environment (sandbox or production).', inferred: true },
} as const satisfies Record<string, ResultCodeRow>;

/** A result code `inquiryRefund` (POST /v1/payments/inquiryRefund) can answer: its own table's or a gateway-wide one. */
export type InquiryRefundResultCode = keyof typeof inquiryRefundResultCodes | CommonResultCode;

/** Generic row for a code that `inquiryRefund` (POST /v1/payments/inquiryRefund) returned but neither its table nor the gateway-wide one lists. */
export const inquiryRefundUnknownResultCode = { status: 'U', message: 'Unknown result code', action: 'No guidance in this table; query again later and contact Antom Technical Support if it repeats.' } as const satisfies ResultCodeRow;

/** True when `code` is listed in the table of `inquiryRefund` (POST /v1/payments/inquiryRefund) or in the gateway-wide one. */
export function isInquiryRefundResultCode(code: string): code is InquiryRefundResultCode {
  return ownRow(inquiryRefundResultCodes, code) !== undefined || isCommonResultCode(code);
}

/** A fresh entry: the row of `code` in the table of `inquiryRefund` (POST /v1/payments/inquiryRefund), else its gateway-wide row, plus `code` and `known: true`; or the generic row with `known: false`. Never throws. */
export function lookupInquiryRefundResultCode(code: string): ResultCodeEntry {
  return entryOf(inquiryRefundResultCodes, inquiryRefundUnknownResultCode, code);
}

/** Result codes of `createPaymentSession` (POST /v1/payments/createPaymentSession), in the order of the spec's table (4 codes). The gateway-wide codes of `commonResultCodes` apply too. */
export const createPaymentSessionResultCodes = {
  /**
   * `S`: Success
   *
   * Further action: Pass normalUrl (hosted Checkout Page) or paymentSessionData (embedded page, Element, EasySafePay) to the front end, then wait for notifyPayment or query inquiryPayment.
   */
  SUCCESS: { status: 'S', message: 'Success', action: 'Pass normalUrl (hosted Checkout Page) or paymentSessionData (embedded page, Element, EasySafePay) to the front end, then wait for notifyPayment or query inquiryPayment.' },
  /**
   * `F`: The required parameters are not passed, or illegal parameters exist. For example, a non-numeric input, an invalid date, or the length and type of the parameter are wrong.
   *
   * Further action: Fix the fields the scene requires (type, format, length), then send the corrected request.
   *
   * `inferred`: the code or its meaning here rests on inference, not on a published table.
   */
  PARAM_ILLEGAL: { status: 'F', message: 'The required parameters are not passed, or illegal parameters exist. For example, a non-numeric input, an invalid date, or the length and type of the parameter are wrong.', action: 'Fix the fields the scene requires (type, format, length), then send the corrected request.', inferred: true },
  /**
   * `F`: The amount or currency is different from the previous request.
   *
   * Further action: This paymentRequestId was used with other values; resend the original values or use a new paymentRequestId.
   *
   * `inferred`: the code or its meaning here rests on inference, not on a published table.
   */
  REPEAT_REQ_INCONSISTENT: { status: 'F', message: 'The amount or currency is different from the previous request.', action: 'This paymentRequestId was used with other values; resend the original values or use a new paymentRequestId.', inferred: true },
  /**
   * `F`: The order associated with the paymentRequestId in your request is closed due to payment failure or payment timeout, etc.
   *
   * Further action: The payment behind this paymentRequestId has failed or expired; create a new session with a new paymentRequestId.
   *
   * `inferred`: the code or its meaning here rests on inference, not on a published table.
   */
  ORDER_IS_CLOSED: { status: 'F', message: 'The order associated with the paymentRequestId in your request is closed due to payment failure or payment timeout, etc.', action: 'The payment behind this paymentRequestId has failed or expired; create a new session with a new paymentRequestId.', inferred: true },
} as const satisfies Record<string, ResultCodeRow>;

/** A result code `createPaymentSession` (POST /v1/payments/createPaymentSession) can answer: its own table's or a gateway-wide one. */
export type CreatePaymentSessionResultCode = keyof typeof createPaymentSessionResultCodes | CommonResultCode;

/** Generic row for a code that `createPaymentSession` (POST /v1/payments/createPaymentSession) returned but neither its table nor the gateway-wide one lists. */
export const createPaymentSessionUnknownResultCode = { status: 'U', message: 'Unknown result code', action: 'No guidance in this table; check the payment with inquiryPayment before creating another session.' } as const satisfies ResultCodeRow;

/** True when `code` is listed in the table of `createPaymentSession` (POST /v1/payments/createPaymentSession) or in the gateway-wide one. */
export function isCreatePaymentSessionResultCode(code: string): code is CreatePaymentSessionResultCode {
  return ownRow(createPaymentSessionResultCodes, code) !== undefined || isCommonResultCode(code);
}

/** A fresh entry: the row of `code` in the table of `createPaymentSession` (POST /v1/payments/createPaymentSession), else its gateway-wide row, plus `code` and `known: true`; or the generic row with `known: false`. Never throws. */
export function lookupCreatePaymentSessionResultCode(code: string): ResultCodeEntry {
  return entryOf(createPaymentSessionResultCodes, createPaymentSessionUnknownResultCode, code);
}

/** Result codes of `consult` (POST /v1/payments/consult), in the order of the spec's table (4 codes). The gateway-wide codes of `commonResultCodes` apply too. */
export const consultResultCodes = {
  /**
   * `S`: Success
   *
   * Further action: Show the enabled paymentOptions in the order given; hide or grey out the others.
   *
   * `inferred`: the code or its meaning here rests on inference, not on a published table.
   */
  SUCCESS: { status: 'S', message: 'Success', action: 'Show the enabled paymentOptions in the order given; hide or grey out the others.', inferred: true },
  /**
   * `F`: The required parameters are not passed, or illegal parameters exist. For example, a non-numeric input, an invalid date, or the length and type of the parameter are wrong.
   *
   * Further action: Fix productCode, paymentAmount and env (type, format, length), then call again.
   *
   * `inferred`: the code or its meaning here rests on inference, not on a published table.
   */
  PARAM_ILLEGAL: { status: 'F', message: 'The required parameters are not passed, or illegal parameters exist. For example, a non-numeric input, an invalid date, or the length and type of the parameter are wrong.', action: 'Fix productCode, paymentAmount and env (type, format, length), then call again.', inferred: true },
  /**
   * `F`: No payment options are available.
   *
   * Further action: No method fits this amount, currency and environment; check the contract with Antom Technical Support.
   *
   * `inferred`: the code or its meaning here rests on inference, not on a published table.
   */
  NO_PAY_OPTIONS: { status: 'F', message: 'No payment options are available.', action: 'No method fits this amount, currency and environment; check the contract with Antom Technical Support.', inferred: true },
  /**
   * `F`: The currency is not supported.
   *
   * Further action: Use a currency of your contract, or ask Antom Technical Support to add this one.
   *
   * `inferred`: the code or its meaning here rests on inference, not on a published table.
   */
  CURRENCY_NOT_SUPPORT: { status: 'F', message: 'The currency is not supported.', action: 'Use a currency of your contract, or ask Antom Technical Support to add this one.', inferred: true },
} as const satisfies Record<string, ResultCodeRow>;

/** A result code `consult` (POST /v1/payments/consult) can answer: its own table's or a gateway-wide one. */
export type ConsultResultCode = keyof typeof consultResultCodes | CommonResultCode;

/** Generic row for a code that `consult` (POST /v1/payments/consult) returned but neither its table nor the gateway-wide one lists. */
export const consultUnknownResultCode = { status: 'U', message: 'Unknown result code', action: 'No guidance in this table; call again, and contact Antom Technical Support if it repeats.' } as const satisfies ResultCodeRow;

/** True when `code` is listed in the table of `consult` (POST /v1/payments/consult) or in the gateway-wide one. */
export function isConsultResultCode(code: string): code is ConsultResultCode {
  return ownRow(consultResultCodes, code) !== undefined || isCommonResultCode(code);
}

/** A fresh entry: the row of `code` in the table of `consult` (POST /v1/payments/consult), else its gateway-wide row, plus `code` and `known: true`; or the generic row with `known: false`. Never throws. */
export function lookupConsultResultCode(code: string): ResultCodeEntry {
  return entryOf(consultResultCodes, consultUnknownResultCode, code);
}

/** Result codes of `acceptDispute` (POST /v1/payments/acceptDispute), in the order of the spec's table (5 codes). The gateway-wide codes of `commonResultCodes` apply too. */
export const acceptDisputeResultCodes = {
  /**
   * `S`: Success
   *
   * Further action: Accepted; the disputed amount goes back to the buyer. Nothing more to do for this dispute.
   */
  SUCCESS: { status: 'S', message: 'Success', action: 'Accepted; the disputed amount goes back to the buyer. Nothing more to do for this dispute.' },
  /**
   * `F`: The required parameters are not passed, or illegal parameters exist. For example, a non-numeric input, an invalid date, or the length and type of the parameter are wrong.
   *
   * Further action: Check the headers and disputeId (the one from the dispute notification, at most 64 characters), then call again.
   */
  PARAM_ILLEGAL: { status: 'F', message: 'The required parameters are not passed, or illegal parameters exist. For example, a non-numeric input, an invalid date, or the length and type of the parameter are wrong.', action: 'Check the headers and disputeId (the one from the dispute notification, at most 64 characters), then call again.' },
  /**
   * `F`: The request is repeated.
   *
   * Further action: The dispute was already accepted or defended; ask Antom Technical Support for its state if unsure.
   */
  REPEAT_REQUEST: { status: 'F', message: 'The request is repeated.', action: 'The dispute was already accepted or defended; ask Antom Technical Support for its state if unsure.' },
  /**
   * `F`: The defense is overdue, so the dispute can no longer be accepted or defended.
   *
   * Further action: The deadline (defenseDueTime) has passed; nothing more can be done through the API. Ask Antom Technical Support about the time limit.
   */
  TIME_EXCEEDS_LIMIT: { status: 'F', message: 'The defense is overdue, so the dispute can no longer be accepted or defended.', action: 'The deadline (defenseDueTime) has passed; nothing more can be done through the API. Ask Antom Technical Support about the time limit.' },
  /**
   * `U`: An API call has failed, which is caused by unknown reasons.
   *
   * Further action: Call again with the same disputeId; contact Antom Technical Support if it keeps failing.
   */
  UNKNOWN_EXCEPTION: { status: 'U', message: 'An API call has failed, which is caused by unknown reasons.', action: 'Call again with the same disputeId; contact Antom Technical Support if it keeps failing.' },
} as const satisfies Record<string, ResultCodeRow>;

/** A result code `acceptDispute` (POST /v1/payments/acceptDispute) can answer: its own table's or a gateway-wide one. */
export type AcceptDisputeResultCode = keyof typeof acceptDisputeResultCodes | CommonResultCode;

/** Generic row for a code that `acceptDispute` (POST /v1/payments/acceptDispute) returned but neither its table nor the gateway-wide one lists. */
export const acceptDisputeUnknownResultCode = { status: 'U', message: 'Unknown result code', action: 'No guidance in this table; call again with the same disputeId, or ask Antom Technical Support.' } as const satisfies ResultCodeRow;

/** True when `code` is listed in the table of `acceptDispute` (POST /v1/payments/acceptDispute) or in the gateway-wide one. */
export function isAcceptDisputeResultCode(code: string): code is AcceptDisputeResultCode {
  return ownRow(acceptDisputeResultCodes, code) !== undefined || isCommonResultCode(code);
}

/** A fresh entry: the row of `code` in the table of `acceptDispute` (POST /v1/payments/acceptDispute), else its gateway-wide row, plus `code` and `known: true`; or the generic row with `known: false`. Never throws. */
export function lookupAcceptDisputeResultCode(code: string): ResultCodeEntry {
  return entryOf(acceptDisputeResultCodes, acceptDisputeUnknownResultCode, code);
}

/** Result codes of `supplyDefenseDocument` (POST /v1/payments/supplyDefenseDocument), in the order of the spec's table (7 codes). The gateway-wide codes of `commonResultCodes` apply too. */
export const supplyDefenseDocumentResultCodes = {
  /**
   * `S`: Success
   *
   * Further action: Submitted; wait for the dispute notifications that follow (defense supplied, then the judgement).
   */
  SUCCESS: { status: 'S', message: 'Success', action: 'Submitted; wait for the dispute notifications that follow (defense supplied, then the judgement).' },
  /**
   * `F`: The number of defense submissions exceeds the maximum allowed.
   *
   * Further action: No more uploads are possible for this compliance request; ask Antom Technical Support for the limit.
   */
  DEFENSE_EXCEED_LIMIT: { status: 'F', message: 'The number of defense submissions exceeds the maximum allowed.', action: 'No more uploads are possible for this compliance request; ask Antom Technical Support for the limit.' },
  /**
   * `F`: Materials cannot be uploaded again while the previous upload is being validated.
   *
   * Further action: Wait for the validation result in the dispute notification before uploading again.
   */
  NOT_ALLOW_IN_CURRENT_STATUS: { status: 'F', message: 'Materials cannot be uploaded again while the previous upload is being validated.', action: 'Wait for the validation result in the dispute notification before uploading again.' },
  /**
   * `F`: The required parameters are not passed, or illegal parameters exist. For example, a non-numeric input, an invalid date, or the length and type of the parameter are wrong.
   *
   * Further action: Check disputeId and that disputeEvidence is plain Base64 of at most 1,000,000 characters, then call again.
   */
  PARAM_ILLEGAL: { status: 'F', message: 'The required parameters are not passed, or illegal parameters exist. For example, a non-numeric input, an invalid date, or the length and type of the parameter are wrong.', action: 'Check disputeId and that disputeEvidence is plain Base64 of at most 1,000,000 characters, then call again.' },
  /**
   * `F`: The request is repeated.
   *
   * Further action: The dispute was already defended or accepted, and a document cannot be changed after submission; ask Antom Technical Support for its state if unsure.
   */
  REPEAT_REQUEST: { status: 'F', message: 'The request is repeated.', action: 'The dispute was already defended or accepted, and a document cannot be changed after submission; ask Antom Technical Support for its state if unsure.' },
  /**
   * `F`: The defense is overdue, so the dispute can no longer be accepted or defended.
   *
   * Further action: The deadline (defenseDueTime) has passed; nothing more can be done through the API. Ask Antom Technical Support about the time limit.
   */
  TIME_EXCEEDS_LIMIT: { status: 'F', message: 'The defense is overdue, so the dispute can no longer be accepted or defended.', action: 'The deadline (defenseDueTime) has passed; nothing more can be done through the API. Ask Antom Technical Support about the time limit.' },
  /**
   * `U`: An API call has failed, which is caused by unknown reasons.
   *
   * Further action: Call again with the same disputeId and document; contact Antom Technical Support if it keeps failing.
   */
  UNKNOWN_EXCEPTION: { status: 'U', message: 'An API call has failed, which is caused by unknown reasons.', action: 'Call again with the same disputeId and document; contact Antom Technical Support if it keeps failing.' },
} as const satisfies Record<string, ResultCodeRow>;

/** A result code `supplyDefenseDocument` (POST /v1/payments/supplyDefenseDocument) can answer: its own table's or a gateway-wide one. */
export type SupplyDefenseDocumentResultCode = keyof typeof supplyDefenseDocumentResultCodes | CommonResultCode;

/** Generic row for a code that `supplyDefenseDocument` (POST /v1/payments/supplyDefenseDocument) returned but neither its table nor the gateway-wide one lists. */
export const supplyDefenseDocumentUnknownResultCode = { status: 'U', message: 'Unknown result code', action: 'No guidance in this table; call again with the same disputeId and document, or ask Antom Technical Support.' } as const satisfies ResultCodeRow;

/** True when `code` is listed in the table of `supplyDefenseDocument` (POST /v1/payments/supplyDefenseDocument) or in the gateway-wide one. */
export function isSupplyDefenseDocumentResultCode(code: string): code is SupplyDefenseDocumentResultCode {
  return ownRow(supplyDefenseDocumentResultCodes, code) !== undefined || isCommonResultCode(code);
}

/** A fresh entry: the row of `code` in the table of `supplyDefenseDocument` (POST /v1/payments/supplyDefenseDocument), else its gateway-wide row, plus `code` and `known: true`; or the generic row with `known: false`. Never throws. */
export function lookupSupplyDefenseDocumentResultCode(code: string): ResultCodeEntry {
  return entryOf(supplyDefenseDocumentResultCodes, supplyDefenseDocumentUnknownResultCode, code);
}

/** Result codes of `downloadDisputeEvidence` (POST /v1/payments/downloadDisputeEvidence), in the order of the spec's table (3 codes). The gateway-wide codes of `commonResultCodes` apply too. */
export const downloadDisputeEvidenceResultCodes = {
  /**
   * `S`: Success
   *
   * Further action: Decode disputeEvidence from Base64 and open it as the type disputeEvidenceFormat names.
   */
  SUCCESS: { status: 'S', message: 'Success', action: 'Decode disputeEvidence from Base64 and open it as the type disputeEvidenceFormat names.' },
  /**
   * `U`: An API call has failed, which is caused by unknown reasons.
   *
   * Further action: Call again; a download changes nothing. Contact Antom Technical Support if it keeps failing.
   */
  UNKNOWN_EXCEPTION: { status: 'U', message: 'An API call has failed, which is caused by unknown reasons.', action: 'Call again; a download changes nothing. Contact Antom Technical Support if it keeps failing.' },
  /**
   * `F`: The required parameters are not passed, or illegal parameters exist. For example, a non-numeric input, an invalid date, or the length and type of the parameter are wrong.
   *
   * Further action: Check disputeId and disputeEvidenceType; the uploaded file can only be fetched after an upload.
   */
  PARAM_ILLEGAL: { status: 'F', message: 'The required parameters are not passed, or illegal parameters exist. For example, a non-numeric input, an invalid date, or the length and type of the parameter are wrong.', action: 'Check disputeId and disputeEvidenceType; the uploaded file can only be fetched after an upload.' },
} as const satisfies Record<string, ResultCodeRow>;

/** A result code `downloadDisputeEvidence` (POST /v1/payments/downloadDisputeEvidence) can answer: its own table's or a gateway-wide one. */
export type DownloadDisputeEvidenceResultCode = keyof typeof downloadDisputeEvidenceResultCodes | CommonResultCode;

/** Generic row for a code that `downloadDisputeEvidence` (POST /v1/payments/downloadDisputeEvidence) returned but neither its table nor the gateway-wide one lists. */
export const downloadDisputeEvidenceUnknownResultCode = { status: 'U', message: 'Unknown result code', action: 'No guidance in this table; call again, and contact Antom Technical Support if it repeats.' } as const satisfies ResultCodeRow;

/** True when `code` is listed in the table of `downloadDisputeEvidence` (POST /v1/payments/downloadDisputeEvidence) or in the gateway-wide one. */
export function isDownloadDisputeEvidenceResultCode(code: string): code is DownloadDisputeEvidenceResultCode {
  return ownRow(downloadDisputeEvidenceResultCodes, code) !== undefined || isCommonResultCode(code);
}

/** A fresh entry: the row of `code` in the table of `downloadDisputeEvidence` (POST /v1/payments/downloadDisputeEvidence), else its gateway-wide row, plus `code` and `known: true`; or the generic row with `known: false`. Never throws. */
export function lookupDownloadDisputeEvidenceResultCode(code: string): ResultCodeEntry {
  return entryOf(downloadDisputeEvidenceResultCodes, downloadDisputeEvidenceUnknownResultCode, code);
}

/** Every operation's own result-code table, by operationId (the gateway-wide codes are in `commonResultCodes`). */
export const resultCodeTables = {
  pay: payResultCodes,
  inquiryPayment: inquiryPaymentResultCodes,
  cancel: cancelResultCodes,
  capture: captureResultCodes,
  refund: refundResultCodes,
  inquiryRefund: inquiryRefundResultCodes,
  createPaymentSession: createPaymentSessionResultCodes,
  consult: consultResultCodes,
  acceptDispute: acceptDisputeResultCodes,
  supplyDefenseDocument: supplyDefenseDocumentResultCodes,
  downloadDisputeEvidence: downloadDisputeEvidenceResultCodes,
} as const;

/** The generic row of every table (for a code it does not list), by operationId. */
export const unknownResultCodes = {
  pay: payUnknownResultCode,
  inquiryPayment: inquiryPaymentUnknownResultCode,
  cancel: cancelUnknownResultCode,
  capture: captureUnknownResultCode,
  refund: refundUnknownResultCode,
  inquiryRefund: inquiryRefundUnknownResultCode,
  createPaymentSession: createPaymentSessionUnknownResultCode,
  consult: consultUnknownResultCode,
  acceptDispute: acceptDisputeUnknownResultCode,
  supplyDefenseDocument: supplyDefenseDocumentUnknownResultCode,
  downloadDisputeEvidence: downloadDisputeEvidenceUnknownResultCode,
} as const satisfies Record<ResultCodeOperationId, ResultCodeRow>;

/** An operationId that has a result-code table. */
export type ResultCodeOperationId = keyof typeof resultCodeTables;

/** A result code the operation `Op` can answer: its own or a gateway-wide one (for a union of operations, a code any of them can answer). */
export type ResultCodeOf<Op extends ResultCodeOperationId> = Op extends ResultCodeOperationId ? (keyof (typeof resultCodeTables)[Op] & string) | CommonResultCode : never;

/** The row a lookup of `C` for `Op` reads: the operation's own row, else the gateway-wide one (literal types). */
export type ResultCodeRowOf<Op extends ResultCodeOperationId, C extends ResultCodeOf<Op>> = C extends keyof (typeof resultCodeTables)[Op] ? (typeof resultCodeTables)[Op][C] : C extends CommonResultCode ? (typeof commonResultCodes)[C] : never;

/** Every result code listed by any operation of the API or by the gateway-wide table. */
export type ResultCode = ResultCodeOf<ResultCodeOperationId> | CommonResultCode;

/** True when `code` is listed in the table of `operationId` or in the gateway-wide one. */
export function isResultCode<Op extends ResultCodeOperationId>(operationId: Op, code: string): code is ResultCodeOf<Op> {
  const table: Readonly<Record<string, ResultCodeRow>> = resultCodeTables[operationId];
  return ownRow(table, code) !== undefined || isCommonResultCode(code);
}

/** A fresh entry for `code` as `operationId` answers it: its own row, else the gateway-wide row, plus `code` and `known: true`; or the generic row of `operationId` with `known: false`. Never throws. */
export function lookupResultCode(operationId: ResultCodeOperationId, code: string): ResultCodeEntry {
  return entryOf(resultCodeTables[operationId], unknownResultCodes[operationId], code);
}
