/** Inputs of {@link buildSignContent}; every value is used verbatim. */
export interface SignContentInput {
  /** HTTP method; upper-cased before use. */
  method: string;
  /** Path actually sent (sandbox prefix and query string included), without scheme or host. */
  path: string;
  clientId: string;
  /** Exact `Request-Time` / `Response-Time` header text. */
  time: string;
  /** Exact body text as transmitted. */
  body: string;
}

/**
 * Builds the string Antom signs: `<METHOD> <path>\n<clientId>.<time>.<body>`.
 *
 * @example
 * buildSignContent({ method: 'post', path: '/ams/api/v1/payments/pay', clientId: 'SANDBOX_1', time: '1685599933871', body: '{}' })
 * // => 'POST /ams/api/v1/payments/pay\nSANDBOX_1.1685599933871.{}'
 */
export function buildSignContent(input: SignContentInput): string {
  return `${input.method.toUpperCase()} ${input.path}\n${input.clientId}.${input.time}.${input.body}`;
}
