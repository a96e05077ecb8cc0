#!/usr/bin/env bash
# Sign a sandbox pay request with openssl; send it with curl.
set -euo pipefail

CLIENT_ID="${ANTOM_CLIENT_ID:?SANDBOX_... client ID}"
KEY_FILE="${ANTOM_PRIVATE_KEY_FILE:?RSA private key, PEM}"
GATEWAY='https://open-na-global.alipay.com'
# Production path: /ams/api/v1/payments/pay
REQUEST_PATH='/ams/sandbox/api/v1/payments/pay'
REQUEST_TIME="$(date +%s%3N)" # epoch ms (GNU date)
REQUEST_ID="pay-$(date +%s)-$RANDOM" # new for every attempt

# One line of JSON. These exact bytes are signed and sent:
# do not reformat the body after signing it.
BODY="$(tr -d '\n' <<JSON
{"productCode":"CASHIER_PAYMENT",
"paymentRequestId":"${REQUEST_ID}",
"paymentAmount":{"currency":"HKD","value":"76000"},
"order":{"referenceOrderId":"ORD-2025-000103",
"orderDescription":"Two tickets, harbour cruise",
"orderAmount":{"currency":"HKD","value":"76000"}},
"paymentMethod":{"paymentMethodType":"ALIPAY_HK"},
"settlementStrategy":{"settlementCurrency":"HKD"},
"env":{"terminalType":"WEB","clientIp":"192.0.2.17"},
"paymentRedirectUrl":
"https://merchant.example/orders/ORD-2025-000103",
"paymentNotifyUrl":"https://merchant.example/antom/notify"}
JSON
)"

# Sign "POST <path>\n<client id>.<request time>.<body>"
# with SHA256withRSA (PKCS #1 v1.5), base64 it on one line,
# then URL-encode + / = as %2B %2F %3D.
SIGNATURE="$(
  printf 'POST %s\n%s.%s.%s' \
    "$REQUEST_PATH" "$CLIENT_ID" "$REQUEST_TIME" "$BODY" |
    openssl dgst -sha256 -sign "$KEY_FILE" |
    base64 -w0 |
    sed -e 's/+/%2B/g' -e 's/\//%2F/g' -e 's/=/%3D/g'
)"

curl --silent --show-error -X POST \
  "${GATEWAY}${REQUEST_PATH}" \
  -H 'Content-Type: application/json; charset=UTF-8' \
  -H "Client-Id: ${CLIENT_ID}" \
  -H "Request-Time: ${REQUEST_TIME}" \
  -H "Signature: algorithm=RSA256,keyVersion=1,signature=${SIGNATURE}" \
  --data-raw "$BODY"

# HTTP 200 carries failures too: read result.resultStatus
# and result.resultCode. Verify the response's signature
# header with Antom's public key before trusting the body.
