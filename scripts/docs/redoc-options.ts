// Redoc 3 options for the built page (passed to `redocly build-docs --openapi <json>`).

interface CodeSampleLanguage {
  readonly lang: string;
  readonly label: string;
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The `x-codeSamples` languages of every operation, in order of first appearance. Redoc 3 shows a definition's
 * code sample only when its label (or lang) is one of `codeSamples.languages`; listing them here (instead of
 * Redoc's default list of generated languages) shows exactly the spec's samples, the first one preselected.
 */
export function codeSampleLanguages(bundle: unknown): CodeSampleLanguage[] {
  const seen = new Map<string, CodeSampleLanguage>();
  const paths = isRecord(bundle) && isRecord(bundle['paths']) ? Object.values(bundle['paths']) : [];
  for (const pathItem of paths) {
    if (!isRecord(pathItem)) continue;
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      const samples = isRecord(operation) ? operation['x-codeSamples'] : undefined;
      if (!Array.isArray(samples)) continue;
      for (const sample of samples) {
        if (!isRecord(sample) || typeof sample['lang'] !== 'string') continue;
        const lang = sample['lang'];
        const label = typeof sample['label'] === 'string' ? sample['label'] : lang;
        if (!seen.has(label.toLowerCase())) seen.set(label.toLowerCase(), { lang, label });
      }
    }
  }
  return [...seen.values()];
}

export function redocOptions(bundle: unknown): Record<string, unknown> {
  return {
    /** Open nested request and response objects two levels deep, so env and order fields show without a click. */
    schemasExpansionLevel: 2,
    /** Expand JSON samples one level further than Redoc's default of 2. */
    jsonSamplesExpandLevel: 3,
    sortRequiredPropsFirst: true,
    hideLoading: true,
    /**
     * One column for prose and samples: the four-column result-code table needs the full width, which the middle
     * column of the three-panel layout does not have. Readers can still switch layouts in the sidebar.
     */
    layout: 'stacked',
    /** The spec's own samples first, then the JSON payload of the selected example. */
    codeSamples: { languages: [...codeSampleLanguages(bundle), { lang: 'payload', label: 'Payload' }] },
  };
}
