/** A Fetch `Headers` object or a Node `IncomingHttpHeaders`-like record. */
export type HeaderSource = Headers | Readonly<Record<string, string | readonly string[] | number | undefined>>;

/**
 * Case-insensitive header lookup over `Headers` or a plain record.
 * Repeated values (arrays) are joined with `, ` as Fetch does.
 *
 * @returns the value, or undefined when absent or blank.
 */
export function getHeader(headers: HeaderSource, name: string): string | undefined {
  const value: unknown = isHeaders(headers) ? headers.get(name) : fromRecord(headers, name.toLowerCase());
  // A Headers look-alike may hand back anything: only text is a header value.
  return typeof value !== 'string' || value.trim() === '' ? undefined : value;
}

function isHeaders(headers: HeaderSource): headers is Headers {
  return headers instanceof Headers || (typeof headers.get === 'function' && typeof headers.has === 'function');
}

/** A record value as header text: strings and numbers; anything else (objects, symbols…) is not a header value. */
function asText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
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
    const items = Array.isArray(value) ? (value as readonly unknown[]).map(asText) : [asText(value)];
    for (const item of items) if (item !== undefined) values.push(item);
  }
  return values.length === 0 ? undefined : values.join(', ');
}

/** True when a key other than `lowerName` spells the same header (e.g. both `signature` and `Signature`). */
function hasOtherCasing(headers: Readonly<Record<string, unknown>>, lowerName: string): boolean {
  for (const key in headers) if (key !== lowerName && key.length === lowerName.length && key.toLowerCase() === lowerName) return true;
  return false;
}
