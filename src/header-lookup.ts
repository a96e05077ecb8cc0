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
  // Node's IncomingHttpHeaders keys are already lower case: one lookup. Other records are scanned below.
  const direct = headers[lowerName];
  if (typeof direct === 'string' && !hasOtherCasing(headers, lowerName)) return direct;
  const values: string[] = [];
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== lowerName || value === undefined) continue;
    if (Array.isArray(value)) values.push(...(value as readonly string[]));
    else values.push(String(value));
  }
  return values.length === 0 ? undefined : values.join(', ');
}

/** True when a key other than `lowerName` spells the same header (e.g. both `signature` and `Signature`). */
function hasOtherCasing(headers: Readonly<Record<string, unknown>>, lowerName: string): boolean {
  for (const key in headers) if (key !== lowerName && key.length === lowerName.length && key.toLowerCase() === lowerName) return true;
  return false;
}
