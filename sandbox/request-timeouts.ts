// How long a client may take to send one request to the sandbox (gateway, control API, pages alike). Without a bound,
// Node 20 waits up to 300 s for a request that trickles in a byte at a time, so a thousand such connections hold a
// thousand sockets and file descriptors (slowloris). A real client sends a whole request at once on loopback.

export interface RequestTimeouts {
  /** The whole request (headers and body) must arrive within this; past it the connection gets 408 and is closed. */
  requestTimeout: number;
  /** The headers must arrive within this (at most requestTimeout, as Node requires). */
  headersTimeout: number;
  /** How often Node checks connections against those two bounds. */
  connectionsCheckingInterval: number;
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

export function requestTimeouts(requestTimeoutMs = DEFAULT_REQUEST_TIMEOUT_MS): RequestTimeouts {
  return {
    requestTimeout: requestTimeoutMs,
    headersTimeout: Math.min(10_000, requestTimeoutMs),
    connectionsCheckingInterval: Math.min(1_000, requestTimeoutMs),
  };
}
