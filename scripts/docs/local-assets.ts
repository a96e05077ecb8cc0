// Remote images that Redoc's bundle references at run time, replaced by inline SVGs so the page fetches nothing.
// Redoc's sidebar footer ("API docs by" + the Redocly logo) loads its logo from Redocly's CDN; the attribution stays,
// drawn locally.

function svgDataUri(svg: string): string {
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

const WORDMARK = svgDataUri(
  '<svg xmlns="http://www.w3.org/2000/svg" width="48" height="14" viewBox="0 0 48 14">' +
    '<text x="0" y="11.5" textLength="47" lengthAdjust="spacingAndGlyphs" font-family="system-ui, sans-serif" font-size="12" font-weight="600" fill="#1a1c21">Redocly</text></svg>',
);

const MONOGRAM = svgDataUri(
  '<svg xmlns="http://www.w3.org/2000/svg" width="14" height="14" viewBox="0 0 14 14">' +
    '<rect width="14" height="14" rx="3" fill="#1a1c21"/>' +
    '<text x="7" y="11" text-anchor="middle" font-family="system-ui, sans-serif" font-size="10" font-weight="700" fill="#fff">R</text></svg>',
);

/** Known remote asset URL → local replacement. */
export const REMOTE_ASSET_REPLACEMENTS: Readonly<Record<string, string>> = {
  'https://cdn.redoc.ly/redoc/logo-mini-full.svg': WORDMARK,
  'https://cdn.redoc.ly/redoc/logo-mini.svg': MONOGRAM,
};

/** Replaces every known remote asset URL in `text`; returns the new text and the URLs that were found. */
export function localizeRemoteAssets(text: string): { readonly text: string; readonly replaced: readonly string[] } {
  let result = text;
  const replaced: string[] = [];
  for (const [remote, local] of Object.entries(REMOTE_ASSET_REPLACEMENTS)) {
    if (!result.includes(remote)) continue;
    result = result.split(remote).join(local);
    replaced.push(remote);
  }
  return { text: result, replaced };
}
