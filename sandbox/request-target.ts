// The request target as the client signed it. Most clients send origin-form (`/ams/api/...`), but Antom's Python SDK
// passes the whole URL to http.client, which sends absolute-form (`POST https://host/ams/api/... HTTP/1.1`, allowed by
// RFC 9112 §3.2.2) while it signs and verifies only the path.

const ABSOLUTE_FORM = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i;

/** `https://host:443/a/b?c` → `/a/b?c`; origin-form targets are returned unchanged (no normalisation). */
export function originForm(target: string): string {
  const match = ABSOLUTE_FORM.exec(target);
  if (match === null) return target;
  const rest = target.slice(match[0].length);
  return rest.startsWith('/') ? rest : `/${rest}`;
}
