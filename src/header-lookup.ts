/** A Fetch `Headers` object or a Node `IncomingHttpHeaders`-like record. */
export type HeaderSource = Headers | Readonly<Record<string, string | readonly string[] | number | undefined>>;

/**
 * Case-insensitive header lookup over `Headers` or a plain record.
 * Repeated values (arrays) are joined with `, ` as Fetch does.
 *
 * @returns the value, or undefined when absent or blank.
 */
export function getHeader(headers: HeaderSource, name: string): string | undefined {
  const value = isHeaders(headers) ? headers.get(name) : fromRecord(headers, name.toLowerCase());
  return value === null || value === undefined || value.trim() === '' ? undefined : value;
}

function isHeaders(headers: HeaderSource): headers is Headers {
  return headers instanceof Headers || (typeof headers.get === 'function' && typeof headers.has === 'function');
}

function fromRecord(
  headers: Readonly<Record<string, string | readonly string[] | number | undefined>>,
  lowerName: string,
): string | undefined {
  const values: string[] = [];
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== lowerName || value === undefined) continue;
    if (Array.isArray(value)) values.push(...(value as readonly string[]));
    else values.push(String(value));
  }
  return values.length === 0 ? undefined : values.join(', ');
}
