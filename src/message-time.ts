const EPOCH_MS = /^\d+$/;
const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/**
 * Parses the time header of a message Antom signed (`request-time` of a notification, `response-time` of a
 * response): epoch milliseconds or ISO 8601, to epoch ms. Undefined for anything else, a non-string included.
 */
export function parseMessageTime(text: string): number | undefined {
  if (typeof text !== 'string') return undefined;
  const value = text.trim();
  if (EPOCH_MS.test(value)) return Number(value);
  if (!ISO_8601.test(value)) return undefined;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? undefined : parsed;
}
