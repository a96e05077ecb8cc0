// Redoc 3 options for the built page (passed to `redocly build-docs --openapi <json>`).
export const REDOC_OPTIONS = {
  /** Open nested request and response objects two levels deep, so env and order fields show without a click. */
  schemasExpansionLevel: 2,
  /** Expand response samples further than the default of 2 levels. */
  jsonSamplesExpandLevel: 3,
  sortRequiredPropsFirst: true,
  hideLoading: true,
} as const;
