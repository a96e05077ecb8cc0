// Generated from spec/openapi.yaml (Antom Checkout Payment 1.0.0) by generator/. Do not edit.
// Regenerate with `npm run generate`; CI fails when this file differs from what the spec generates.

export interface paths {
    "/v1/payments/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a checkout payment
         * @description Creates a payment and returns where to send the buyer to pay: one or more of `applinkUrl`,
         *     `normalUrl` and `schemeUrl` (plus `appIdentifier` for Android apps), or `paymentData` for merchants that
         *     render the cashier with Antom's client SDK.
         *
         *     `paymentRequestId` is the idempotency key. Sending the same `paymentRequestId` again returns the
         *     original result instead of creating a second payment, as long as that payment is still in process or has
         *     reached a final state, so a request that timed out can be resent safely with the identical body.
         *
         *     The `order` object feeds Antom's risk control and reporting; Antom does not reconcile its amounts with
         *     `paymentAmount` and never moves money based on it.
         */
        post: operations["pay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments/inquiryPayment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query the state of a payment
         * @description Returns the current state of a payment created with pay. Identify it by `paymentRequestId` (the merchant's
         *     own ID, usable even when the pay call timed out before Antom answered) or by `paymentId`; when both are sent,
         *     `paymentId` wins.
         *
         *     `result` only reports whether the inquiry itself worked. The payment's state is `paymentStatus`:
         *     `PROCESSING` (the buyer has not paid yet), `PENDING` (the buyer has finished, the final result is still to
         *     come), `SUCCESS`, `FAIL` or `CANCELLED`. The payment fields come back when the inquiry succeeds, and
         *     `paymentTime` only once the payment has succeeded. For card payments authorised with manual capture,
         *     `authExpiryTime` is the last moment a capture is possible, and `transactions[]` lists the captures and
         *     refunds made so far with their own status.
         *
         *     When to call it: when no notification has arrived about a minute after pay, after a timeout, or whenever the
         *     merchant needs certainty before acting (notifications are resent but can still be lost). An inquiry changes
         *     nothing, so it can be repeated freely.
         */
        post: operations["inquiryPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a payment
         * @description Cancels (closes) a whole payment; there is no partial cancellation. Identify the payment by `paymentId` or
         *     `paymentRequestId`; when both are sent, `paymentId` wins.
         *
         *     What a successful cancellation does depends on the payment's state: an unpaid payment is closed and the
         *     buyer can no longer pay it; a paid payment is refunded to the buyer in full, without fees; a payment whose
         *     result the merchant could not learn is closed, and a success that shows up later is refunded. A cancelled
         *     payment stays `CANCELLED` even if a success notification arrives afterwards.
         *
         *     Cancelling only works inside the window of the payment method and contract. Indonesian methods and JKOPay
         *     cannot be cancelled; Thai online or mobile banking and bank transfers only before the payment succeeds;
         *     cards up to 7 days and never after a capture (before a capture, cancelling voids the authorisation); Mercado
         *     Pago within 7 days after the success; other methods until 00:15 (UTC+8) of the next day. Outside the window,
         *     refund instead. A payment that already has a refund, full or partial, cannot be cancelled.
         *
         *     Repeating a cancel request does no harm. When the answer is unknown (`U`) or missing, resend the identical
         *     request with the same IDs; after three unknown answers in a row, contact Antom Technical Support.
         */
        post: operations["cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments/capture": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Capture an authorised card payment
         * @description Captures the money of a card payment that was only authorised, that is, a pay request with
         *     `paymentFactor.captureMode` `MANUAL`. (With `AUTOMATIC`, the default, Antom captures by itself and still
         *     sends notifyCapture.) Capture within 7 days of the authorisation, before `authExpiryTime` as returned by
         *     inquiryPayment; otherwise the authorisation lapses and the funds are released.
         *
         *     Depending on the card scheme, one payment can be captured once or in several partial captures whose total
         *     stays within the authorised amount; cards issued in the US must be captured for exactly the authorised
         *     amount. Before a capture, cancel voids the authorisation; after a capture, only a refund gives money back.
         *
         *     `captureRequestId` is the idempotency key: the same `captureRequestId` after a final `S` or `F` answer returns
         *     that answer again. The final result also arrives through notifyCapture (at the payment's notification
         *     address). Because both the answer and the notification can be lost, confirm the capture with inquiryPayment:
         *     its `transactions[]` holds one entry of type `CAPTURE` per capture, with its status.
         */
        post: operations["capture"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments/refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refund a payment
         * @description Refunds all or part of a payment. Only a successful payment can be refunded: for cards, one whose capture
         *     succeeded and that is not in a chargeback dispute. The refund must be in the payment's currency, at least
         *     the minimum refund amount (normally the minimum payment amount) and at most what is still refundable;
         *     several partial refunds are allowed while their total stays within the paid amount, where the payment method
         *     supports them. Each method has its own refund window. When a payment was captured more than once, name the
         *     capture to refund with `captureId`.
         *
         *     `refundRequestId` is the idempotency key. The same `refundRequestId` after a final `S` or `F` answer returns
         *     that answer again; after a timeout or an unknown answer, resend the identical request with the same
         *     `refundRequestId`. After a failure caused by wrong input, fix it and use a new `refundRequestId`.
         *
         *     Wallets (Alipay+ methods) refund synchronously: the answer is final. Other methods accept the refund with
         *     an in-process answer (`U`) and finish later; the outcome then arrives through notifyRefund (sent to
         *     `refundNotifyUrl`, or to the address in Antom Dashboard) and can be polled with inquiryRefund. A successful
         *     refund is always notified; a refund rejected at once is not.
         */
        post: operations["refund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments/inquiryRefund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Query the state of a refund
         * @description Returns the current state of a refund. Identify it by `refundRequestId` (the merchant's ID, the one to use
         *     when the refund call timed out before a `refundId` came back) or by `refundId`; when both are sent,
         *     `refundId` wins.
         *
         *     `result` only reports whether the inquiry itself worked. The refund's state is `refundStatus`:
         *     `PROCESSING`, then `SUCCESS` or `FAIL`. It reflects Antom's side only: after `SUCCESS`, a wallet may still
         *     take a while to return the money to the buyer. The refund fields come back when the inquiry succeeds, and
         *     `refundTime` only once the refund has succeeded.
         *
         *     Call it when a refund answer was lost or unknown, while a refund is still processing and no notifyRefund has
         *     arrived, or when a buyer asks. An inquiry changes nothing, so it can be repeated freely.
         *
         *     An unknown refund ID may be answered with a failure code or with a success whose refund fields are empty:
         *     handle both.
         */
        post: operations["inquiryRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments/createPaymentSession": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a checkout session
         * @description Creates a checkout session: Antom prepares the page or component on which the buyer pays, and answers with
         *     what the front end needs to show it. One operation serves three integrations, chosen with `productScene`:
         *
         *     | `productScene` | Integration | Use from the answer |
         *     |---|---|---|
         *     | `CHECKOUT_PAYMENT` | Antom Checkout Page, hosted: the buyer is sent to Antom's page and picks a payment method there | `normalUrl`: redirect the buyer, or open it in a web view |
         *     | `CHECKOUT_PAYMENT` | Antom Checkout Page, embedded in the merchant's web page (desktop and mobile browsers; Antom web SDK 1.41.0 or later) | `paymentSessionData`: pass it to the SDK |
         *     | `ELEMENT_PAYMENT` | Payment Element: Antom's web or mobile component inside the merchant's checkout, showing the method list or one method | `paymentSessionData`: create the Element with it |
         *     | `EASY_PAY` | EasySafePay: the first payment links the buyer's account, later ones need no password | `paymentSessionData`: pass it to the SDK |
         *
         *     Every scene needs `productCode`, `paymentRequestId`, `order`, `paymentAmount`, `settlementStrategy` and
         *     `paymentRedirectUrl`. EasySafePay also needs `paymentMethod` and `paymentNotifyUrl`, plus `agreementInfo` on
         *     the buyer's first EasySafePay payment. A Payment Element that shows a single method gets it in
         *     `paymentMethod`; card payments (`paymentMethodType` `CARD`) need `paymentFactor`.
         *
         *     A session lasts one hour unless `paymentSessionExpiryTime` sets an earlier end. A created session is not a
         *     payment: the result of the payment arrives as notifyPayment (at `paymentNotifyUrl`, which wins over the address
         *     in Antom Dashboard, when the payment succeeds or expires) and can be queried with inquiryPayment by the
         *     `paymentRequestId`. Card, Apple Pay and Google Pay payments are authorised first and captured automatically
         *     unless manual capture was chosen; the capture result comes as notifyCapture, and goods should ship only after
         *     a successful capture.
         *
         *     Besides the codes below, this operation can answer the codes that every Antom API shares (signature, keys,
         *     access, throttling), which are listed once for all operations.
         */
        post: operations["createPaymentSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments/consult": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List the payment methods to offer
         * @description Lists the payment methods the merchant may offer for an amount, a currency and the buyer's environment, with
         *     their logos, limits, currencies and method-specific details. Antom selects and orders the methods, so methods
         *     can be added or withdrawn without a code change on the merchant's side: show the enabled entries of
         *     `paymentOptions` in the order returned, and hide the others or show them greyed out with their
         *     `disableReason`.
         *
         *     The order follows `userRegion` (methods of the buyer's region first); `allowedPaymentMethodRegions` narrows
         *     the list to the methods of some regions (`GLOBAL` stands for Visa and Mastercard). For bank-based methods
         *     that support it (such as Przelewy24), `paymentOptionDetail.supportBanks` lists the banks: show them and pass
         *     the chosen bank to pay, so that the buyer skips Antom's bank selection page.
         *
         *     consult creates nothing and needs no idempotency key; it can be called again at any time.
         */
        post: operations["consult"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments/acceptDispute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a dispute
         * @description Accepts a chargeback: the merchant takes liability, and the disputed amount (with the chargeback fee) is not
         *     returned. Use it instead of defending when the buyer's claim is right or the amount does not justify a
         *     defense. Accepting and defending exclude each other, and both are possible only until the `defenseDueTime`
         *     of the dispute notification.
         *
         *     Only chargebacks can be accepted: a retrieval request asks for documents (answer it with
         *     supplyDefenseDocument), and Visa Rapid Dispute Resolution cases are settled automatically.
         *
         *     `disputeId` comes from the dispute notification (notifyDispute).
         */
        post: operations["acceptDispute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments/supplyDefenseDocument": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a defense document for a dispute
         * @description Uploads the merchant's defense for a dispute: the evidence for a chargeback, or the documents a retrieval
         *     request asks for. Start from the pre-filled template of downloadDisputeEvidence
         *     (`DISPUTE_EVIDENCE_TEMPLATE`), complete it, and send the file Base64-encoded in `disputeEvidence`: at most
         *     1,000,000 characters of Base64, that is about 732 KiB of file. Antom expects DOC, DOCX or PDF, in English.
         *
         *     Upload before the `defenseDueTime` of the dispute notification. A submitted defense cannot be changed or
         *     supplemented. Retrieval requests are to be answered within 10 calendar days. Compliance requests (Indian
         *     payment methods) are the exception: they accept several uploads up to a limit, but not while the previous
         *     upload is still being validated; the validation result arrives as a dispute notification.
         *
         *     After a successful upload, Antom sends a dispute notification saying the defense was supplied, and a later
         *     one with the decision.
         */
        post: operations["supplyDefenseDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments/downloadDisputeEvidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Download the evidence template or the uploaded document
         * @description Downloads a document of a dispute, Base64-encoded in `disputeEvidence`, with its file type in
         *     `disputeEvidenceFormat` (`WORD`, `PDF`, `ZIP` or `JPG`):
         *
         *     - `DISPUTE_EVIDENCE_TEMPLATE`: Antom's evidence template, with the transaction and payment details already
         *       filled in. Completing it and uploading it with supplyDefenseDocument improves the chance of winning.
         *     - `DISPUTE_EVIDENCE_FILE`: the document uploaded with supplyDefenseDocument.
         *
         *     A download changes nothing and can be repeated.
         */
        post: operations["downloadDisputeEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    notifyPayment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive the payment result notification
         * @description Antom posts this request to the `paymentNotifyUrl` given in the pay request (or, when the request has
         *     none, to the URL configured in Antom Dashboard) once the payment reaches a final state. A notification
         *     with `notifyType` `PAYMENT_PENDING` says the buyer has finished the payment steps but the final result is
         *     still to come.
         *
         *     Verify the `signature` header before trusting anything in the body: it covers
         *     `POST <your notify path>\n<your client ID>.<request-time>.<raw body>` and is checked with Antom's public
         *     key (see the signing guide). Then store the result and answer HTTP 200 with the acknowledgement body.
         *     Without that answer Antom resends the notification for up to 24 hours, so handle repeats idempotently by
         *     `paymentId` or `paymentRequestId`.
         */
        post: operations["notifyPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    notifyCapture: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive the capture result notification
         * @description Antom posts this request when a capture reaches a final state, both for captures requested with the capture
         *     operation and for automatic captures. It goes to the payment's notification address: the `paymentNotifyUrl`
         *     of the pay request or, when that was empty, the address configured in Antom Dashboard. No capture-specific
         *     address was found in the documentation.
         *
         *     `result` carries the outcome: `S` captured, `F` failed, with the code explaining the failure; the codes are
         *     those of the capture operation's table. Only final states are notified, although one copy of the code table
         *     also lists the in-process code.
         *
         *     Verify the `signature` header before trusting the body, store the result, and answer HTTP 200 with the
         *     acknowledgement body. Without it Antom resends the notification, at most 8 times within about 24 hours
         *     (after 0 s, 2 min, 10 min, 10 min, 1 h, 2 h, 6 h and 15 h), so handle repeats idempotently by
         *     `captureRequestId` or `captureId`.
         */
        post: operations["notifyCapture"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    notifyRefund: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive the refund result notification
         * @description Antom posts this request to the `refundNotifyUrl` given in the refund request (or, when the request has none,
         *     to the address configured in Antom Dashboard) once a refund reaches a final state. Every successful refund is
         *     notified; a refund request rejected straight away produces no notification.
         *
         *     Act on `refundStatus` (`SUCCESS` or `FAIL`). The documentation describes `result.resultStatus` `S` as "the
         *     channel accepted the refund", so the status letter alone is not the outcome.
         *
         *     Verify the `signature` header before trusting the body, exactly as for notifyPayment, store the result, and
         *     answer HTTP 200 with the acknowledgement body. Without it Antom resends the notification, at most 8 times
         *     within about 24 hours (after 0 s, 2 min, 10 min, 10 min, 1 h, 2 h, 6 h and 15 h), so handle repeats
         *     idempotently by `refundRequestId` or `refundId`.
         *
         *     For a failed refund, `result` is expected to carry one of the refund operation's failure codes.
         */
        post: operations["notifyRefund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    notifyDispute: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Receive a dispute notification
         * @description Antom posts this request to the dispute notification address configured in Antom Dashboard (there is no
         *     request field for it) whenever a dispute on one of the merchant's payments changes. A dispute produces
         *     several notifications; `disputeNotificationType` says which event this one reports:
         *
         *     | `disputeNotificationType` | Event | Fields that come with it |
         *     |---|---|---|
         *     | `DISPUTE_CREATED` | A chargeback, retrieval request or compliance request was opened; the disputed funds are frozen. | `defenseDueTime`, `disputeAmount`, `disputeReasonCode`, `disputeSource` |
         *     | `DEFENSE_DUE_ALERT` | Less than 24 hours remain before `defenseDueTime` and the merchant has not acted. | `defenseDueTime` |
         *     | `DEFENSE_SUPPLIED` | The defense uploaded with supplyDefenseDocument was submitted. | |
         *     | `DISPUTE_ACCEPTED` | The dispute was accepted. | `disputeAcceptReason`, `disputeAcceptTime` |
         *     | `DISPUTE_JUDGED` | The liability is decided. | `disputeJudgedResult`, `disputeJudgedAmount`, `disputeReasonCode`, `disputeSource` |
         *     | `DISPUTE_CANCELLED` | The buyer withdrew the chargeback. | |
         *     | `RDR_RESOLVED` | Visa Rapid Dispute Resolution settled the case automatically; there is nothing to do. | |
         *
         *     `disputeJudgedResult` `ACCEPT_BY_CUSTOMER` means the buyer is liable and the frozen funds are released to the
         *     merchant; `ACCEPT_BY_MERCHANT` means the merchant is liable and the amount is deducted from the settlement to
         *     refund the buyer. Compliance requests end with `VALIDATE_SUCCESS` or `VALIDATE_FAIL`.
         *
         *     To act on a new dispute, use its `disputeId` with acceptDispute, or with downloadDisputeEvidence and then
         *     supplyDefenseDocument, before `defenseDueTime`.
         *
         *     Verify the `signature` header before trusting the body, exactly as for notifyPayment, store the event, and
         *     answer HTTP 200 with the acknowledgement body. Without it Antom resends the notification until it gets it
         *     (for Antom notifications in general: at most 8 times within about 24 hours). Handle repeats idempotently by
         *     `disputeId` together with `disputeNotificationType`.
         */
        post: operations["notifyDispute"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /** @description Facts about the buyer's web browser, used among others for 3D Secure and risk control. */
        BrowserInfo: {
            /** @description Value of the browser's Accept request header. No maximum length is documented; 2048 characters is a sanity bound chosen for this description. */
            acceptHeader?: string;
            /** @description Whether the browser can run Java. Wire typing: documented as the JSON string "true" or "false"; a native JSON boolean, as Antom's SDKs send it, is also accepted. */
            javaEnabled?: string | boolean;
            /** @description Whether the browser can run JavaScript. Wire typing: documented as the JSON string "true" or "false"; a native JSON boolean, as Antom's SDKs send it, is also accepted. */
            javaScriptEnabled?: string | boolean;
            /** @description Language setting of the browser, e.g. en-US. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            language?: string;
            /** @description User-Agent string of the browser. No maximum length is documented; 4096 characters is a sanity bound chosen for this description. */
            userAgent?: string;
        };
        /** @description Facts about the device and software environment in which the buyer placed the order. Antom uses them to shape the cashier flow and for risk control, so sending the optional device fields is recommended. */
        Env: {
            /**
             * @description Kind of client on which the buyer pays: desktop web, mobile web, native app or mini program.
             * @enum {string}
             */
            terminalType: "WEB" | "WAP" | "APP" | "MINI_APP";
            /**
             * @description Operating system of the buyer's mobile device. The sources state no condition for it; it is useful for APP and WAP terminals.
             * @enum {string}
             */
            osType?: "IOS" | "ANDROID";
            /** @description User-Agent string of the buyer's browser or app. No maximum length is documented; 4096 characters is a sanity bound chosen for this description. */
            userAgent?: string;
            /** @description Token produced by the Antom Device Fingerprint client. Send it when that client is integrated. */
            deviceTokenId?: string;
            /** @description IP address (IPv4 or IPv6) of the buyer's device. Expected when paymentMethod.paymentMethodType is CARD (an SDK-stated condition, not enforced here) and helpful for risk control otherwise. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            clientIp?: string;
            /** @description Identifier of the buyer's browser cookie. No maximum length is documented; 256 characters is a sanity bound chosen for this description. */
            cookieId?: string;
            /** @description Additional environment data; only needed in special cases. */
            extendInfo?: string;
            /** @description Identifier of the in-store terminal; mainly for in-store scenarios. No maximum length is documented; 256 characters is a sanity bound chosen for this description. */
            storeTerminalId?: string;
            /** @description Time at which the in-store terminal issued the request. The SDKs type it as plain text rather than a date-time, so no format is enforced. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            storeTerminalRequestTime?: string;
            /** @description Details of the buyer's browser. */
            browserInfo?: components["schemas"]["BrowserInfo"];
            /**
             * @description Colour depth of the buyer's screen in bits per pixel, as reported by the browser's screen.colorDepth. A numeric string; a bare JSON number is not accepted.
             * @enum {string}
             */
            colorDepth?: "1" | "4" | "8" | "15" | "16" | "24" | "30" | "32" | "48";
            /** @description Height of the buyer's screen in pixels, as a string holding a whole number of at least 1. Recommended for risk control. No maximum length is documented; the pattern allows up to six digits as a sanity bound. */
            screenHeight?: string;
            /** @description Width of the buyer's screen in pixels, as a string holding a whole number of at least 1. Recommended for risk control. No maximum length is documented; the pattern allows up to six digits as a sanity bound. */
            screenWidth?: string;
            /** @description Difference between UTC and the buyer's local time in minutes, as returned by JavaScript getTimezoneOffset() (UTC+2 gives -120). From -840 (UTC+14) to 720 (UTC-12). Wire typing: documented as a JSON string (e.g. "3"); a native JSON integer, as Antom's SDKs send it, is also accepted. */
            timeZoneOffset?: string | number;
            /** @description Manufacturer brand of the buyer's device. Recommended for risk control. */
            deviceBrand?: string;
            /** @description Model name of the buyer's device. Recommended for risk control. */
            deviceModel?: string;
            /** @description Language setting of the buyer's device. Recommended for risk control. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            deviceLanguage?: string;
            /** @description Identifier that stays stable for the buyer's device. Recommended for risk control. No maximum length is documented; 256 characters is a sanity bound chosen for this description. */
            deviceId?: string;
            /** @description Version of the device operating system. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            osVersion?: string;
        };
        /** @description A sum of money: a currency code plus a value counted in the smallest unit of that currency. */
        Amount: {
            /** @description Three-letter ISO 4217 currency code, for example USD or CNY. */
            currency: string;
            /** @description Amount in the minor unit of the currency (cents for USD, so "100" means 1.00 USD; for IDR the value ends in 00). Always a JSON string of digits; a bare JSON number is rejected. 0 is allowed. No maximum length is documented; 20 digits is a sanity bound. */
            value: string;
        };
        /** @description A postal address. */
        Address: {
            /** @description Two-letter ISO 3166 country or region code. */
            region: string;
            /** @description State or province. For some card payments of US entities an ISO 3166-2 subdivision code is expected. */
            state?: string;
            /** @description City, district, suburb or town. */
            city?: string;
            /** @description First address line: street, PO box or company name. */
            address1?: string;
            /** @description Second address line: apartment, suite, unit or building. */
            address2?: string;
            /** @description Postal code. For US card payments the SDKs limit it to letters, digits, hyphens and spaces, at most 10 characters. */
            zipCode?: string;
            /** @description Label the buyer gave to the address, such as Home. No maximum length is documented; 256 characters is a sanity bound chosen for this description. */
            label?: string;
            /** @description Third address line. No maximum length is documented; 256 characters is a sanity bound chosen for this description. */
            address3?: string;
        };
        /** @description A store of the (sub-)merchant. No property is required. */
        Store: {
            /** @description Merchant-side identifier of the store. No maximum length is documented; 256 characters is a sanity bound chosen for this description. */
            referenceStoreId?: string;
            /** @description Name of the store. No maximum length is documented; 256 characters is a sanity bound chosen for this description. */
            storeName?: string;
            /** @description Merchant category code (MCC) of the store. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            storeMCC?: string;
            /** @description Name of the store as shown to buyers. No maximum length is documented; 256 characters is a sanity bound chosen for this description. */
            storeDisplayName?: string;
            /** @description Identifier of the terminal in the store. No maximum length is documented; 256 characters is a sanity bound chosen for this description. */
            storeTerminalId?: string;
            /** @description Identifier of the store staff member who handles the sale. No maximum length is documented; 256 characters is a sanity bound chosen for this description. */
            storeOperatorId?: string;
            /** @description Address of the store. */
            storeAddress?: components["schemas"]["Address"];
            /** @description Phone number of the store. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            storePhoneNo?: string;
        };
        /** @description Merchant or sub-merchant behind the order. No property is required; Antom's own examples send only a few of these fields. */
        Merchant: {
            /** @description Merchant-side identifier of the (sub-)merchant. No maximum length is documented; 256 characters is a sanity bound chosen for this description. */
            referenceMerchantId?: string;
            /** @description Merchant category code (MCC) of the (sub-)merchant. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            merchantMCC?: string;
            /** @description Legal or registered name of the (sub-)merchant. No maximum length is documented; 256 characters is a sanity bound chosen for this description. */
            merchantName?: string;
            /** @description Name of the (sub-)merchant as shown to buyers. No maximum length is documented; 256 characters is a sanity bound chosen for this description. */
            merchantDisplayName?: string;
            /** @description Business address of the (sub-)merchant. */
            merchantAddress?: components["schemas"]["Address"];
            /** @description Date on which the (sub-)merchant was registered. The SDKs type it as plain text, so no date format is enforced. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            merchantRegisterDate?: string;
            /** @description Store of the (sub-)merchant in which the sale happens. */
            store?: components["schemas"]["Store"];
            /**
             * @description Whether the (sub-)merchant is a private individual or a company.
             * @enum {string}
             */
            merchantType?: "INDIVIDUAL" | "ENTERPRISE";
        };
        /** @description One item of the order. Identify it with referenceGoodsId or, for items billed through an Antom Billing Price object, with priceId: one of the two is needed, but neither is enforced here; only goodsName is required. */
        Goods: {
            /** @description Merchant's identifier of the item. Send it unless priceId identifies the item instead. */
            referenceGoodsId?: string;
            /** @description Name of the item. */
            goodsName: string;
            /** @description Category path of the item, from the top level down, separated by slashes (e.g. Electronics/Phones). Recommended for risk control. */
            goodsCategory?: string;
            /** @description Brand of the item. No maximum length is documented; 256 characters is a sanity bound chosen for this description. */
            goodsBrand?: string;
            /** @description Price of one unit of the item. */
            goodsUnitAmount?: components["schemas"]["Amount"];
            /** @description Number of units bought, as a string holding a whole number of at least 1. Recommended for risk control. No maximum length is documented; 16 digits is a sanity bound. */
            goodsQuantity?: string;
            /** @description Name of the item variant (SKU). No maximum length is documented; 256 characters is a sanity bound chosen for this description. */
            goodsSkuName?: string;
            /**
             * Format: uri
             * @description Page on which the buyer ordered the item. Recommended for risk control.
             */
            goodsUrl?: string;
            /**
             * @description Whether the item is delivered physically or digitally. Recommended for risk control.
             * @enum {string}
             */
            deliveryMethodType?: "PHYSICAL" | "DIGITAL";
            /**
             * Format: uri
             * @description Address of a picture of the item. No maximum length is documented; 2048 characters is a sanity bound chosen for this description.
             */
            goodsImageUrl?: string;
            /** @description Identifier of the Antom Billing Price object that prices the item; an alternative to referenceGoodsId. */
            priceId?: string;
            /** @description Discount granted on this item. */
            goodsDiscountAmount?: components["schemas"]["Amount"];
            /**
             * Format: date-time
             * @description ISO 8601 moment at which a service-type item ends.
             */
            goodsEndsOnTime?: string;
            /** @description Another item offered together with this one. */
            crossSell?: components["schemas"]["Goods"];
        };
        /** @description A person's name. No part is required; fullName alone is enough. */
        UserName: {
            /** @description Given name. */
            firstName?: string;
            /** @description Middle name. */
            middleName?: string;
            /** @description Family name. */
            lastName?: string;
            /** @description Complete name as one string. */
            fullName?: string;
        };
        /** @description One bound of a delivery estimate: a count of time units. */
        DeliveryEstimateInfo: {
            /**
             * @description Time unit of the estimate.
             * @enum {string}
             */
            unit: "YEAR" | "MONTH" | "DAY" | "HOUR" | "MINUTE" | "SECOND";
            /** @description Number of units, 0 or more. Wire typing: documented as a JSON string (e.g. "3"); a native JSON integer, as Antom's SDKs send it, is also accepted. */
            value: string | number;
        };
        /** @description Estimated delivery window. */
        DeliveryEstimate: {
            /** @description Earliest expected delivery. */
            minimum?: components["schemas"]["DeliveryEstimateInfo"];
            /** @description Latest expected delivery. */
            maximum?: components["schemas"]["DeliveryEstimateInfo"];
        };
        /** @description Where and how the order is delivered. */
        Shipping: {
            /** @description Name of the recipient. */
            shippingName?: components["schemas"]["UserName"];
            /** @description Delivery address. */
            shippingAddress?: components["schemas"]["Address"];
            /** @description Company that delivers the order, such as FedEx or UPS. Recommended for risk control. */
            shippingCarrier?: string;
            /** @description Phone number of the recipient, extension included. Recommended for risk control. */
            shippingPhoneNo?: string;
            /** @description Email address to which virtual goods are delivered. Recommended for risk control and for merchants selling digital goods. */
            shipToEmail?: string;
            /** @description Identifier of the shipping option the buyer chose. */
            shippingFeeId?: string;
            /** @description Cost of shipping. */
            shippingFee?: components["schemas"]["Amount"];
            /** @description Free-text delivery information, such as the expected timing or the logistics company. */
            shippingDescription?: string;
            /** @description Estimated earliest and latest delivery time. */
            deliveryEstimate?: components["schemas"]["DeliveryEstimate"];
            /** @description Shipment (tracking) number; the SDKs add no further detail. No maximum length is documented; 256 characters is a sanity bound chosen for this description. */
            shippingNumber?: string;
            /** @description Free-text shipping notes; the SDKs add no further detail. No maximum length is documented; 2048 characters is a sanity bound chosen for this description. */
            notes?: string;
        };
        /** @description The person who buys. Most fields are recommended for risk control; several are expected for card payments. */
        Buyer: {
            /** @description Merchant's identifier of the buyer. Needed if the merchant wants to use Antom promotions. */
            referenceBuyerId?: string;
            /** @description Name of the buyer. */
            buyerName?: components["schemas"]["UserName"];
            /** @description Mobile number of the buyer. Expected for CARD payments and recommended for risk control. */
            buyerPhoneNo?: string;
            /** @description Email address of the buyer. Expected for CARD payments and recommended for risk control. */
            buyerEmail?: string;
            /**
             * Format: date-time
             * @description ISO 8601 moment at which the buyer created an account with the merchant. Recommended for risk control.
             */
            buyerRegistrationTime?: string;
            /** @description Whether the buyer's account with the merchant has been verified. Wire typing: documented as the JSON string "true" or "false"; a native JSON boolean, as Antom's SDKs send it, is also accepted. */
            isAccountVerified?: string | boolean;
            /** @description Number of orders the buyer has completed with the merchant before; 0 or more. Wire typing: documented as a JSON string (e.g. "3"); a native JSON integer, as Antom's SDKs send it, is also accepted. */
            successfulOrderCount?: string | number;
            /** @description International dialling code that goes with buyerPhoneNo (the field name is misspelled in the API and must be sent as is). Required for STCPAY payments. No maximum length is documented; 16 characters is a sanity bound chosen for this description. */
            buyerPhoneNoContryCode?: string;
        };
        /** @description One segment of a journey, by air, rail or road. No property is required, departureAirportCode included (a train or bus segment has none). */
        Leg: {
            /**
             * Format: date-time
             * @description ISO 8601 departure time.
             */
            departureTime?: string;
            /**
             * Format: date-time
             * @description ISO 8601 arrival time.
             */
            arrivalTime?: string;
            /** @description Where the segment starts. */
            departureAddress?: components["schemas"]["Address"];
            /** @description Where the segment ends. */
            arrivalAddress?: components["schemas"]["Address"];
            /** @description Name of the transport company. */
            carrierName?: string;
            /** @description Code of the transport company. */
            carrierNo?: string;
            /**
             * @description Travel class of the segment.
             * @enum {string}
             */
            classType?: "FIRSTLEVEL" | "SECONDLEVEL" | "THIRDLEVEL";
            /** @description IATA code of the departure airport; only for flights. */
            departureAirportCode?: string;
            /** @description IATA code of the arrival airport; only for flights. */
            arrivalAirportCode?: string;
            /** @description Fare basis code of the segment. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            fareBasis?: string;
            /** @description Coupon number of the segment. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            couponNumber?: string;
            /** @description Flight number. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            flightNumber?: string;
            /** @description Booking reference (passenger name record, PNR). No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            passengerNameRecord?: string;
        };
        /** @description A traveller on a transit booking. */
        Passenger: {
            /** @description Name of the passenger. */
            passengerName?: components["schemas"]["UserName"];
            /** @description Email address of the passenger. */
            passengerEmail?: string;
            /** @description Mobile number of the passenger. */
            passengerPhoneNo?: string;
            /** @description Identity document number of the passenger. No maximum length is documented; 256 characters is a sanity bound chosen for this description. */
            passengerId?: string;
            /**
             * @description Kind of identity document given in passengerId.
             * @enum {string}
             */
            passengerIdType?: "PASSPORT" | "NATIONAL_ID_CARD" | "DRIVER_LICENSE" | "MILITARY_ID" | "GREEN_CARD" | "TRAVEL_DOCUMENT" | "ALIEN_REGISTRATION_CARD" | "BIRTH_CERTIFICATE" | "OTHERS";
            /** @description Code or reference of the passenger. No maximum length is documented; 256 characters is a sanity bound chosen for this description. */
            passengerCode?: string;
        };
        /** @description One extra travel service. */
        Service: {
            /** @description Category code of the service. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            categoryCode?: string;
            /** @description Sub-category code of the service. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            subCategoryCode?: string;
        };
        /** @description Extra services bought together with a travel ticket. */
        AncillaryData: {
            /** @description The extra services. No maximum number of entries is documented. */
            services?: components["schemas"]["Service"][];
            /** @description Number of the ticket the services belong to. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            connectedTicketNumber?: string;
        };
        /** @description Itinerary details of a travel booking. */
        Transit: {
            /**
             * @description Means of transport.
             * @enum {string}
             */
            transitType?: "FLIGHT" | "TRAIN" | "CRUISE" | "COACH";
            /** @description Segments of the trip, at most 10. */
            legs?: components["schemas"]["Leg"][];
            /** @description Travellers on the booking, at most 100. */
            passengers?: components["schemas"]["Passenger"][];
            /** @description Code of the travel agent; the SDKs add no further detail. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            agentCode?: string;
            /** @description Name of the travel agent; the SDKs add no further detail. No maximum length is documented; 256 characters is a sanity bound chosen for this description. */
            agentName?: string;
            /** @description Ticket number; the SDKs add no further detail. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            ticketNumber?: string;
            /** @description Code of the party that issued the ticket; the SDKs add no further detail. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            ticketIssuerCode?: string;
            /** @description Marker telling whether the ticket is restricted (e.g. non-refundable); the SDKs add no further detail. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            restrictedTicketIndicator?: string;
            /** @description Extra travel services bought with the ticket. */
            ancillaryData?: components["schemas"]["AncillaryData"];
        };
        /** @description Details of a hotel stay. */
        Lodging: {
            /** @description Name of the hotel. */
            hotelName?: string;
            /** @description Address of the hotel. */
            hotelAddress?: components["schemas"]["Address"];
            /**
             * Format: date-time
             * @description ISO 8601 planned arrival; for reservations and no-show charges this is the scheduled check-in.
             */
            checkInDate?: string;
            /**
             * Format: date-time
             * @description ISO 8601 planned departure.
             */
            checkOutDate?: string;
            /** @description Number of nights booked, at least 1. The SDK descriptions of this field and numberOfRooms are swapped; the field names are taken as authoritative. Wire typing: documented as a JSON string (e.g. "3"); a native JSON integer, as Antom's SDKs send it, is also accepted. */
            numberOfNights?: string | number;
            /** @description Number of rooms booked, at least 1. The SDK descriptions of this field and numberOfNights are swapped; the field names are taken as authoritative. Wire typing: documented as a JSON string (e.g. "3"); a native JSON integer, as Antom's SDKs send it, is also accepted. */
            numberOfRooms?: string | number;
            /** @description Names under which the rooms are booked, at most 100. */
            guestNames?: components["schemas"]["UserName"][];
        };
        /** @description Details of a game top-up. */
        Gaming: {
            /** @description Name of the game. */
            gameName?: string;
            /** @description Name or identifier of the game account that receives the top-up. */
            toppedUpUser?: string;
            /** @description Email address of the account that receives the top-up. */
            toppedUpEmail?: string;
            /** @description Phone number of the account that receives the top-up. */
            toppedUpPhoneNo?: string;
        };
        /** @description Declaration scene details for orders that must be declared (see Order.needDeclaration). */
        Declaration: {
            /**
             * @description Business scene of the declaration.
             * @enum {string}
             */
            declarationBizScene?: "AIRLINE" | "HOTEL";
            /** @description Identifier of the third party that receives the funds. Required in online travel agency scenarios that set declarationBizScene. No maximum length is documented; 256 characters is a sanity bound chosen for this description. */
            declarationBeneficiaryId?: string;
        };
        /** @description Business details of the order. During payment Antom uses them for risk control and anti-money-laundering checks; afterwards they serve records and regulatory reporting. Antom does not compare orderAmount with paymentAmount, and nothing here affects fund movements. */
        Order: {
            /** @description Merchant's own identifier of the order, shown in the buyer's records and used when handling disputes. */
            referenceOrderId: string;
            /** @description Short summary of what was bought, shown in the buyer's payment records. */
            orderDescription: string;
            /** @description Total value of the order. */
            orderAmount: components["schemas"]["Amount"];
            /** @description Discount granted on the order as a whole. */
            orderDiscountAmount?: components["schemas"]["Amount"];
            /** @description Order value before discounts, shipping and similar adjustments. */
            subTotalOrderAmount?: components["schemas"]["Amount"];
            /** @description Merchant or sub-merchant that sells the goods. */
            merchant?: components["schemas"]["Merchant"];
            /** @description Items bought in this order, at most 100. Recommended for risk control. */
            goods?: components["schemas"]["Goods"][];
            /** @description Delivery details of the order. */
            shipping?: components["schemas"]["Shipping"];
            /** @description Details of the person who buys. */
            buyer?: components["schemas"]["Buyer"];
            /** @description Environment of the order itself; a separate object from the top-level env of the request. */
            env?: components["schemas"]["Env"];
            /** @description Additional order data for special cases. No maximum length is documented; 2048 characters is a sanity bound chosen for this description. */
            extendInfo?: string;
            /** @description Itinerary details for travel bookings. */
            transit?: components["schemas"]["Transit"];
            /** @description Stay details for hotel bookings. */
            lodging?: components["schemas"]["Lodging"];
            /** @description Details for game top-ups. */
            gaming?: components["schemas"]["Gaming"];
            /** @description Whether the order has to be declared (for example to customs or for foreign-exchange purposes). Wire typing: documented as the JSON string "true" or "false"; a native JSON boolean, as Antom's SDKs send it, is also accepted. */
            needDeclaration?: string | boolean;
            /** @description Declaration scene details, used together with needDeclaration. */
            declaration?: components["schemas"]["Declaration"];
            /** @description Kind of order; its values are not documented. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            orderType?: string;
        };
        /** @description Settlement preferences for the payment. */
        SettlementStrategy: {
            /** @description ISO 4217 code of the currency in which the merchant wants to be settled. Required when the merchant has contracted more than one settlement currency. */
            settlementCurrency?: string;
        };
        /** @description The payment method used to collect the money, plus the data that method needs. */
        PaymentMethod: {
            /** @description Code of the payment method, for example ALIPAY_CN, GCASH or CARD. The valid codes are those in Antom's payment method list. */
            paymentMethodType: string;
            /** @description Token of a saved card (the cardToken returned by an earlier payment). Send it for CARD payments that use a stored card instead of raw card details. */
            paymentMethodId?: string;
            /**
             * @description Funding type of the card.
             * @enum {string}
             */
            funding?: "CREDIT" | "DEBIT" | "PREPAID" | "CHARGE" | "DEFERRED_DEBIT";
            /** @description Merchant-side identifier of the buyer. Recommended for risk control. No maximum length is documented; 256 characters is a sanity bound chosen for this description. */
            customerId?: string;
            /** @description Additional payment-method data; only needed in special cases. */
            extendInfo?: string;
            /** @description Whether the card issuer must authenticate the buyer. Relevant to card payments in Korea (KR), where the SDKs say it must be set. Wire typing: documented as the JSON string "true" or "false"; a native JSON boolean, as Antom's SDKs send it, is also accepted. */
            requireIssuerAuthentication?: string | boolean;
            /** @description Free-form key/value data specific to the payment method. For CARD payments with raw card details it typically carries cardNo (the result-code table spells it cardno), cvv, expiryYear, expiryMonth, cardholderName (firstName/lastName), billingAddress and is3DSAuthentication. Values follow the same string wire form as the rest of the body. */
            paymentMethodMetaData?: {
                [key: string]: unknown;
            };
        };
        /** @description Flags describing the payment scenario. Required at the top level of PayRequest when the payment method is CARD. */
        PaymentFactor: {
            /** @description Whether the request is an evaluation of the payment rather than a real charge; the SDKs give no further detail. Wire typing: documented as the JSON string "true" or "false"; a native JSON boolean, as Antom's SDKs send it, is also accepted. */
            isPaymentEvaluation?: string | boolean;
            /**
             * @description In-store scenario (payment code, order code or entry code); not used by Checkout Payment in practice. The Java specification lists PaymentCode/OrderCode/EntryCode while both SDKs actually send the upper-case constant names, so both spellings are accepted.
             * @enum {string}
             */
            inStorePaymentScenario?: "PaymentCode" | "OrderCode" | "EntryCode" | "PAYMENTCODE" | "ORDERCODE" | "ENTRYCODE";
            /**
             * @description How the payment options are presented to the buyer.
             * @enum {string}
             */
            presentmentMode?: "BUNDLE" | "TILE" | "UNIFIED";
            /**
             * @description When the authorized card funds are captured. AUTOMATIC (the default) captures right away; MANUAL waits for a separate capture call.
             * @enum {string}
             */
            captureMode?: "AUTOMATIC" | "MANUAL";
            /** @description Whether the card payment is an authorization only. The SDKs say to set it for CARD payments made through the Antom client SDK. Wire typing: documented as the JSON string "true" or "false"; a native JSON boolean, as Antom's SDKs send it, is also accepted. */
            isAuthorization?: string | boolean;
        };
        /** @description Installment plan for the payment. feePercentage is required when creditPayFeeType is PERCENTAGE. The same object is echoed inside PaymentResultInfo in responses. */
        CreditPayPlan: {
            /** @description Number of installments, from 2 to 36. Wire typing: documented as a JSON string (e.g. "3"); a native JSON integer, as Antom's SDKs send it, is also accepted. */
            installmentNum?: string | number;
            /** @description Period between installments. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            interval?: string;
            /**
             * @description How the installment fee is shared. PERCENTAGE means feePercentage gives the merchant's share.
             * @enum {string}
             */
            creditPayFeeType?: "PERCENTAGE";
            /** @description Share of the installment fee borne by the merchant, in percent from 0 to 100. Required when creditPayFeeType is PERCENTAGE. Wire typing: documented as a JSON string (e.g. "3"); a native JSON integer, as Antom's SDKs send it, is also accepted. */
            feePercentage?: string | number;
            /** @description Installment counts the buyer may choose from, at most 100 entries of 2 to 36 each. If installmentNum is also sent, installmentNum takes precedence. */
            filteredInstallmentPeriods?: (string | number)[];
            /** @description Interest rate of the plan as a decimal percentage string, e.g. "1.5". Returned for card installments when the channel provides it. */
            interestRate?: string;
        } & unknown;
        /** @description Proof that the buyer completed an earlier verification step, sent back with the payment that asked for it. */
        PaymentVerificationData: {
            /** @description Identifier of the verification request that is being answered. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            verifyRequestId?: string;
            /** @description Code the buyer entered or received during verification. No maximum length is documented; 256 characters is a sanity bound chosen for this description. */
            authenticationCode?: string;
        };
        /** @description Up to five free-form values a merchant attaches to a payment, refund or inquiry for its own use. The SDKs give them no further meaning. */
        CustomizedInfo: {
            /** @description First merchant-defined value. No maximum length is documented; 256 characters is a sanity bound chosen for this description. */
            customizedField1?: string;
            /** @description Second merchant-defined value. No maximum length is documented; 256 characters is a sanity bound chosen for this description. */
            customizedField2?: string;
            /** @description Third merchant-defined value. No maximum length is documented; 256 characters is a sanity bound chosen for this description. */
            customizedField3?: string;
            /** @description Fourth merchant-defined value. No maximum length is documented; 256 characters is a sanity bound chosen for this description. */
            customizedField4?: string;
            /** @description Fifth merchant-defined value. No maximum length is documented; 256 characters is a sanity bound chosen for this description. */
            customizedField5?: string;
        };
        /** @description An exchange-rate quote between two currencies. */
        Quote: {
            /** @description Antom's identifier of the quote. */
            quoteId?: string;
            /** @description The two ISO 4217 codes of the quote joined by a slash, for example USD/CNY. */
            quoteCurrencyPair?: string;
            /** @description Exchange rate of the pair, as a decimal. The source states a range starting at 1, which cannot hold for every currency pair, so only a positive value is required. Wire typing: documented as a decimal JSON string (e.g. "7.1563"); a native JSON number, as Antom's SDKs send it, is also accepted. */
            quotePrice?: string | number;
            /**
             * Format: date-time
             * @description ISO 8601 moment from which the rate is valid.
             */
            quoteStartTime?: string;
            /**
             * Format: date-time
             * @description ISO 8601 moment at which the rate stops being valid.
             */
            quoteExpiryTime?: string;
            /** @description Whether Antom guarantees the rate. Wire typing: documented as the JSON string "true" or "false"; a native JSON boolean, as Antom's SDKs send it, is also accepted. */
            guaranteed?: string | boolean;
            /** @description Converted amount resulting from the quote. */
            exchangeAmount?: components["schemas"]["Amount"];
        };
        /**
         * @description Body of POST /v1/payments/pay (Checkout Payment). The merchant sends it to open a payment and gets back the
         *     addresses of the Antom cashier page to which the buyer is sent.
         *
         *     Wire typing: the API document asks for every value that is not an array to travel as a JSON string (an
         *     Integer 20 is written "20", a Boolean true is written "true"). Antom's own Java and Python SDKs, however,
         *     serialize Integer, Boolean and decimal fields as native JSON numbers and booleans. This description accepts
         *     both forms for exactly those fields: the string form is constrained by a pattern and the native form by
         *     minimum/maximum. Fields that are strings by nature (amounts in minor units, screen sizes, colour depth and
         *     similar) must always be JSON strings, and a bare number there is rejected.
         *
         *     Conditional rules: appId is required when env.terminalType is MINI_APP, and paymentFactor is required when
         *     paymentMethod.paymentMethodType is CARD. Properties not listed here are tolerated, because the SDKs send
         *     fields that the API document does not mention.
         */
        PayRequest: {
            /** @description Two-letter ISO 3166 code of the country or region in which the merchant does business, for example US, SG or JP. Required when the merchant uses the Global Acquirer Gateway (GAGW) product; otherwise it can be left out. */
            merchantRegion?: string;
            /** @description Identifier of one merchant account. Send it when a single client ID serves several business locations, so Antom knows which account the payment belongs to. */
            merchantAccountId?: string;
            /** @description Two-letter ISO 3166 code of the buyer's country or region. Only meaningful for merchants that use the Alipay+ cashier page, where it decides which wallets are listed first. */
            userRegion?: string;
            /** @description Device and environment facts about where the buyer placed the order; Antom also uses them for risk control. */
            env: components["schemas"]["Env"];
            /** @description Order details (buyer, merchant, goods, shipping and so on). Antom uses them for risk control and regulatory reporting only; they are not checked against paymentAmount and do not move funds. */
            order: components["schemas"]["Order"];
            /** @description Merchant-assigned identifier of this payment request and the idempotency key of the API: repeating a request with the same value after it reached a final S or F status returns the same result. Use a new value for every fresh attempt. */
            paymentRequestId: string;
            /** @description Amount the merchant asks to collect, in the order currency. */
            paymentAmount: components["schemas"]["Amount"];
            /** @description How the collected funds are settled to the merchant. */
            settlementStrategy: components["schemas"]["SettlementStrategy"];
            /** @description Payment method through which the money is collected, such as a wallet or a card. */
            paymentMethod: components["schemas"]["PaymentMethod"];
            /** @description Flags that describe the payment scenario. Required when paymentMethod.paymentMethodType is CARD. */
            paymentFactor?: components["schemas"]["PaymentFactor"];
            /** @description Installment plan for this payment. Only send it when installments have been arranged with Antom Technical Support beforehand. */
            creditPayPlan?: components["schemas"]["CreditPayPlan"];
            /** @description Antom-assigned identifier of the mini program in which the payment takes place. Required when env.terminalType is MINI_APP. */
            appId?: string;
            /**
             * Format: date-time
             * @description ISO 8601 moment after which the payment can no longer be completed and processing stops. When omitted, Antom applies its default window (typically around 14 minutes, 48 hours for bank transfers). A custom value must fall within 10 minutes of the request for most methods, or within 48 hours for bank transfers.
             */
            paymentExpiryTime?: string;
            /**
             * Format: uri
             * @description Address at which the merchant wants to receive the asynchronous payment result notification (see PaymentNotification). When a URL is also configured in Antom Dashboard, the one in this request wins.
             */
            paymentNotifyUrl?: string;
            /**
             * Format: uri
             * @description Merchant page to which the buyer is taken once the payment flow finishes.
             */
            paymentRedirectUrl: string;
            /**
             * @description Payment product agreed in the merchant contract. For Checkout Payment it is always CASHIER_PAYMENT.
             * @enum {string}
             */
            productCode: "CASHIER_PAYMENT";
            /** @description Payment method that receives the funds, when it differs from the merchant's default account. */
            payToMethod?: components["schemas"]["PaymentMethod"];
            /** @description Whether this payment only authorizes the amount, to be captured later, instead of collecting it at once. Wire typing: documented as the JSON string "true" or "false"; a native JSON boolean, as Antom's SDKs send it, is also accepted. */
            isAuthorization?: string | boolean;
            /** @description Merchant or sub-merchant behind the payment, at the top level of the request (order.merchant describes the seller of the order). */
            merchant?: components["schemas"]["Merchant"];
            /** @description Result of a verification step (see challengeActionForm in the response) that this request completes. */
            paymentVerificationData?: components["schemas"]["PaymentVerificationData"];
            /** @description Additional payment data for special cases. No maximum length is documented; 2048 characters is a sanity bound chosen for this description. */
            extendInfo?: string;
            /** @description Flag for offline (in-store) payments. Wire typing: documented as the JSON string "true" or "false"; a native JSON boolean, as Antom's SDKs send it, is also accepted. */
            dualOfflinePayment?: string | boolean;
            /** @description Free-form merchant values attached to the payment. */
            customizedInfo?: components["schemas"]["CustomizedInfo"];
            /** @description Exchange-rate quote, obtained from Antom beforehand, that the payment is to use when the order and payment currencies differ. */
            paymentQuote?: components["schemas"]["Quote"];
            /** @description Amount to be processed by the payment method, in its own currency, when it differs from paymentAmount. */
            processingAmount?: components["schemas"]["Amount"];
            /** @description Merchant-defined data kept with the payment, typically a JSON text; the payment result notification has a field of the same name. No maximum length is documented; 2048 characters is a sanity bound chosen for this description. */
            metadata?: string;
            /** @description Identifier of a tax calculation the payment is linked to. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            taxCalculationId?: string;
        } & (unknown & unknown);
        /**
         * @description Status letter of a Result. S: the call succeeded (in a PAYMENT_PENDING notification it means the payment is still being processed). F: the call failed. U: the outcome is unknown or still in progress; for pay, check resultCode and the returned URLs as described in the result-code table.
         * @enum {string}
         */
        ResultStatus: "S" | "F" | "U";
        /** @description Outcome of an API call or notification: a status letter, a machine-readable code and a human-readable message. Any F or U outcome of pay still comes with HTTP 200 and is reported here. */
        Result: {
            /** @description Machine-readable result code. The codes known for each operation, with the action each calls for, are listed in that operation's result-code table and in the gateway-wide table that every operation shares (spec/result-codes/); Antom may return other codes, which must still be accepted and handled by resultStatus. */
            resultCode: string;
            /** @description Status letter: S success, F failure, U unknown. */
            resultStatus: components["schemas"]["ResultStatus"];
            /** @description Human-readable explanation of resultCode; it may be missing. Its wording varies, so never branch on it. */
            resultMessage?: string;
        };
        /** @description Customer details from the Alipay+ wallet (payment service provider), returned when the wallet shares them. */
        PspCustomerInfo: {
            /** @description Name of the Alipay+ wallet. */
            pspName?: string;
            /** @description Identifier of the customer inside the wallet. */
            pspCustomerId?: string;
            /** @description Customer identifier suitable for display, such as a masked login ID. */
            displayCustomerId?: string;
            /** @description Customer name suitable for display. No maximum length is documented; 256 characters is a sanity bound chosen for this description. */
            displayCustomerName?: string;
            /** @description Customer identifier in Alipay's internal 2088-prefixed format. No maximum length is documented; 256 characters is a sanity bound chosen for this description. */
            customer2088Id?: string;
            /** @description Additional wallet customer data. No maximum length is documented; 2048 characters is a sanity bound chosen for this description. */
            extendInfo?: string;
        };
        /** @description One rendering of an order code. */
        CodeDetail: {
            /** @description Whether the code is a bar code or a QR code. The list holds the known values; others are accepted, because Antom may add new ones. */
            codeValueType?: "BARCODE" | "QRCODE" | (string & {});
            /** @description The code content: for image display types an image address (plain or Base64-encoded), for TEXT the code text itself. */
            codeValue?: string;
            /** @description How the code is meant to be shown. The list holds the known values; others are accepted, because Antom may add new ones. */
            displayType?: "TEXT" | "MIDDLEIMAGE" | "SMALLIMAGE" | "BIGIMAGE" | "IMAGE" | (string & {});
        };
        /** @description Order code data (QR code or bar code) that the buyer scans or enters to pay, returned when the method supports it. */
        OrderCodeForm: {
            /** @description Payment method the code belongs to. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            paymentMethodType?: string;
            /**
             * Format: date-time
             * @description ISO 8601 moment after which the code can no longer be used.
             */
            expireTime?: string;
            /** @description Code renderings, at most 4. */
            codeDetails?: components["schemas"]["CodeDetail"][];
            /** @description Additional code data; only present when there is any. */
            extendInfo?: string;
        };
        /** @description Information from the acquirer that processed the payment. */
        AcquirerInfo: {
            /** @description Name of the acquirer. Only returned for Antom Payment Orchestration (APO) integrations. */
            acquirerName?: string;
            /** @description Request identifier that was sent to the acquirer. Only returned for Antom Payment Orchestration (APO) integrations. */
            referenceRequestId?: string;
            /** @description Acquirer's identifier of the transaction. Only returned for Antom Payment Orchestration (APO) integrations. */
            acquirerTransactionId?: string;
            /** @description Merchant identifier at the acquirer. Only returned for Antom Payment Orchestration (APO) integrations. */
            acquirerMerchantId?: string;
            /** @description Result code reported by the acquirer. Only returned for Antom Payment Orchestration (APO) integrations. */
            acquirerResultCode?: string;
            /** @description Text that explains acquirerResultCode. Only returned for Antom Payment Orchestration (APO) integrations. */
            acquirerResultMessage?: string;
            /** @description Reason code given by the acquirer, for example for a dispute it reports. */
            acquirerReasonCode?: string;
            /** @description Merchant name registered with the acquirer. No maximum length is documented; 256 characters is a sanity bound chosen for this description. */
            acquirerMerchantName?: string;
            /** @description Reason text provided by the acquirer. No maximum length is documented; 2048 characters is a sanity bound chosen for this description. */
            acquirerReasonDescription?: string;
            /** @description Transaction identifier at the payment technical service provider; the SDKs add no further detail. No maximum length is documented; 256 characters is a sanity bound chosen for this description. */
            ptspTransactionId?: string;
            /** @description Card token issued by the acquirer. Only returned for Antom Payment Orchestration (APO) integrations. */
            acquirerCardToken?: string;
        };
        /** @description Outcome of 3D Secure cardholder authentication. */
        ThreeDSResult: {
            /** @description 3D Secure protocol version that was used. The list holds the known values; others are accepted, because Antom may add new ones. */
            threeDSVersion?: "1.0.2" | "2.1.0" | "2.2.0" | (string & {});
            /** @description Electronic Commerce Indicator set by the card scheme to express how the cardholder was authenticated. The list holds the known values; others are accepted, because Antom may add new ones. */
            eci?: "00" | "01" | "02" | "04" | "05" | "06" | "07" | (string & {});
            /** @description Cardholder authentication verification value; only present when authentication succeeded. No maximum length is documented; 256 characters is a sanity bound chosen for this description. */
            cavv?: string;
            /** @description Transaction identifier assigned by the Directory Server; 3D Secure 2.x only. No maximum length is documented; 256 characters is a sanity bound chosen for this description. */
            dsTransactionId?: string;
            /** @description Transaction identifier for 3D Secure 1.0 authentication. No maximum length is documented; 256 characters is a sanity bound chosen for this description. */
            xid?: string;
            /** @description Reason code explaining why authentication failed. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            threeDStransactionStatusReason?: string;
            /** @description Reason why the 3D Secure challenge was cancelled. The list holds the known values; others are accepted, because Antom may add new ones. */
            challengeCancel?: "01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | (string & {});
            /** @description Whether the cardholder had to complete a 3D Secure challenge. Wire typing: documented as the JSON string "true" or "false"; a native JSON boolean, as Antom's SDKs send it, is also accepted. */
            challenged?: string | boolean;
            /** @description Exemption requested during 3D Secure. The list holds the known values; others are accepted, because Antom may add new ones. */
            exemptionType?: "dataOnly" | "lowValue" | "transactionRiskAnalysis" | (string & {});
            /** @description Whether 3D Secure was triggered for the payment. Wire typing: documented as the JSON string "true" or "false"; a native JSON boolean, as Antom's SDKs send it, is also accepted. */
            threeDSOffered?: string | boolean;
        };
        /** @description Extra details about the payment result, mostly for card payments: masked card data, issuer and acquirer information, 3D Secure outcome and authorization capabilities. */
        PaymentResultInfo: {
            /** @description Name of the bank that issued the card. No maximum length is documented; 256 characters is a sanity bound chosen for this description. */
            issuerName?: string;
            /** @description Decline code exactly as the payment channel returned it, for failed card payments. No maximum length is documented; 256 characters is a sanity bound chosen for this description. */
            refusalCodeRaw?: string;
            /** @description Decline reason exactly as the payment channel returned it, for failed card payments. No maximum length is documented; 2048 characters is a sanity bound chosen for this description. */
            refusalReasonRaw?: string;
            /** @description Advice code from the card scheme telling the merchant how to treat the result (for example whether a retry makes sense). No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            merchantAdviceCode?: string;
            /** @description Details from the acquirer that processed the payment. */
            acquirerInfo?: components["schemas"]["AcquirerInfo"];
            /** @description Masked card number that is safe to display. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            cardNo?: string;
            /** @description Brand of the card, suitable for display. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            cardBrand?: string;
            /** @description Token of the card; send it later as paymentMethod.paymentMethodId to pay with the same card again. No maximum length is documented; 128 characters is a sanity bound chosen for this description. */
            cardToken?: string;
            /** @description Country or region in which the card was issued. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            issuingCountry?: string;
            /** @description Funding type of the card. A plain string here, unlike the enumerated PaymentMethod.funding. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            funding?: string;
            /** @description Country or region code of the payment method. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            paymentMethodRegion?: string;
            /** @description Outcome of 3D Secure authentication. */
            threeDSResult?: components["schemas"]["ThreeDSResult"];
            /** @description Address verification (AVS) result code as the channel returned it. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            avsResultRaw?: string;
            /** @description Card security code (CVV/CVC) check result as the channel returned it. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            cvvResultRaw?: string;
            /** @description Transaction identifier assigned by the card scheme; keep it for later related payments. No maximum length is documented; 256 characters is a sanity bound chosen for this description. */
            networkTransactionId?: string;
            /** @description Installment plan that was applied, if any. */
            creditPayPlan?: components["schemas"]["CreditPayPlan"];
            /** @description Name of the cardholder. Returned for CARD payments, and only for certain merchants or regions. */
            cardholderName?: string;
            /** @description Leading digits (bank identification number) of the card. The source text speaks of six digits while allowing up to 8 characters. Returned for CARD payments, and only for certain merchants or regions. */
            cardBin?: string;
            /** @description Last four digits of the card number. Returned for CARD payments, and only for certain merchants or regions. */
            lastFour?: string;
            /** @description Two-digit expiry month of the card, e.g. "02" for February. Returned for CARD payments. */
            expiryMonth?: string;
            /** @description Expiry year of the card, documented as two digits (e.g. "25" for 2025); up to four characters are tolerated. Returned for CARD payments. */
            expiryYear?: string;
            /** @description Whether the card is a personal or a business card. The list holds the known values; others are accepted, because Antom may add new ones. */
            cardCategory?: "CONSUMER" | "COMMERCIAL" | (string & {});
            /** @description Account number associated with the payment; the SDKs add no further detail. No maximum length is documented; 256 characters is a sanity bound chosen for this description. */
            accountNo?: string;
            /** @description Strong customer authentication exemption that Antom requested during authorization. The list holds the known values; others are accepted, because Antom may add new ones. */
            exemptionRequested?: "lowValue" | "transactionRiskAnalysis" | (string & {});
            /** @description Whether the payment used the card number itself or a network token. The list holds the known values; others are accepted, because Antom may add new ones. */
            credentialTypeUsed?: "PAN" | "NETWORK_TOKEN" | (string & {});
            /** @description Retrieval reference number that helps trace the transaction. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            rrn?: string;
            /** @description Whether the buyer authorized future payments. Only for PAYPAY payments with smart payment enabled. The list holds the known values; others are accepted, because Antom may add new ones. */
            userAuthorizationStatus?: "AUTHORIZED" | "UNAUTHORIZED" | (string & {});
            /** @description Authorization code issued by the channel when the authorization succeeded. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            authorizationCode?: string;
            /** @description Whether the authorization can later be increased. Wire typing: documented as the JSON string "true" or "false"; a native JSON boolean, as Antom's SDKs send it, is also accepted. */
            incrementalAuthorizationAvailable?: string | boolean;
            /** @description Whether the validity of the authorization can later be extended. Wire typing: documented as the JSON string "true" or "false"; a native JSON boolean, as Antom's SDKs send it, is also accepted. */
            extendedAuthorizationAvailable?: string | boolean;
            /** @description Whether a refund can be made against this authorization using paymentId. Wire typing: documented as the JSON string "true" or "false"; a native JSON boolean, as Antom's SDKs send it, is also accepted. */
            refundOnAuthorizationAvailable?: string | boolean;
        };
        /** @description A discount applied to the payment. */
        Discount: {
            /** @description Tag that identifies the discount. No maximum length is documented; 256 characters is a sanity bound chosen for this description. */
            discountTag?: string;
            /** @description Name of the discount in the default language. */
            discountName?: string;
            /** @description Amount the buyer actually saved. */
            savingsAmount?: components["schemas"]["Amount"];
            /** @description Amount the buyer was expected to save. */
            estimateSavingsAmount?: components["schemas"]["Amount"];
        };
        /** @description A promotion the buyer applied to the payment. */
        PromotionResult: {
            /** @description Kind of promotion: a discount or interest-free installments. The list holds the known values; others are accepted, because Antom may add new ones. */
            promotionType?: "DISCOUNT" | "INTEREST_FREE" | (string & {});
            /** @description Details of the discount, when the promotion is one. */
            discount?: components["schemas"]["Discount"];
        };
        /** @description A verification step the buyer has to complete before the payment can go on, such as entering a one-time code. */
        ChallengeActionForm: {
            /** @description Kind of verification asked of the buyer. The list holds the known values; others are accepted, because Antom may add new ones. */
            challengeType?: "SMS_OTP" | "PLAINTEXT_CARD_NO" | "CARD_EXPIRE_DATE" | (string & {});
            /** @description Data needed to present the verification to the buyer. No maximum length is documented; 20000 characters is a sanity bound chosen for this description. */
            challengeRenderValue?: string;
            /** @description Who asked for the verification, Antom itself or the payment channel. The list holds the known values; others are accepted, because Antom may add new ones. */
            triggerSource?: "AMS" | "CHANNEL" | (string & {});
            /** @description Additional data about the verification step. No maximum length is documented; 2048 characters is a sanity bound chosen for this description. */
            extendInfo?: string;
        };
        /** @description Instructions for sending the buyer on to another page, for example to finish authentication with the payment method or the card issuer. */
        RedirectActionForm: {
            /** @description HTTP method with which the page at redirectUrl is to be opened, such as GET or POST. The SDKs type it as plain text and list no values, so any short text is accepted. */
            method?: string;
            /** @description Parameters to send along when method is POST, as Antom serialized them. No maximum length is documented; 20000 characters is a sanity bound chosen for this description. */
            parameters?: string;
            /**
             * Format: uri
             * @description Address of the page to which the buyer is sent.
             */
            redirectUrl?: string;
        };
        /**
         * @description Body of the HTTP 200 answer to POST /v1/payments/pay. Business success, failure and unknown outcomes all
         *     arrive here and are told apart by result (see the result-code table for what to do next). Only result is
         *     always present; the other fields appear depending on the outcome and the payment method, so none of them
         *     is enforced. Real responses carry extra, undocumented fields, which are accepted.
         */
        PayResponse: {
            /** @description Outcome of the call: status, code and message. */
            result: components["schemas"]["Result"];
            /** @description Echo of the merchant's paymentRequestId. Returned when the payment is in process (result status U with a cashier URL). */
            paymentRequestId?: string;
            /** @description Antom's own identifier of the payment. Returned when the payment is in process (result status U with a cashier URL). */
            paymentId?: string;
            /** @description Amount to be collected, in the order currency. Returned when the payment is in process (result status U with a cashier URL). */
            paymentAmount?: components["schemas"]["Amount"];
            /** @description Opaque data for the Antom client SDK, which uses it to render the checkout (pass it to the SDK's showPaymentSheet call). Only returned to merchant apps that integrate that SDK. */
            paymentData?: string;
            /**
             * Format: date-time
             * @description ISO 8601 moment at which Antom created the payment. Returned while the payment is in process.
             */
            paymentCreateTime?: string;
            /** @description Customer details from the Alipay+ wallet that handled the payment, when that wallet shares them. */
            pspCustomerInfo?: components["schemas"]["PspCustomerInfo"];
            /** @description Order code (QR or bar code) data, when the payment method provides it. */
            orderCodeForm?: components["schemas"]["OrderCodeForm"];
            /** @description Transaction amount converted with settlementQuote. Only present when the exchange rate was fixed at transaction time. */
            grossSettlementAmount?: components["schemas"]["Amount"];
            /** @description Exchange rate between the transaction and settlement currencies; comes together with grossSettlementAmount. */
            settlementQuote?: components["schemas"]["Quote"];
            /** @description Android package name used to launch the cashier app. Returned while the payment is in process when env.terminalType was APP or WAP. */
            appIdentifier?: string;
            /**
             * Format: uri
             * @description Android App Link or iOS Universal Link: opens the wallet app when installed and falls back to a mobile web page otherwise. While the payment is in process at least one of applinkUrl, normalUrl and schemeUrl should be present.
             */
            applinkUrl?: string;
            /**
             * Format: uri
             * @description Web address of the cashier page, to open in the default browser or an embedded WebView. While the payment is in process at least one of applinkUrl, normalUrl and schemeUrl should be present.
             */
            normalUrl?: string;
            /**
             * Format: uri
             * @description Custom URL scheme that opens the wallet app on Android or iOS when it is installed. While the payment is in process at least one of applinkUrl, normalUrl and schemeUrl should be present.
             */
            schemeUrl?: string;
            /** @description Extra result details; may be present when paymentMethodType is CARD. */
            paymentResultInfo?: components["schemas"]["PaymentResultInfo"];
            /** @description Promotions the buyer applied while placing the order; absent when none was used. */
            promotionResult?: components["schemas"]["PromotionResult"][];
            /** @description Amount the buyer actually pays, when it differs from paymentAmount (for example after a promotion). */
            actualPaymentAmount?: components["schemas"]["Amount"];
            /** @description Exchange rate applied between the payment currency and the currency of actualPaymentAmount. */
            paymentQuote?: components["schemas"]["Quote"];
            /**
             * Format: date-time
             * @description ISO 8601 moment at which the payment succeeded; only present when it already has.
             */
            paymentTime?: string;
            /**
             * Format: date-time
             * @description ISO 8601 moment at which an authorization (isAuthorization) lapses if it is not captured.
             */
            authExpiryTime?: string;
            /** @description Value of coupons that the wallet applied without Antom guaranteeing it. */
            nonGuaranteeCouponValue?: components["schemas"]["Amount"];
            /** @description Serialized instructions for the next step of the payment, for payment methods that need one. No maximum length is documented; 20000 characters is a sanity bound chosen for this description. */
            paymentActionForm?: string;
            /** @description Verification the buyer must complete before the payment can go on; answer it with paymentVerificationData in a new request. */
            challengeActionForm?: components["schemas"]["ChallengeActionForm"];
            /** @description Page to which the buyer must be sent to continue the payment. */
            redirectActionForm?: components["schemas"]["RedirectActionForm"];
            /** @description Additional response data for special cases. No maximum length is documented; 2048 characters is a sanity bound chosen for this description. */
            extendInfo?: string;
            /** @description Details from the acquirer that processes the payment. */
            acquirerInfo?: components["schemas"]["AcquirerInfo"];
            /** @description Amount processed by the payment method, in its own currency, when it differs from paymentAmount. */
            processingAmount?: components["schemas"]["Amount"];
            /** @description Code of the payment method that handles the payment, such as ALIPAY_CN or CARD. */
            paymentMethodType?: string;
        };
        /**
         * @description Body of POST /v1/payments/inquiryPayment: which payment to look up. Send paymentRequestId, paymentId or both;
         *     when both are present Antom uses paymentId. The two IDs map one-to-one.
         */
        InquiryPaymentRequest: {
            /** @description The merchant's paymentRequestId from the pay request. The merchant owns this ID, so it is the one to use when the pay call timed out before a paymentId came back. */
            paymentRequestId?: string;
            /** @description Antom's ID of the payment, as returned by pay or notifyPayment. Takes precedence over paymentRequestId. */
            paymentId?: string;
            /** @description Merchant account the payment belongs to; only for merchants that share one client ID across several accounts or locations. */
            merchantAccountId?: string;
        } & unknown;
        /** @description One attempt at collecting a recurring payment. */
        PaymentAttempt: {
            /**
             * Format: date-time
             * @description ISO 8601 moment at which the attempt started.
             */
            attemptAt?: string;
            /** @description Outcome reported for the attempt. */
            attemptResponse?: string;
        };
        /** @description State of automatic payment retries. The SDK limits it to recurring PIX payments. */
        RetryInfo: {
            /** @description How many retry attempts remain. Wire typing: documented as a JSON string (e.g. "2"); a native JSON integer, as Antom's SDKs send it, is also accepted. */
            availableRetries?: string | number;
            /** @description Order number of the current period of the recurring payment. */
            orderId?: string;
            /** @description Attempts made so far for the recurring payment, at most four. */
            paymentAttempts?: components["schemas"]["PaymentAttempt"][];
        };
        /** @description Card details of a card payment, as the inquiryPayment response carries them. Lengths are not documented; the bounds are sanity limits chosen for this description. */
        CardInfo: {
            /** @description Masked card number, safe to show to the buyer (only some digits are visible). */
            cardNo?: string;
            /** @description Brand of the card, such as VISA or MASTERCARD. */
            cardBrand?: string;
            /** @description Token that stands for the card. */
            cardToken?: string;
            /** @description Country or region that issued the card. */
            issuingCountry?: string;
            /** @description Funding type of the card, such as CREDIT or DEBIT. */
            funding?: string;
            /** @description Region code of the country or region the payment method belongs to. */
            paymentMethodRegion?: string;
            /** @description Outcome of 3D Secure authentication for the payment. */
            threeDSResult?: components["schemas"]["ThreeDSResult"];
        };
        /** @description One follow-up operation recorded against a payment (a refund, a capture, a cancellation and so on), as listed in the transactions array of an inquiryPayment response. This is where the status of a capture can be polled. */
        Transaction: {
            /** @description Kind of follow-up operation. CAPTURE entries carry the capture status, REFUND entries the refund status. The list holds the known values; others are accepted, because Antom may add new ones. */
            transactionType?: "PAYMENT" | "REFUND" | "CAPTURE" | "CANCEL" | "AUTHORIZATION" | "VOID" | "INCREMENTAL" | (string & {});
            /** @description Where that operation stands on Antom's side. The list holds the known values; others are accepted, because Antom may add new ones. */
            transactionStatus?: "SUCCESS" | "FAIL" | "PROCESSING" | "CANCELLED" | "PENDING" | (string & {});
            /** @description The merchant's ID of the operation; the refundRequestId of a refund or the captureRequestId of a capture. */
            transactionRequestId?: string;
            /** @description Antom's ID of the operation; the refundId of a refund or the captureId of a capture. */
            transactionId?: string;
            /** @description Amount the operation moved. */
            transactionAmount?: components["schemas"]["Amount"];
            /**
             * Format: date-time
             * @description ISO 8601 moment of the operation.
             */
            transactionTime?: string;
            /** @description Result object of the operation itself (code, status letter and message). */
            transactionResult?: components["schemas"]["Result"];
            /** @description Details from the acquirer that handled the operation. */
            acquirerInfo?: components["schemas"]["AcquirerInfo"];
            /** @description The operation's amount in the settlement currency, when the rate was locked. */
            grossSettlementAmount?: components["schemas"]["Amount"];
            /** @description Rate behind grossSettlementAmount. */
            settlementQuote?: components["schemas"]["Quote"];
        };
        /**
         * @description Body of the HTTP 200 answer to POST /v1/payments/inquiryPayment. result only says whether the inquiry itself
         *     worked; the state of the payment is paymentStatus. The payment fields are returned when result.resultStatus is
         *     S, paymentTime only once paymentStatus is SUCCESS. Only result is always present; extra fields Antom adds are
         *     accepted.
         */
        InquiryPaymentResponse: {
            /** @description Outcome of the inquiry call, not of the payment. */
            result: components["schemas"]["Result"];
            /** @description State of the payment on Antom's side: PROCESSING (waiting for the buyer), PENDING (the buyer has finished, the final result is still to come), SUCCESS, FAIL or CANCELLED. FAIL and CANCELLED are final; SUCCESS is final for the payment itself, refunds are tracked separately. The list holds the known values; others are accepted, because Antom may add new ones. */
            paymentStatus?: "SUCCESS" | "FAIL" | "PROCESSING" | "CANCELLED" | "PENDING" | (string & {});
            /** @description Code explaining paymentStatus, for example why a payment failed. Antom documents these in a separate payment-result-code table that this description does not reproduce. */
            paymentResultCode?: string;
            /** @description Human-readable text for paymentResultCode. */
            paymentResultMessage?: string;
            /** @description The merchant's paymentRequestId of the payment. */
            paymentRequestId?: string;
            /** @description Antom's ID of the payment. */
            paymentId?: string;
            /** @description ID of the authorisation behind the payment. 64 characters is a sanity bound chosen for this description. */
            authPaymentId?: string;
            /** @description Amount the merchant asked for, in the order currency. */
            paymentAmount?: components["schemas"]["Amount"];
            /** @description paymentAmount converted with paymentQuote into the currency actually charged; equal to paymentAmount when no conversion took place. */
            actualPaymentAmount?: components["schemas"]["Amount"];
            /** @description Rate between the payment currency and the currency actually charged; absent when they are the same. */
            paymentQuote?: components["schemas"]["Quote"];
            /**
             * Format: date-time
             * @description Card payments: ISO 8601 moment after which the authorisation can no longer be captured.
             */
            authExpiryTime?: string;
            /**
             * Format: date-time
             * @description ISO 8601 moment at which the payment was created.
             */
            paymentCreateTime?: string;
            /**
             * Format: date-time
             * @description ISO 8601 moment at which the payment succeeded; only present when paymentStatus is SUCCESS.
             */
            paymentTime?: string;
            /** @description Part of the amount covered by a coupon whose funding is not guaranteed. */
            nonGuaranteeCouponAmount?: components["schemas"]["Amount"];
            /** @description Customer details from the Alipay+ wallet, when it shares them. */
            pspCustomerInfo?: components["schemas"]["PspCustomerInfo"];
            /** @description State of automatic retries, for recurring PIX payments. */
            retryInfo?: components["schemas"]["RetryInfo"];
            /** @description Redirection still to be performed for the payment, when there is one. */
            redirectActionForm?: components["schemas"]["RedirectActionForm"];
            /** @description Card details, for card payments. */
            cardInfo?: components["schemas"]["CardInfo"];
            /** @description ID of the transaction at a non-Antom acquirer. */
            acquirerReferenceNo?: string;
            /** @description Extra information as a JSON string. 2048 characters is a sanity bound chosen for this description. */
            extendInfo?: string;
            /** @description Follow-up operations on the payment, present once a refund or a capture exists. The capture status of a manually captured card payment is read here (transactionType CAPTURE). Antom may send null instead of leaving the field out when there is none (the card-payment guide's inquiryPayment answer sets it to null), so null is accepted and means the same as an absent list. */
            transactions?: components["schemas"]["Transaction"][] | null;
            /** @description Total to declare to customs; only for successful payments that need a customs declaration. */
            customsDeclarationAmount?: components["schemas"]["Amount"];
            /** @description Payment amount in the settlement currency, when the rate was locked at transaction time. */
            grossSettlementAmount?: components["schemas"]["Amount"];
            /** @description Rate behind grossSettlementAmount. */
            settlementQuote?: components["schemas"]["Quote"];
            /** @description Extra result details, mainly for card payments. */
            paymentResultInfo?: components["schemas"]["PaymentResultInfo"];
            /** @description Details from the acquirer that processed the payment. */
            acquirerInfo?: components["schemas"]["AcquirerInfo"];
            /** @description Echo of the merchantAccountId of the request. */
            merchantAccountId?: string;
            /** @description Promotions the buyer applied, if any. */
            promotionResults?: components["schemas"]["PromotionResult"][];
            /**
             * Format: date-time
             * @description ISO 8601 earliest moment at which settlement of a captured payment can start (marketplaces).
             */
            earliestSettlementTime?: string;
            /** @description Payment method actually used; returned for Antom Checkout Page integrations. */
            paymentMethodType?: string;
            /** @description Amount still being processed. */
            processingAmount?: components["schemas"]["Amount"];
            /** @description Custom fields agreed with Antom. */
            customizedInfo?: components["schemas"]["CustomizedInfo"];
            /** @description Free-form data echoed from the payment. 2048 characters is a sanity bound chosen for this description. */
            metadata?: string;
        };
        /**
         * @description Body of POST /v1/payments/cancel: which payment to cancel. Send paymentId, paymentRequestId or both; when both
         *     are present Antom uses paymentId. Only a whole payment can be cancelled.
         */
        CancelRequest: {
            /** @description Antom's ID of the payment to cancel, as returned by pay. Takes precedence over paymentRequestId. */
            paymentId?: string;
            /** @description The merchant's paymentRequestId of the pay request to cancel. */
            paymentRequestId?: string;
            /** @description Merchant account the payment belongs to; only for merchants that share one client ID across several accounts or locations. */
            merchantAccountId?: string;
        } & unknown;
        /**
         * @description Body of the HTTP 200 answer to POST /v1/payments/cancel. With result.resultStatus S the payment is cancelled:
         *     an unpaid payment can no longer be paid, a paid one is refunded in full, and the status stays CANCELLED even if
         *     a success shows up later. paymentId, paymentRequestId and cancelTime are only returned on S.
         */
        CancelResponse: {
            /** @description Outcome of the cancellation: S cancelled, F refused, U unknown (resend the identical request). */
            result: components["schemas"]["Result"];
            /** @description Antom's ID of the cancelled payment. */
            paymentId?: string;
            /** @description The merchant's paymentRequestId of the cancelled payment. */
            paymentRequestId?: string;
            /**
             * Format: date-time
             * @description ISO 8601 moment at which the cancellation completed.
             */
            cancelTime?: string;
        };
        /**
         * @description Body of POST /v1/payments/capture: take the money of a card payment that was authorised with
         *     paymentFactor.captureMode MANUAL. Capture within 7 days of the authorisation; one or several partial captures
         *     are possible where the card scheme allows them, as long as their total stays within the authorised amount
         *     (US-issued cards: exactly the authorised amount). captureRequestId is the idempotency key.
         */
        CaptureRequest: {
            /** @description The merchant's unique ID of this capture and its idempotency key; resending it after a final S or F answer returns that same answer. */
            captureRequestId: string;
            /** @description Antom's ID of the authorised payment. */
            paymentId: string;
            /** @description Amount to capture, in the transaction currency; all or part of what was authorised. */
            captureAmount: components["schemas"]["Amount"];
            /** @description Marks this capture as the last one of a series of partial captures. Wire typing: documented rule is the JSON string "true" or "false"; a native JSON boolean, as Antom's SDKs send it, is also accepted. */
            isLastCapture?: string | boolean;
            /** @description Kind of capture operation. 32 characters is a sanity bound chosen for this description. */
            captureType?: string;
            /** @description Travel itinerary (mode, legs, passengers), for travel merchants. */
            transit?: components["schemas"]["Transit"];
        };
        /**
         * @description Body of the HTTP 200 answer to POST /v1/payments/capture. result is the outcome of the call; the other fields
         *     are returned when the capture succeeded. A capture whose answer is lost or still in process is confirmed
         *     through notifyCapture or the transactions of inquiryPayment.
         */
        CaptureResponse: {
            /** @description Outcome of the capture call (see the result-code table). */
            result: components["schemas"]["Result"];
            /** @description Echo of the merchant's captureRequestId. */
            captureRequestId?: string;
            /** @description Antom's ID of the capture. */
            captureId?: string;
            /** @description Antom's ID of the captured payment. */
            paymentId?: string;
            /** @description Amount captured. */
            captureAmount?: components["schemas"]["Amount"];
            /**
             * Format: date-time
             * @description ISO 8601 moment at which Antom finished the capture.
             */
            captureTime?: string;
            /** @description ID of the capture at a non-Antom acquirer. */
            acquirerReferenceNo?: string;
        };
        /** @description Marketplace refunds: one source of the refunded money and how much comes from it. Plain Checkout refunds do not use it. */
        RefundDetail: {
            /** @description Part of the refund taken from this source. */
            refundAmount?: components["schemas"]["Amount"];
            /**
             * @description Whose funds pay this part of the refund.
             * @enum {string}
             */
            refundFrom?: "SELLER" | "MARKETPLACE" | "UNSETTLED_FUNDS";
        };
        /** @description Bank account that should receive the refund, for payment methods that refund to a bank account. No lengths are documented; the bounds are sanity limits. */
        RefundToBankInfo: {
            /** @description Code of the receiving bank. */
            bankCode?: string;
            /** @description Name of the account holder. */
            accountHolderName?: components["schemas"]["UserName"];
            /** @description Number of the receiving account. */
            accountNo?: string;
        };
        /**
         * @description Body of POST /v1/payments/refund: refund all or part of a successful payment. Several partial refunds are
         *     allowed as long as their total stays within the paid amount; the refund must use the payment's currency and
         *     fall inside the payment method's refund window. refundRequestId is the idempotency key: resending it after a
         *     final S or F answer returns that same answer, and after a timeout or a U answer the identical request must be
         *     resent with the same refundRequestId. Properties not listed here are tolerated.
         */
        RefundRequest: {
            /** @description The merchant's unique ID of this refund and its idempotency key. */
            refundRequestId: string;
            /** @description Antom's ID of the payment to refund. */
            paymentId: string;
            /** @description The refund's ID at the merchant that actually sold the goods, for that merchant's own reconciliation. */
            referenceRefundId?: string;
            /** @description Amount to refund, in the currency of the payment. At least the minimum refund amount (normally the minimum payment amount) and at most what is still refundable. */
            refundAmount: components["schemas"]["Amount"];
            /** @description Reason for the refund, passed on to the buyer and the payment method. */
            refundReason?: string;
            /**
             * Format: uri
             * @description Where Antom sends the notifyRefund notification. Either this or the URL in Antom Dashboard is needed; this one wins when both exist.
             */
            refundNotifyUrl?: string;
            /** @description Antom's ID of the capture to refund, needed when the payment was captured more than once. */
            captureId?: string;
            /** @description Free-form data for special arrangements, echoed in notifyRefund. The refund page gives 64 characters while notifyRefund allows 2048 for the echo; the request keeps the stricter 64. */
            metadata?: string;
            /** @description Marketplaces only: where the refunded money comes from. Not used by plain Checkout. */
            refundDetails?: components["schemas"]["RefundDetail"][];
            /** @description Account the refund is paid from. 64 characters is a sanity bound chosen for this description. */
            refundSourceAccountNo?: string;
            /** @description Asks for the refund to be processed asynchronously. Wire typing: documented rule is the JSON string "true" or "false"; a native JSON boolean, as Antom's SDKs send it, is also accepted. */
            isAsyncRefund?: string | boolean;
            /** @description Extra information as a JSON string. 2048 characters is a sanity bound chosen for this description. */
            extendInfo?: string;
            /** @description Custom fields agreed with Antom. */
            customizedInfo?: components["schemas"]["CustomizedInfo"];
            /** @description Bank account to refund to, for methods that refund to a bank account. */
            refundToBankInfo?: components["schemas"]["RefundToBankInfo"];
            /** @description Amount actually refunded when it differs from refundAmount. */
            actualRefundAmount?: components["schemas"]["Amount"];
        };
        /**
         * @description Body of the HTTP 200 answer to POST /v1/payments/refund. Here result.resultStatus S means the refund is done;
         *     wallets (Alipay+ methods) answer S or F at once, other methods answer U with a processing code and finish
         *     later (notifyRefund, inquiryRefund). The refund fields are returned on S.
         */
        RefundResponse: {
            /** @description Outcome of the refund call (see the result-code table). */
            result: components["schemas"]["Result"];
            /** @description Echo of the merchant's refundRequestId. */
            refundRequestId?: string;
            /** @description Antom's ID of the refund; one-to-one with refundRequestId. */
            refundId?: string;
            /** @description Antom's ID of the refunded payment. */
            paymentId?: string;
            /** @description Amount refunded. */
            refundAmount?: components["schemas"]["Amount"];
            /**
             * Format: date-time
             * @description ISO 8601 moment at which the refund reached its state (final success or failure, possibly an unknown state).
             */
            refundTime?: string;
            /** @description Part of the refund that goes back to a coupon whose funding is not guaranteed. */
            refundNonGuaranteeCouponAmount?: components["schemas"]["Amount"];
            /** @description Refund amount in the settlement currency; absent when it equals the transaction currency. */
            grossSettlementAmount?: components["schemas"]["Amount"];
            /** @description Rate behind grossSettlementAmount; absent when the currencies are the same. */
            settlementQuote?: components["schemas"]["Quote"];
            /** @description Details from the acquirer that handled the refund. */
            acquirerInfo?: components["schemas"]["AcquirerInfo"];
            /** @description ID of the refund at a non-Antom acquirer. */
            acquirerReferenceNo?: string;
            /** @description Amount actually refunded when it differs from refundAmount. */
            actualRefundAmount?: components["schemas"]["Amount"];
        };
        /**
         * @description Body of POST /v1/payments/inquiryRefund: which refund to look up. Send refundRequestId, refundId or both; when
         *     both are present Antom uses refundId.
         */
        InquiryRefundRequest: {
            /** @description The merchant's refundRequestId from the refund request; the one to use when the refund call timed out before a refundId came back. Special characters are not allowed. */
            refundRequestId?: string;
            /** @description Antom's ID of the refund, as returned by refund or notifyRefund. Takes precedence over refundRequestId. */
            refundId?: string;
            /** @description Merchant account the refund belongs to; only for merchants that share one client ID across several accounts or locations. */
            merchantAccountId?: string;
        } & unknown;
        /**
         * @description Body of the HTTP 200 answer to POST /v1/payments/inquiryRefund. result only says whether the inquiry worked;
         *     the refund's own state is refundStatus, which reflects Antom only (a wallet may still be moving the money after
         *     SUCCESS). The refund fields are returned when result.resultStatus is S; they are empty when no refund
         *     record is found.
         */
        InquiryRefundResponse: {
            /** @description Outcome of the inquiry call, not of the refund. */
            result: components["schemas"]["Result"];
            /** @description Antom's ID of the refund. */
            refundId?: string;
            /** @description The merchant's refundRequestId. */
            refundRequestId?: string;
            /** @description Amount the merchant asked to refund. */
            refundAmount?: components["schemas"]["Amount"];
            /** @description State of the refund on Antom's side: PROCESSING, then SUCCESS or FAIL. The list holds the known values; others are accepted, because Antom may add new ones. */
            refundStatus?: "SUCCESS" | "PROCESSING" | "FAIL" | (string & {});
            /**
             * Format: date-time
             * @description ISO 8601 moment at which Antom confirmed the refund; only when refundStatus is SUCCESS.
             */
            refundTime?: string;
            /** @description Refund amount in the settlement currency, when the rate was locked. */
            grossSettlementAmount?: components["schemas"]["Amount"];
            /** @description Rate behind grossSettlementAmount. */
            settlementQuote?: components["schemas"]["Quote"];
            /** @description Amount actually refunded when it differs from refundAmount. */
            actualRefundAmount?: components["schemas"]["Amount"];
            /** @description Details from the acquirer that handled the refund. */
            acquirerInfo?: components["schemas"]["AcquirerInfo"];
            /** @description Acquirer reference number of the refund, when the payment method has one. No length is documented; 64 characters is a sanity bound chosen for this description. */
            arn?: string;
            /** @description Retrieval reference number with which the buyer can trace the refund at the bank. 64 characters is a sanity bound chosen for this description. */
            rrn?: string;
            /** @description Echo of the metadata sent with the refund. */
            metadata?: string;
            /** @description Custom fields agreed with Antom. */
            customizedInfo?: components["schemas"]["CustomizedInfo"];
        };
        /** @description One payment method offered in a checkout session, with its place in the list. */
        PaymentMethodTypeItem: {
            /** @description Code of the payment method, for example ALIPAY_CN, APPLEPAY or CARD, from Antom's list of payment methods. */
            paymentMethodType: string;
            /** @description Position of the method in the list shown to the buyer, 1 first; a smaller number ranks higher. Without it Antom orders the methods itself. Wire typing: documented as a JSON string (e.g. "1"); a native JSON integer is also accepted. */
            paymentMethodOrder?: string | number;
            /** @description Whether the method is shown as a one-tap express option (offered for methods such as ALIPAY_CN, APPLEPAY and Google Pay). Wire typing: documented as the JSON string "true" or "false"; a native JSON boolean is also accepted. */
            expressCheckout?: string | boolean;
        };
        /** @description The payment methods a checkout session may offer, and in which order. Methods not listed are not shown. */
        AvailablePaymentMethod: {
            /** @description The methods to offer, each with its optional position and express-checkout flag. */
            paymentMethodTypeList?: components["schemas"]["PaymentMethodTypeItem"][];
            /** @description Free-form key/value data that applies to the offered methods. Values follow the same string wire form as the rest of the body. */
            paymentMethodMetaData?: {
                [key: string]: unknown;
            };
        };
        /** @description Authorization that links the buyer's payment-method account to the merchant for EasySafePay. Sent only with the buyer's first EasySafePay payment; later payments of the same buyer go through without it. */
        AgreementInfo: {
            /** @description Merchant-generated identifier of this authorization request, unique per request. */
            authState: string;
            /** @description Login identifier (email address or phone number) the buyer uses with the payment method. When it is given, the buyer does not have to type it again. */
            userLoginId?: string;
            /** @description Kind of identifier in userLoginId, such as an email address or a mobile number. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            userLoginType?: string;
            /** @description Version of the login identifier to show to the buyer, typically masked. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            displayUserLoginId?: string;
        };
        /**
         * @description Body of POST /v1/payments/createPaymentSession. One request shape serves three integrations, told apart by
         *     productScene:
         *
         *     - CHECKOUT_PAYMENT: the Antom Checkout Page, either hosted (send the buyer to normalUrl from the answer) or
         *       embedded in the merchant's web page by Antom's web SDK (pass paymentSessionData to it). The buyer chooses the
         *       payment method on the page, so paymentMethod is normally left out.
         *     - ELEMENT_PAYMENT: the Payment Element, rendered by Antom's web or mobile SDK from paymentSessionData. Send
         *       paymentMethod when the Element is to show one method only.
         *     - EASY_PAY: EasySafePay. paymentMethod and paymentNotifyUrl are required; agreementInfo is sent with the
         *       buyer's first EasySafePay payment only.
         *
         *     Conditional rules: paymentFactor is required when paymentMethod.paymentMethodType is CARD, and
         *     paymentRedirectUrl may hold at most 255 characters when paymentMethod.paymentMethodType is PAYPAY.
         *
         *     Wire typing: as for pay, every value that is not an array travels as a JSON string; the flags and counts that
         *     Antom's SDKs send as native JSON booleans or numbers are accepted in both forms. Properties not listed here are
         *     tolerated.
         */
        CreatePaymentSessionRequest: {
            /**
             * @description Payment product of the merchant contract. CASHIER_PAYMENT for the Checkout Page and the Payment Element; EasySafePay sessions use AGREEMENT_PAYMENT, though Antom's Java example sends CASHIER_PAYMENT there too, so both are accepted for every scene.
             * @enum {string}
             */
            productCode: "CASHIER_PAYMENT" | "AGREEMENT_PAYMENT";
            /**
             * @description Which integration the session is for: CHECKOUT_PAYMENT (Antom Checkout Page, hosted or embedded), ELEMENT_PAYMENT (Payment Element) or EASY_PAY (EasySafePay).
             * @enum {string}
             */
            productScene: "CHECKOUT_PAYMENT" | "ELEMENT_PAYMENT" | "EASY_PAY";
            /** @description Merchant-assigned identifier of the payment the session collects. The payment result notification, inquiryPayment, cancel and refund later refer to the payment by this value. */
            paymentRequestId: string;
            /** @description Order details (buyer, merchant, goods, shipping). Antom uses them for risk control and regulatory reporting. For air-ticket and hotel orders on the Checkout Page, list one goods entry per ticket or stay, whose amounts add up to paymentAmount. */
            order: components["schemas"]["Order"];
            /** @description Amount the merchant asks to collect, in the order currency. */
            paymentAmount: components["schemas"]["Amount"];
            /** @description How the collected funds are settled to the merchant. */
            settlementStrategy: components["schemas"]["SettlementStrategy"];
            /** @description Payment method that collects the money. Required for EASY_PAY; for ELEMENT_PAYMENT send it when the Element shows a single method (for example CARD); leave it out for the Checkout Page, where the buyer chooses. */
            paymentMethod?: components["schemas"]["PaymentMethod"];
            /**
             * Format: uri
             * @description Merchant page to which the buyer returns once the payment flow finishes. At most 255 characters when paymentMethod.paymentMethodType is PAYPAY.
             */
            paymentRedirectUrl: string;
            /**
             * Format: uri
             * @description Address that receives the payment result notification (and, for card payments, the capture notification). Required for EASY_PAY; otherwise the address configured in Antom Dashboard is used, and when both exist this one wins.
             */
            paymentNotifyUrl?: string;
            /**
             * Format: date-time
             * @description ISO 8601 moment at which the session expires. When omitted the session lasts one hour from its creation; a value of your own must lie within that hour.
             */
            paymentSessionExpiryTime?: string;
            /** @description Flags that describe the payment scenario, such as authorization only and the capture mode. Required when paymentMethod.paymentMethodType is CARD. */
            paymentFactor?: components["schemas"]["PaymentFactor"];
            /** @description Payment methods the buyer has stored with the merchant (such as saved cards), for the Checkout Page or the Element to offer. */
            savedPaymentMethods?: components["schemas"]["PaymentMethod"][];
            /** @description Whether Antom collects installment choices when the buyer's card supports installments. false, empty or absent means no installments. Wire typing: documented as the JSON string "true" or "false"; a native JSON boolean, as Antom's SDKs send it, is also accepted. */
            enableInstallmentCollection?: string | boolean;
            /** @description Limits the methods the session offers and sets their order. */
            availablePaymentMethod?: components["schemas"]["AvailablePaymentMethod"];
            /** @description Two-letter ISO 3166 code of the country or region in which the merchant does business, for example US, SG or JP. Required for merchants on the Global Acquirer Gateway (GAGW). */
            merchantRegion?: string;
            /** @description Two-letter ISO 3166 code of the buyer's country or region. Send it, for example, to have the payment methods sorted by relevance to the buyer. */
            userRegion?: string;
            /** @description Device and environment facts about where the buyer placed the order. Recommended, since Antom uses them for risk control, which raises the success rate. */
            env?: components["schemas"]["Env"];
            /** @description EasySafePay authorization. Send it with the buyer's first EasySafePay payment only. */
            agreementInfo?: components["schemas"]["AgreementInfo"];
            /** @description Identifier of one merchant account, for a client ID shared by several business locations. */
            merchantAccountId?: string;
            /** @description Language tag for the Checkout Page, such as en_US. Empty or automatic uses the browser's language, usually English. */
            locale?: string;
            /** @description Regions whose payment methods may be offered, as two-letter ISO codes or GLOBAL (GLOBAL stands for the international cards Visa and Mastercard). */
            allowedPaymentMethodRegions?: string[];
            /** @description Merchant-defined data kept with the payment, typically a JSON text. No maximum length is documented; 2048 characters is a sanity bound chosen for this description. */
            metadata?: string;
            /**
             * Format: date-time
             * @description ISO 8601 moment after which the payment itself can no longer be completed, as opposed to the session (paymentSessionExpiryTime).
             */
            paymentExpiryTime?: string;
            /** @description Installment plan for the payment, when installments have been arranged with Antom. */
            creditPayPlan?: components["schemas"]["CreditPayPlan"];
            /** @description Additional risk-control data (order, buyer, environment, address, card verification) in the form agreed with Antom. Its inner fields are not described here and are passed through as given. */
            riskData?: {
                [key: string]: unknown;
            };
            /** @description Free-form merchant values attached to the payment. */
            customizedInfo?: components["schemas"]["CustomizedInfo"];
            /** @description Exchange-rate quote, obtained from Antom beforehand, for a payment whose currency differs from the order currency. */
            paymentQuote?: components["schemas"]["Quote"];
            /** @description Amount to be processed by the payment method, in its own currency, when it differs from paymentAmount. */
            processingAmount?: components["schemas"]["Amount"];
            /** @description Authorization scopes requested together with the payment, for payment methods that grant them. */
            scopes?: string[];
            /** @description Plan of a recurring payment started from the Checkout Page, for merchants with Antom subscriptions. Its inner fields are not described here and are passed through as given. */
            subscriptionPlan?: {
                [key: string]: unknown;
            };
            /** @description Details of the subscription the payment belongs to, for merchants with Antom subscriptions. Its inner fields are not described here and are passed through as given. */
            subscriptionInfo?: {
                [key: string]: unknown;
            };
            /** @description Billing subscription to create together with the session; the answer then names it in subscriptionId. Its inner fields are not described here and are passed through as given. */
            subscription?: {
                [key: string]: unknown;
            };
        } & (unknown & unknown & unknown);
        /**
         * @description Body of the HTTP 200 answer to POST /v1/payments/createPaymentSession. A created session (result status S) is
         *     not a payment result: hand its data to the front end and learn the outcome from the payment result
         *     notification or from inquiryPayment with the paymentRequestId of the request.
         *
         *     Which field to use depends on the scene: normalUrl for the hosted Antom Checkout Page (redirect the buyer or
         *     load it in a web view); paymentSessionData for the embedded Checkout Page, the Payment Element and
         *     EasySafePay (pass it to Antom's client SDK). Real answers may carry both, and fields not listed here.
         */
        CreatePaymentSessionResponse: {
            /** @description Outcome of the call: status, code and message. */
            result: components["schemas"]["Result"];
            /**
             * Format: uri
             * @description Address of the hosted Antom Checkout Page for this session. Send the buyer there (or open it in a web view); the buyer picks a payment method and pays on that page.
             */
            normalUrl?: string;
            /** @description Encrypted session data for Antom's client SDK (embedded Checkout Page, Payment Element, EasySafePay). Pass it unchanged to the front end. */
            paymentSessionData?: string;
            /**
             * Format: date-time
             * @description ISO 8601 moment at which the session expires (the requested time, or one hour after creation).
             */
            paymentSessionExpiryTime?: string;
            /** @description Antom's encrypted identifier of the session. */
            paymentSessionId?: string;
            /**
             * Format: uri
             * @description Address of the payment session. Its relation to normalUrl is not specified; prefer normalUrl for the hosted Checkout Page.
             */
            url?: string;
            /** @description Identifier of the billing subscription created with the session; only when the request had subscription and the session was created. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            subscriptionId?: string;
            /** @description Identifier of the first invoice of that subscription, when it is not a trial. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            invoiceId?: string;
        };
        /** @description Payment methods the merchant asks Antom to assess for this consultation, for example a stored card. */
        PaymentEvaluation: {
            /** @description The methods to assess. */
            paymentMethods?: components["schemas"]["PaymentMethod"][];
        };
        /**
         * @description Body of POST /v1/payments/consult: asks Antom which payment methods the merchant can offer for this amount and
         *     environment. The call creates nothing and can be repeated freely.
         *
         *     Wire typing: every value that is not an array travels as a JSON string. Properties not listed here are
         *     tolerated.
         */
        ConsultRequest: {
            /**
             * @description Payment product of the merchant contract; CASHIER_PAYMENT for Checkout Payment.
             * @enum {string}
             */
            productCode: "CASHIER_PAYMENT";
            /** @description Amount the merchant wants to collect, in the order currency. Availability and limits of each method are judged against it. */
            paymentAmount: components["schemas"]["Amount"];
            /** @description Device and environment of the buyer, such as the terminal type; the methods returned suit it. */
            env: components["schemas"]["Env"];
            /** @description Two-letter ISO 3166 code of the country or region in which the merchant does business. Required for merchants on the Global Acquirer Gateway (GAGW). */
            merchantRegion?: string;
            /** @description Identifier of one merchant account, for a client ID shared by several business locations. */
            merchantAccountId?: string;
            /** @description Two-letter ISO 3166 code of the buyer's country or region; methods relevant to that region are listed first. */
            userRegion?: string;
            /** @description Regions whose payment methods to return, as two-letter ISO codes or GLOBAL (GLOBAL returns the international cards Visa and Mastercard). */
            allowedPaymentMethodRegions?: string[];
            /** @description Details of the buyer. */
            buyer?: components["schemas"]["Buyer"];
            /** @description How the funds would be settled to the merchant. */
            settlementStrategy?: components["schemas"]["SettlementStrategy"];
            /** @description Flags that describe the payment scenario; relevant to card payments. */
            paymentFactor?: components["schemas"]["PaymentFactor"];
            /** @description Payment methods, such as a stored card, that Antom is to assess for this amount. */
            paymentEvaluation?: components["schemas"]["PaymentEvaluation"];
            /** @description Only these payment methods (codes such as ALIPAY_CN or CARD) may be returned. */
            allowedPaymentMethods?: string[];
            /** @description These payment methods (codes such as ALIPAY_CN or CARD) must not be returned. */
            blockedPaymentMethods?: string[];
            /** @description Region code for the consultation. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            region?: string;
            /** @description Merchant-side identifier of the buyer. No maximum length is documented; 256 characters is a sanity bound chosen for this description. */
            customerId?: string;
            /** @description Merchant-side reference of the buyer's user account. No maximum length is documented; 256 characters is a sanity bound chosen for this description. */
            referenceUserId?: string;
            /** @description Additional data for special cases. No maximum length is documented; 2048 characters is a sanity bound chosen for this description. */
            extendInfo?: string;
            /** @description Merchant or sub-merchant the consultation is for. */
            merchant?: components["schemas"]["Merchant"];
            /** @description Regions of the payment service providers whose methods may be returned, as two-letter ISO codes. */
            allowedPspRegions?: string[];
        };
        /** @description Lower and upper bound of an amount, and what is left of it in the current period. */
        AmountLimit: {
            /** @description Largest amount allowed. */
            maxAmount?: components["schemas"]["Amount"];
            /** @description Smallest amount allowed. */
            minAmount?: components["schemas"]["Amount"];
            /** @description Amount still available in the current period. */
            remainAmount?: components["schemas"]["Amount"];
        };
        /** @description The amount limits that apply to one payment method. */
        AmountLimitInfo: {
            /** @description Limits of a single payment. */
            singleLimit?: components["schemas"]["AmountLimit"];
            /** @description Limits over one day. */
            dayLimit?: components["schemas"]["AmountLimit"];
            /** @description Limits over one month. */
            monthLimit?: components["schemas"]["AmountLimit"];
        };
        /** @description A logo to display, with its name. */
        Logo: {
            /** @description Name of the logo, for example the card brand it shows. */
            logoName?: string;
            /**
             * Format: uri
             * @description Address of the logo image.
             */
            logoUrl?: string;
        };
        /** @description A card brand a payment option accepts. */
        SupportCardBrand: {
            /** @description Name of the card brand, such as VISA, MASTERCARD, AMEX, HIPERCARD or ELO. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            cardBrand?: string;
            /** @description Logo of the card brand. */
            logo?: components["schemas"]["Logo"];
        };
        /** @description A bank the buyer can pick for a bank-based payment method. */
        SupportBank: {
            /** @description Identifier of the bank. Send it with the pay request so that the buyer skips Antom's bank selection page. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            bankIdentifierCode?: string;
            /** @description Short display name of the bank. No maximum length is documented; 128 characters is a sanity bound chosen for this description. */
            bankShortName?: string;
            /** @description Logo of the bank. */
            bankLogo?: components["schemas"]["Logo"];
        };
        /** @description Method-specific details of a payment option. */
        PaymentOptionDetail: {
            /** @description Card brands the method accepts; returned when paymentMethodType is CARD. */
            supportCardBrands?: components["schemas"]["SupportCardBrand"][];
            /** @description Funding types of the card; returned for CARD when the card number given is valid and known to Antom's card database. */
            funding?: ("CREDIT" | "DEBIT" | "PREPAID" | "CHARGE" | "DEFERRED_DEBIT" | (string & {}))[];
            /** @description Banks the buyer can choose, for methods that let the merchant show the bank list itself (such as P24 or ONLINEBANKING_FPX). Passing the chosen bank on to pay spares the buyer Antom's bank selection page. */
            supportBanks?: components["schemas"]["SupportBank"][];
            /** @description Ways the buyer can pay with the method, such as QR (scan a code) or REDIRECT. */
            interactionTypes?: ("QR" | "REDIRECT" | (string & {}))[];
        };
        /** @description One installment plan, with its number of installments, interval, interest and amount range. */
        InstallmentPlan: {
            /** @description Interest rate charged to the buyer on the installments, as a decimal text. */
            interestRate?: string;
            /** @description Smallest payment amount for which the plan is offered. */
            minInstallmentAmount?: components["schemas"]["Amount"];
            /** @description Largest payment amount for which the plan is offered. */
            maxInstallmentAmount?: components["schemas"]["Amount"];
            /** @description Number of installments, from 2 to 12. */
            installmentNum?: string;
            /** @description Period between two installments; MONTH is the value in use. */
            interval?: string;
            /** @description Whether the plan can be chosen. Wire typing: documented as the JSON string "true" or "false"; a native JSON boolean is also accepted. */
            enabled?: string | boolean;
        };
        /** @description Installment options of a payment method. */
        Installment: {
            /** @description Card brands for which installments are offered. */
            supportCardBrands?: components["schemas"]["SupportCardBrand"][];
            /** @description The installment plans on offer. */
            plans?: components["schemas"]["InstallmentPlan"][];
        };
        /** @description Interest-free installments offered as a promotion. */
        InterestFree: {
            /** @description Who funds the interest-free installments, such as the issuing bank. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            provider?: string;
            /** @description Moment at which the offer ends, as text (normally ISO 8601). No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            expireTime?: string;
            /** @description Installment counts for which no interest is charged. */
            installmentFreeNums?: (string | number)[];
            /** @description Smallest payment amount for which the offer applies. */
            minPaymentAmount?: components["schemas"]["Amount"];
            /** @description Largest payment amount for which the offer applies. */
            maxPaymentAmount?: components["schemas"]["Amount"];
            /** @description Share of the interest waived, in percent. Wire typing: documented as a JSON string; a native JSON integer, as Antom's SDKs read it, is also accepted. */
            freePercentage?: string | number;
        };
        /** @description A promotion a payment method offers the buyer. */
        PromotionInfo: {
            /** @description Kind of promotion: a discount or interest-free installments. The list holds the known values; others are accepted, because Antom may add new ones. */
            promotionType?: "DISCOUNT" | "INTEREST_FREE" | (string & {});
            /** @description Details of the discount, when the promotion is one. */
            discount?: components["schemas"]["Discount"];
            /** @description Details of the interest-free installments, when the promotion is that. */
            interestFree?: components["schemas"]["InterestFree"];
        };
        /** @description A payment method the merchant may offer, as returned by consult. */
        PaymentOption: {
            /** @description Code of the payment method, such as CARD, ALIPAY_CN, P24 or ONLINEBANKING_FPX; pass it as paymentMethod.paymentMethodType when paying with this method. */
            paymentMethodType: string;
            /** @description Family the method belongs to. The list holds the known values; others are accepted, because Antom may add new ones. */
            paymentMethodCategory?: "ALIPAY_PLUS" | "WALLET" | "MOBILE_BANKING_APP" | "BANK_TRANSFER" | "ONLINE_BANKING" | "CARD" | "OTC" | "VA" | (string & {});
            /** @description Countries or regions of the method, as two-letter ISO codes or GLOBAL. */
            paymentMethodRegion?: string[];
            /** @description Whether the method can be used for this amount, currency and environment right now. Wire typing: documented as the JSON string "true" or "false"; a native JSON boolean, as Antom's SDKs read it, is also accepted. */
            enabled: string | boolean;
            /** @description Whether Antom marks the method as a preferred choice. Wire typing: documented as the JSON string "true" or "false"; a native JSON boolean is also accepted. */
            preferred?: string | boolean;
            /** @description Why the method is not available; meaningful when enabled is false. The list holds the known values; others are accepted, because Antom may add new ones. */
            disableReason?: "PAYMENT_ACCOUNT_NOT_AVAILABLE" | "EXCEED_CHANNEL_LIMIT_RULE" | "SERVICE_DEGRADE" | "CHANNEL_NOT_SUPPORT_CURRENCY" | "CHANNEL_DISABLE" | "CHANNEL_NOT_IN_SERVICE_TIME" | "QUERY_IPP_INFO_FAILED" | "LIMIT_CENTER_ACCESS_FAIL" | "CURRENT_CHANNEL_NOT_EXIST" | (string & {});
            /** @description Amount limits of the method (per payment, per day, per month), keyed by a string, most likely the currency code. */
            amountLimitInfoMap?: {
                [key: string]: components["schemas"]["AmountLimitInfo"];
            };
            /** @description ISO 4217 codes of the currencies the method accepts. */
            supportedCurrencies?: string[];
            /** @description Method-specific details, such as card brands or the banks a buyer can choose. */
            paymentOptionDetail?: components["schemas"]["PaymentOptionDetail"];
            /** @description Additional data for special cases. No maximum length is documented; 2048 characters is a sanity bound chosen for this description. */
            extendInfo?: string;
            /** @description Logo to show next to the method. */
            logo?: components["schemas"]["Logo"];
            /** @description Names of the promotions the method offers. Each entry is a JSON text that maps a language and country (such as zh_CN) to the promotion's name (such as "RM1 Voucher"). */
            promoNames?: string[];
            /** @description Installment options of the method, for cards that support them. */
            installment?: components["schemas"]["Installment"];
            /** @description Promotions the method offers the buyer; present when there is one. */
            promotionInfos?: components["schemas"]["PromotionInfo"][];
            /** @description How the buyer interacts with the method, such as scanning a QR code or being redirected. The list holds the known values; others are accepted, because Antom may add new ones. */
            interactionType?: "QR" | "REDIRECT" | "PUSH" | "ATM" | "IBANKING" | "BANKCOUNTER" | "OTC" | (string & {});
            /** @description Identifier of the bank behind the method, for bank-specific methods. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            bankIdentifierCode?: string;
        };
        /** @description A payment method with its availability, in the short form of the consult answer. */
        PaymentMethodInfo: {
            /** @description Code of the payment method, such as ALIPAY_CN or CARD. */
            paymentMethodType?: string;
            /** @description Method-specific details as text. No maximum length is documented; 4096 characters is a sanity bound chosen for this description. */
            paymentMethodDetail?: string;
            /** @description Whether the method can be used. Wire typing: documented as the JSON string "true" or "false"; a native JSON boolean is also accepted. */
            enabled?: string | boolean;
            /** @description Whether Antom recommends the method. Wire typing: documented as the JSON string "true" or "false"; a native JSON boolean is also accepted. */
            preferred?: string | boolean;
            /** @description Additional data for special cases. No maximum length is documented; 2048 characters is a sanity bound chosen for this description. */
            extendInfo?: string;
        };
        /**
         * @description Body of the HTTP 200 answer to POST /v1/payments/consult. With result status S, paymentOptions lists the
         *     payment methods the merchant may offer, already selected and ordered by Antom: show the enabled ones in that
         *     order (with their logos), and hide or grey out the others. Fields not listed here are accepted.
         */
        ConsultResponse: {
            /** @description Outcome of the call: status, code and message. */
            result: components["schemas"]["Result"];
            /** @description One entry per payment method, in the order Antom recommends. Returned when the consultation succeeded. */
            paymentOptions?: components["schemas"]["PaymentOption"][];
            /** @description A shorter list of payment methods with their availability, returned by some integrations instead of paymentOptions. */
            paymentMethodInfos?: components["schemas"]["PaymentMethodInfo"][];
            /** @description Additional response data for special cases. No maximum length is documented; 2048 characters is a sanity bound chosen for this description. */
            extendInfo?: string;
        };
        /** @description Body of POST /v1/payments/acceptDispute. Accepting a chargeback means the merchant takes the loss; it works only until the defenseDueTime of the dispute notification, and not together with a defense. */
        AcceptDisputeRequest: {
            /** @description Antom's identifier of the dispute, from the dispute notification. */
            disputeId: string;
        };
        /** @description Body of the HTTP 200 answer to POST /v1/payments/acceptDispute. disputeId and disputeResolutionTime come back when the dispute was accepted. */
        AcceptDisputeResponse: {
            /** @description Outcome of the call: status, code and message. */
            result: components["schemas"]["Result"];
            /** @description Antom's identifier of the accepted dispute. */
            disputeId?: string;
            /** @description Moment at which the dispute was accepted. Typed as text of at most 64 characters, normally an ISO 8601 date-time. */
            disputeResolutionTime?: string;
        };
        /** @description Body of POST /v1/payments/supplyDefenseDocument. Uploads the merchant's defense (for a chargeback) or the requested documents (for a retrieval request or a compliance request) before the defenseDueTime of the dispute notification. */
        SupplyDefenseDocumentRequest: {
            /** @description Antom's identifier of the dispute, from the dispute notification. */
            disputeId: string;
            /** @description The defense document, Base64-encoded (standard alphabet, no line breaks), at most 1,000,000 characters, that is about 732 KiB of file. Starting from the template that downloadDisputeEvidence returns is recommended. Antom expects DOC, DOCX or PDF documents written in English. */
            disputeEvidence: string;
        };
        /** @description Body of the HTTP 200 answer to POST /v1/payments/supplyDefenseDocument. disputeId and disputeResolutionTime come back when the document was accepted. */
        SupplyDefenseDocumentResponse: {
            /** @description Outcome of the call: status, code and message. */
            result: components["schemas"]["Result"];
            /** @description Antom's identifier of the dispute. */
            disputeId?: string;
            /** @description Moment at which the document was uploaded. Typed as text of at most 64 characters, normally an ISO 8601 date-time. */
            disputeResolutionTime?: string;
        };
        /** @description Body of POST /v1/payments/downloadDisputeEvidence. Fetches either Antom's pre-filled evidence template for a dispute or the file the merchant uploaded with supplyDefenseDocument. */
        DownloadDisputeEvidenceRequest: {
            /** @description Antom's identifier of the dispute, from the dispute notification. */
            disputeId: string;
            /**
             * @description What to download: DISPUTE_EVIDENCE_TEMPLATE, the evidence template with the transaction and payment details already filled in (a good base for the defense), or DISPUTE_EVIDENCE_FILE, the document uploaded earlier.
             * @enum {string}
             */
            disputeEvidenceType: "DISPUTE_EVIDENCE_TEMPLATE" | "DISPUTE_EVIDENCE_FILE";
        };
        /** @description Body of the HTTP 200 answer to POST /v1/payments/downloadDisputeEvidence. When the call succeeded, disputeEvidence holds the file as Base64 text and disputeEvidenceFormat says what kind of file it is. */
        DownloadDisputeEvidenceResponse: {
            /** @description Outcome of the call: status, code and message. */
            result: components["schemas"]["Result"];
            /** @description The requested file, Base64-encoded; decode it to get the document. */
            disputeEvidence?: string;
            /** @description File type of disputeEvidence. The list holds the known values; others are accepted, because Antom may add new ones. */
            disputeEvidenceFormat?: "WORD" | "PDF" | "ZIP" | "JPG" | (string & {});
        };
        /** @description Risk decisions taken about the payment, including the review that may follow a successful authorization. */
        PopRiskDecisionResultInfo: {
            /** @description Risk decision about the authorization of the payment. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            riskAuthDecision?: string;
            /** @description Risk decision about the payment as a whole. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            riskDecision?: string;
            /** @description Verdict of the risk review after authorization: go ahead (ACCEPT), check by hand (REVIEW) or cancel the order (REJECT). Absent when no such review took place. The list holds the known values; others are accepted, because Antom may add new ones. */
            postRiskDecision?: "ACCEPT" | "REVIEW" | "REJECT" | (string & {});
        };
        /**
         * @description Body of the payment result notification (notifyPayment) that Antom POSTs to the paymentNotifyUrl of the pay
         *     request, or to the URL configured in Antom Dashboard when the request gave none. notifyType PAYMENT_RESULT
         *     reports a final success or failure; PAYMENT_PENDING says the buyer has finished paying but the final result
         *     is still to come. Verify the signature and request-time headers before trusting the body, and reply with
         *     NotificationAck: without it Antom keeps resending for up to 24 hours, so handlers must be idempotent on
         *     paymentId/paymentRequestId. Fields not listed here (Antom sends several) are accepted.
         */
        PaymentNotification: {
            /** @description What the notification reports: the final result, or that payment was made but the result is pending. The list holds the known values; others are accepted, because Antom may add new ones. */
            notifyType: "PAYMENT_RESULT" | "PAYMENT_PENDING" | (string & {});
            /** @description Payment outcome. With PAYMENT_RESULT, S means paid and F means failed; with PAYMENT_PENDING, S means still being processed. */
            result: components["schemas"]["Result"];
            /** @description The merchant's paymentRequestId from the pay request. */
            paymentRequestId: string;
            /** @description Antom's identifier of the payment; it maps one-to-one to paymentRequestId. */
            paymentId: string;
            /** @description Amount of the payment, in the order currency. A failure notification may carry only notifyType, result and the two IDs, so it may be missing; compare it with the order whenever it is there. */
            paymentAmount?: components["schemas"]["Amount"];
            /**
             * Format: date-time
             * @description ISO 8601 moment at which the payment was created. One copy of the documentation marks it required and another does not, so it is optional here.
             */
            paymentCreateTime?: string;
            /**
             * Format: date-time
             * @description ISO 8601 moment at which the payment succeeded; only present when it did.
             */
            paymentTime?: string;
            /** @description Customer details from the Alipay+ wallet, when it shares them. */
            pspCustomerInfo?: components["schemas"]["PspCustomerInfo"];
            /** @description Payment amount converted with settlementQuote, when the exchange rate was fixed up front. */
            grossSettlementAmount?: components["schemas"]["Amount"];
            /** @description Exchange rate behind grossSettlementAmount. */
            settlementQuote?: components["schemas"]["Quote"];
            /** @description Extra result details, mainly for card payments. */
            paymentResultInfo?: components["schemas"]["PaymentResultInfo"];
            /** @description Promotions the buyer applied, if any. */
            promotionResult?: components["schemas"]["PromotionResult"][];
            /** @description Reference number of the payment at the acquirer. No maximum length is documented; 256 characters is a sanity bound chosen for this description. */
            acquirerReferenceNo?: string;
            /** @description Code of the payment method that was used, such as ALIPAY_CN or CARD. */
            paymentMethodType?: string;
            /** @description Total amount that can be declared to customs for this payment. */
            customsDeclarationAmount?: components["schemas"]["Amount"];
            /** @description Details from the acquirer that processed the payment. */
            acquirerInfo?: components["schemas"]["AcquirerInfo"];
            /** @description Free-form merchant values attached to the payment. */
            customizedInfo?: components["schemas"]["CustomizedInfo"];
            /** @description Exchange rate applied to the payment when the order and payment currencies differ. */
            paymentQuote?: components["schemas"]["Quote"];
            /** @description Amount processed by the payment method, in its own currency, when it differs from paymentAmount. */
            processingAmount?: components["schemas"]["Amount"];
            /** @description Merchant-defined data kept with the payment, typically a JSON text. No maximum length is documented; 2048 characters is a sanity bound chosen for this description. */
            metadata?: string;
            /** @description State of automatic retries, for recurring PIX payments. */
            retryInfo?: components["schemas"]["RetryInfo"];
            /** @description Identifier of the amount-update request this notification answers; only with notifyType UPDATE_AMOUNT_RESULT. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            updateRequestId?: string;
            /**
             * Format: date-time
             * @description ISO 8601 moment at which a successful authorization lapses. Later amount updates do not move it.
             */
            authExpiryTime?: string;
            /** @description Identifier of the tax calculation linked to the payment; keep it for reconciliation and refunds. Absent when the payment carries no tax. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            taxCalculationId?: string;
            /** @description State of a manual review after authorization: still under way (PROCESSING), passed (ACCEPT) or rejected (REJECT). Do not capture or ship while it is PROCESSING. Comes with authReviewSource. The list holds the known values; others are accepted, because Antom may add new ones. */
            authReviewStatus?: "PROCESSING" | "ACCEPT" | "REJECT" | (string & {});
            /** @description Who started the review after authorization, Antom's own risk engine (ANTOM_SHIELD) or the acquirer (PSP). The list holds the known values; others are accepted, because Antom may add new ones. */
            authReviewSource?: "ANTOM_SHIELD" | "PSP" | (string & {});
            /** @description Risk decisions about the payment, including the review after authorization. */
            popRiskDecisionResultInfo?: components["schemas"]["PopRiskDecisionResultInfo"];
        };
        /** @description Body the merchant returns (with HTTP 200) after receiving a PaymentNotification, confirming receipt so that Antom stops resending. All values are fixed. */
        NotificationAck: {
            /** @description Fixed receipt confirmation. */
            result: {
                /**
                 * @description Always the code SUCCESS.
                 * @constant
                 */
                resultCode: "SUCCESS";
                /**
                 * @description Always the status letter S.
                 * @constant
                 */
                resultStatus: "S";
                /**
                 * @description Always the lower-case word success.
                 * @constant
                 */
                resultMessage: "success";
            };
        };
        /**
         * @description Body of the capture result notification (notifyCapture) that Antom POSTs to the payment notification address
         *     (the paymentNotifyUrl of the pay request, or the URL in Antom Dashboard) when a capture reaches a final state,
         *     for manual captures as well as automatic ones. Verify the signature before trusting the body, reply with
         *     NotificationAck, and handle repeats idempotently by captureRequestId or captureId. Extra fields are accepted.
         */
        CaptureNotification: {
            /** @description Kind of notification; CAPTURE_RESULT is the only value documented for this webhook. The list holds the known values; others are accepted, because Antom may add new ones. */
            notifyType: "CAPTURE_RESULT" | (string & {});
            /** @description Capture outcome: S captured, F failed, with the code explaining a failure. */
            result: components["schemas"]["Result"];
            /** @description The merchant's captureRequestId of the capture. */
            captureRequestId: string;
            /** @description Antom's ID of the captured payment. */
            paymentId: string;
            /** @description Antom's ID of the capture. */
            captureId: string;
            /** @description Amount captured, in the transaction currency. */
            captureAmount: components["schemas"]["Amount"];
            /**
             * Format: date-time
             * @description ISO 8601 moment at which Antom completed the capture.
             */
            captureTime?: string;
            /** @description ID of the capture at a non-Antom acquirer. */
            acquirerReferenceNo?: string;
            /** @description Details from the acquirer that handled the capture. */
            acquirerInfo?: components["schemas"]["AcquirerInfo"];
            /** @description Card result details of the captured payment. */
            paymentResultInfo?: components["schemas"]["PaymentResultInfo"];
            /**
             * Format: date-time
             * @description ISO 8601 earliest moment at which settlement can start, returned with a successful capture (marketplace guide).
             */
            earliestSettlementTime?: string;
            /** @description Tax reference used for reconciliation and refunds; absent when the payment is not subject to tax. 64 characters is a sanity bound chosen for this description. */
            taxCalculationId?: string;
        };
        /**
         * @description Body of the refund result notification (notifyRefund) that Antom POSTs to the refundNotifyUrl of the refund
         *     request, or to the URL configured in Antom Dashboard when the request gave none. It is sent once a refund
         *     reaches a final state; a successful refund is always notified, a refund rejected when it was requested is not.
         *     refundStatus is the outcome to act on (result.resultStatus S only says the channel accepted the refund).
         *     Verify the signature before trusting the body, reply with NotificationAck, and handle repeats idempotently by
         *     refundRequestId or refundId. Extra fields are
         *     accepted.
         */
        RefundNotification: {
            /** @description Kind of notification; REFUND_RESULT is the only value documented for this webhook. The list holds the known values; others are accepted, because Antom may add new ones. */
            notifyType: "REFUND_RESULT" | (string & {});
            /** @description Result object of the refund as seen by the channel. Rely on refundStatus for the outcome. */
            result: components["schemas"]["Result"];
            /** @description Final refund outcome, SUCCESS or FAIL. Other values are accepted, since Antom may add some. */
            refundStatus: "SUCCESS" | "FAIL" | (string & {});
            /** @description The merchant's refundRequestId of the refund. */
            refundRequestId: string;
            /** @description Antom's ID of the refund; one-to-one with refundRequestId. */
            refundId: string;
            /** @description Amount the merchant asked to refund. */
            refundAmount: components["schemas"]["Amount"];
            /**
             * Format: date-time
             * @description ISO 8601 moment at which the refund reached its final state; the page says it is returned for a successful refund.
             */
            refundTime?: string;
            /** @description Refund amount in the settlement currency, when the rate was locked at transaction time. */
            grossSettlementAmount?: components["schemas"]["Amount"];
            /** @description Rate behind grossSettlementAmount. */
            settlementQuote?: components["schemas"]["Quote"];
            /** @description Acquirer reference number of the refund, when the payment method has one. No length is documented; 64 characters is a sanity bound chosen for this description. */
            arn?: string;
            /** @description Echo of the metadata given in the refund request. */
            metadata?: string;
            /** @description Custom fields agreed with Antom. */
            customizedInfo?: components["schemas"]["CustomizedInfo"];
            /** @description Amount actually refunded when it differs from refundAmount. */
            actualRefundAmount?: components["schemas"]["Amount"];
        };
        /** @description Comments from the card issuer and the cardholder about a dispute. */
        IssuerComments: {
            /** @description What the cardholder added to the dispute. */
            cardholderComments?: string;
            /** @description Why the issuer considers the authorization invalid. */
            reasonOfInvalidAuthorization?: string;
            /** @description Explanation about a credit (refund) already presented for the payment. */
            explanationOfCreditPresented?: string;
            /** @description The issuer's explanation of its decision on the dispute. */
            judgeReason?: string;
        };
        /**
         * @description Body of the dispute notification that Antom POSTs to the dispute notification address configured in Antom
         *     Dashboard. One dispute produces several notifications over its life, each with its disputeNotificationType:
         *
         *     - DISPUTE_CREATED: a dispute was opened (a chargeback, a retrieval request or a compliance request) and the
         *       disputed funds are frozen. Accept it or defend it before defenseDueTime.
         *     - DEFENSE_DUE_ALERT: the defense deadline is less than 24 hours away and nothing was done yet.
         *     - DEFENSE_SUPPLIED: the defense documents were submitted.
         *     - DISPUTE_ACCEPTED: the dispute was accepted (disputeAcceptReason says how).
         *     - DISPUTE_JUDGED: the outcome is decided (disputeJudgedResult, disputeJudgedAmount).
         *     - DISPUTE_CANCELLED: the buyer withdrew the chargeback.
         *     - RDR_RESOLVED: Visa Rapid Dispute Resolution settled the dispute automatically.
         *
         *     Verify the signature before trusting the body, reply with the acknowledgement, and handle repeats
         *     idempotently by disputeId together with disputeNotificationType. Fields not listed here are accepted.
         */
        DisputeNotification: {
            /** @description What happened to the dispute (see the list above). The list holds the known values; others are accepted, because Antom may add new ones. */
            disputeNotificationType: "DISPUTE_CREATED" | "DISPUTE_JUDGED" | "DISPUTE_CANCELLED" | "DEFENSE_SUPPLIED" | "DEFENSE_DUE_ALERT" | "DISPUTE_ACCEPTED" | "RDR_RESOLVED" | (string & {});
            /** @description Antom's identifier of the dispute; acceptDispute, supplyDefenseDocument and downloadDisputeEvidence take it. */
            disputeId: string;
            /** @description The merchant's paymentRequestId of the disputed payment. */
            paymentRequestId: string;
            /** @description Antom's identifier of the disputed payment. */
            paymentId: string;
            /**
             * Format: date-time
             * @description ISO 8601 moment at which the dispute was opened.
             */
            disputeTime?: string;
            /** @description Amount in dispute. */
            disputeAmount?: components["schemas"]["Amount"];
            /** @description Kind of dispute: a chargeback, a retrieval request (documents only, no accept) or a compliance request (for Indian payment methods). The list holds the known values; others are accepted, because Antom may add new ones. */
            disputeType?: "CHARGEBACK" | "RETRIEVAL_REQUEST" | "COMPLIANCE_REQUEST" | (string & {});
            /** @description Whether the dispute can still be defended. Wire typing: documented as the JSON string "true" or "false"; a native JSON boolean is also accepted. */
            defendable?: string | boolean;
            /**
             * Format: date-time
             * @description ISO 8601 deadline for accepting or defending the dispute; afterwards neither is possible. Present with DISPUTE_CREATED and DEFENSE_DUE_ALERT.
             */
            defenseDueTime?: string;
            /** @description Reason code of the card scheme for the dispute (for retrieval requests 01 to 06). Present with DISPUTE_CREATED and DISPUTE_JUDGED. */
            disputeReasonCode?: string;
            /** @description Reason for the dispute, as text. */
            disputeReasonMsg?: string;
            /** @description Card scheme (or, for payment orchestration, acquirer) that handles the dispute. Present with DISPUTE_CREATED and DISPUTE_JUDGED. */
            disputeSource?: string;
            /** @description Outcome, with DISPUTE_JUDGED: ACCEPT_BY_CUSTOMER (the buyer is liable; the frozen funds are released to the merchant), ACCEPT_BY_MERCHANT (the merchant is liable; the amount is deducted from the settlement to refund the buyer), or for a compliance request VALIDATE_SUCCESS or VALIDATE_FAIL (the uploaded material passed or failed validation). The list holds the known values; others are accepted, because Antom may add new ones. */
            disputeJudgedResult?: "ACCEPT_BY_CUSTOMER" | "ACCEPT_BY_MERCHANT" | "VALIDATE_SUCCESS" | "VALIDATE_FAIL" | (string & {});
            /** @description Amount deducted because of the dispute; present with DISPUTE_JUDGED. */
            disputeJudgedAmount?: components["schemas"]["Amount"];
            /**
             * Format: date-time
             * @description ISO 8601 moment at which the dispute was decided.
             */
            disputeJudgedTime?: string;
            /** @description How the dispute came to be accepted: by the merchant, because the defense deadline passed, or by manual processing. The list holds the known values; others are accepted, because Antom may add new ones. */
            disputeAcceptReason?: "MERCHANT_ACCEPTED" | "TIMEOUT" | "MANUAL_PROCESSING_ACCEPTED" | (string & {});
            /**
             * Format: date-time
             * @description ISO 8601 moment at which the dispute was accepted.
             */
            disputeAcceptTime?: string;
            /** @description Acquirer reference number of the disputed transaction. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            arn?: string;
            /** @description Identifier of the capture the dispute concerns, for card payments. No maximum length is documented; 64 characters is a sanity bound chosen for this description. */
            captureId?: string;
            /** @description Why Antom defended the dispute automatically. No maximum length is documented; 256 characters is a sanity bound chosen for this description. */
            autoDefendReason?: string;
            /** @description Details from the acquirer that reported the dispute (payment orchestration). */
            acquirerInfo?: components["schemas"]["AcquirerInfo"];
            /** @description Comments of the card issuer and the cardholder. */
            issuerComments?: components["schemas"]["IssuerComments"];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /**
         * @description The merchant client ID the response belongs to; part of the response's signed content.
         * @example SANDBOX_5Y3A2N2YEB0B03022
         */
        ResponseClientId: string;
        /**
         * @description When Antom produced the response, as epoch milliseconds or an ISO 8601 timestamp. It is part of the signed content and must be used verbatim when verifying `signature`.
         * @example 1733012130871
         */
        ResponseTime: string;
        /**
         * @description Antom's RSA256 signature over `<method> <request path>\n<client-id>.<response-time>.<response body>`, formatted like the request `Signature` header. Reject the response when it is missing or does not verify.
         * @example algorithm=RSA256,keyVersion=1,signature=KEt4Zm9yZ2VkLWV4YW1wbGUtb25seSk%3D
         */
        ResponseSignature: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    pay: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The payment to create, as JSON encoded in UTF-8 (`Content-Type: application/json; charset=UTF-8`). The exact bytes sent are the bytes that are signed. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PayRequest"];
            };
        };
        responses: {
            /** @description The call was processed. Every business outcome, including failures (`F`) and unknown or pending states (`U`), arrives with HTTP 200; read `result.resultStatus` and `result.resultCode` and follow the result-process logic. */
            200: {
                headers: {
                    "client-id": components["headers"]["ResponseClientId"];
                    "response-time": components["headers"]["ResponseTime"];
                    signature: components["headers"]["ResponseSignature"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayResponse"];
                };
            };
        };
    };
    inquiryPayment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The payment to look up. Sent as JSON encoded in UTF-8 and signed like every request. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["InquiryPaymentRequest"];
            };
        };
        responses: {
            /** @description The call was processed. Every business outcome, failures (`F`) and unknown states (`U`) included, arrives with HTTP 200; read `result.resultStatus` and `result.resultCode` and follow the result-process logic. */
            200: {
                headers: {
                    "client-id": components["headers"]["ResponseClientId"];
                    "response-time": components["headers"]["ResponseTime"];
                    signature: components["headers"]["ResponseSignature"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InquiryPaymentResponse"];
                };
            };
        };
    };
    cancel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The payment to cancel. Sent as JSON encoded in UTF-8 and signed like every request. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelRequest"];
            };
        };
        responses: {
            /** @description The call was processed. Every business outcome, failures (`F`) and unknown states (`U`) included, arrives with HTTP 200; read `result.resultStatus` and `result.resultCode` and follow the result-process logic. */
            200: {
                headers: {
                    "client-id": components["headers"]["ResponseClientId"];
                    "response-time": components["headers"]["ResponseTime"];
                    signature: components["headers"]["ResponseSignature"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CancelResponse"];
                };
            };
        };
    };
    capture: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The capture to make. Sent as JSON encoded in UTF-8 and signed like every request. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaptureRequest"];
            };
        };
        responses: {
            /** @description The call was processed. Every business outcome, failures (`F`) and unknown states (`U`) included, arrives with HTTP 200; read `result.resultStatus` and `result.resultCode` and follow the result-process logic. */
            200: {
                headers: {
                    "client-id": components["headers"]["ResponseClientId"];
                    "response-time": components["headers"]["ResponseTime"];
                    signature: components["headers"]["ResponseSignature"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaptureResponse"];
                };
            };
        };
    };
    refund: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The refund to make. Sent as JSON encoded in UTF-8 and signed like every request. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefundRequest"];
            };
        };
        responses: {
            /** @description The call was processed. Every business outcome, failures (`F`) and unknown states (`U`) included, arrives with HTTP 200; read `result.resultStatus` and `result.resultCode` and follow the result-process logic. */
            200: {
                headers: {
                    "client-id": components["headers"]["ResponseClientId"];
                    "response-time": components["headers"]["ResponseTime"];
                    signature: components["headers"]["ResponseSignature"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundResponse"];
                };
            };
        };
    };
    inquiryRefund: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The refund to look up. Sent as JSON encoded in UTF-8 and signed like every request. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["InquiryRefundRequest"];
            };
        };
        responses: {
            /** @description The call was processed. Every business outcome, failures (`F`) and unknown states (`U`) included, arrives with HTTP 200; read `result.resultStatus` and `result.resultCode` and follow the result-process logic. */
            200: {
                headers: {
                    "client-id": components["headers"]["ResponseClientId"];
                    "response-time": components["headers"]["ResponseTime"];
                    signature: components["headers"]["ResponseSignature"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InquiryRefundResponse"];
                };
            };
        };
    };
    createPaymentSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The session to create: its scene, the payment it collects and where the buyer returns. Sent as JSON encoded in UTF-8 and signed like every request. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePaymentSessionRequest"];
            };
        };
        responses: {
            /** @description The call was processed. Every business outcome, failures (`F`) and unknown states (`U`) included, arrives with HTTP 200; read `result.resultStatus` and `result.resultCode` and follow the result-process logic. */
            200: {
                headers: {
                    "client-id": components["headers"]["ResponseClientId"];
                    "response-time": components["headers"]["ResponseTime"];
                    signature: components["headers"]["ResponseSignature"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatePaymentSessionResponse"];
                };
            };
        };
    };
    consult: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The amount and environment for which to list payment methods. Sent as JSON encoded in UTF-8 and signed like every request. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsultRequest"];
            };
        };
        responses: {
            /** @description The call was processed. Every business outcome, failures (`F`) and unknown states (`U`) included, arrives with HTTP 200; read `result.resultStatus` and `result.resultCode` and follow the result-process logic. */
            200: {
                headers: {
                    "client-id": components["headers"]["ResponseClientId"];
                    "response-time": components["headers"]["ResponseTime"];
                    signature: components["headers"]["ResponseSignature"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsultResponse"];
                };
            };
        };
    };
    acceptDispute: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The dispute to accept. Sent as JSON encoded in UTF-8 and signed like every request. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptDisputeRequest"];
            };
        };
        responses: {
            /** @description The call was processed. Every business outcome, failures (`F`) and unknown states (`U`) included, arrives with HTTP 200; read `result.resultStatus` and `result.resultCode` and follow the result-process logic. */
            200: {
                headers: {
                    "client-id": components["headers"]["ResponseClientId"];
                    "response-time": components["headers"]["ResponseTime"];
                    signature: components["headers"]["ResponseSignature"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AcceptDisputeResponse"];
                };
            };
        };
    };
    supplyDefenseDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The dispute and the Base64-encoded defense document. Sent as JSON encoded in UTF-8 and signed like every request. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SupplyDefenseDocumentRequest"];
            };
        };
        responses: {
            /** @description The call was processed. Every business outcome, failures (`F`) and unknown states (`U`) included, arrives with HTTP 200; read `result.resultStatus` and `result.resultCode` and follow the result-process logic. */
            200: {
                headers: {
                    "client-id": components["headers"]["ResponseClientId"];
                    "response-time": components["headers"]["ResponseTime"];
                    signature: components["headers"]["ResponseSignature"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SupplyDefenseDocumentResponse"];
                };
            };
        };
    };
    downloadDisputeEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The dispute and which document to download. Sent as JSON encoded in UTF-8 and signed like every request. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DownloadDisputeEvidenceRequest"];
            };
        };
        responses: {
            /** @description The call was processed. Every business outcome, failures (`F`) and unknown states (`U`) included, arrives with HTTP 200; read `result.resultStatus` and `result.resultCode` and follow the result-process logic. */
            200: {
                headers: {
                    "client-id": components["headers"]["ResponseClientId"];
                    "response-time": components["headers"]["ResponseTime"];
                    signature: components["headers"]["ResponseSignature"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DownloadDisputeEvidenceResponse"];
                };
            };
        };
    };
    notifyPayment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The final (or pending) result of a payment created with pay, signed by Antom. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentNotification"];
            };
        };
        responses: {
            /** @description The merchant received and stored the notification. Return exactly this body; until Antom gets it, Antom keeps resending the notification. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationAck"];
                };
            };
        };
    };
    notifyCapture: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The final result of a capture, signed by Antom. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CaptureNotification"];
            };
        };
        responses: {
            /** @description The merchant received and stored the notification. Return exactly this body; until Antom gets it, Antom keeps resending the notification. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationAck"];
                };
            };
        };
    };
    notifyRefund: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The final result of a refund, signed by Antom. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefundNotification"];
            };
        };
        responses: {
            /** @description The merchant received and stored the notification. Return exactly this body; until Antom gets it, Antom keeps resending the notification. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationAck"];
                };
            };
        };
    };
    notifyDispute: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A change in the life of a dispute, signed by Antom. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisputeNotification"];
            };
        };
        responses: {
            /** @description The merchant received and stored the notification. Return exactly this body; until Antom gets it, Antom keeps resending the notification. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationAck"];
                };
            };
        };
    };
}
