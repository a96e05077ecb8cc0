#!/usr/bin/env bash
# Sign a pay request with openssl and send it to the Antom sandbox with curl.
set -euo pipefail

CLIENT_ID="${ANTOM_CLIENT_ID:?your client ID, SANDBOX_... in the sandbox}"
PRIVATE_KEY_FILE="${ANTOM_PRIVATE_KEY_FILE:?path to your RSA private key (PEM)}"
GATEWAY='https://open-na-global.alipay.com'
REQUEST_PATH='/ams/sandbox/api/v1/payments/pay' # production: /ams/api/v1/payments/pay
REQUEST_TIME="$(date +%s%3N)"                   # epoch milliseconds (GNU date)
PAYMENT_REQUEST_ID="pay-$(date +%s)-$RANDOM"    # a new one for every fresh attempt

# One line of JSON: these exact bytes are signed and then sent, so do not reformat them afterwards.
BODY="$(tr -d '\n' <<JSON
{"productCode":"CASHIER_PAYMENT","paymentRequestId":"${PAYMENT_REQUEST_ID}",
"paymentAmount":{"currency":"HKD","value":"76000"},
"order":{"referenceOrderId":"ORD-2025-000103","orderDescription":"Two tickets, harbour cruise",
"orderAmount":{"currency":"HKD","value":"76000"}},
"paymentMethod":{"paymentMethodType":"ALIPAY_HK"},
"settlementStrategy":{"settlementCurrency":"HKD"},
"env":{"terminalType":"WEB","clientIp":"192.0.2.17"},
"paymentRedirectUrl":"https://merchant.example/orders/ORD-2025-000103",
"paymentNotifyUrl":"https://merchant.example/antom/notify"}
JSON
)"

# Content to sign: "POST <path>", a line feed, then "<client id>.<request time>.<body>".
# SHA256withRSA (PKCS #1 v1.5), standard base64 on one line, then URL-encode + / = as %2B %2F %3D.
SIGNATURE="$(printf 'POST %s\n%s.%s.%s' "$REQUEST_PATH" "$CLIENT_ID" "$REQUEST_TIME" "$BODY" \
  | openssl dgst -sha256 -sign "$PRIVATE_KEY_FILE" \
  | base64 -w0 \
  | sed -e 's/+/%2B/g' -e 's/\//%2F/g' -e 's/=/%3D/g')"

curl --silent --show-error --request POST "${GATEWAY}${REQUEST_PATH}" \
  --header 'Content-Type: application/json; charset=UTF-8' \
  --header "Client-Id: ${CLIENT_ID}" \
  --header "Request-Time: ${REQUEST_TIME}" \
  --header "Signature: algorithm=RSA256,keyVersion=1,signature=${SIGNATURE}" \
  --data-raw "$BODY"
# Always read result.resultStatus / result.resultCode (HTTP 200 carries failures too) and verify the
# response's signature header with Antom's public key before trusting it.
