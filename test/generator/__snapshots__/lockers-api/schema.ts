// Generated from test/fixtures/lockers-api/openapi.yaml (Parcel lockers 2.3.0) by generator/. Do not edit.
// Regenerate with `npm run generate`; CI fails when this file differs from what the spec generates.

export interface paths {
    "/lockers/{lockerId}/reservations": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                lockerId: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reserve a locker compartment */
        post: operations["reserveLocker"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/lockers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List lockers
         * @deprecated
         */
        get: operations["listLockers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Reservation: {
            /** @enum {string} */
            size: "S" | "M" | "L";
            holder: string;
        };
        ReservationOutcome: {
            status: {
                code: string;
                /** @enum {string} */
                state: "OK" | "RETRY" | "ERR";
                text?: string;
            };
            compartment?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    reserveLocker: {
        parameters: {
            query?: {
                dryRun?: boolean;
            };
            header?: never;
            path: {
                lockerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Reservation"];
            };
        };
        responses: {
            /** @description Outcome of the reservation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReservationOutcome"];
                };
            };
        };
    };
    listLockers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All lockers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string[];
                };
            };
        };
    };
}
