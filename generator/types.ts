/** Shapes shared by the generator's pure modules. Nothing here knows about a particular API. */
import type { DecisionLogic } from './logic.ts';

export interface ResultCodeSpecRow {
  readonly code: string;
  readonly status: string;
  readonly message: string;
  readonly action: string;
  /** True when the code or its meaning rests on inference (`inferred: true` in the spec); absent otherwise. */
  readonly inferred?: true;
}

export interface ResultFallback {
  readonly status: string;
  readonly message: string;
  readonly action: string;
}

/** How response examples are derived from the table (one example per code). */
export interface ResultExamplePlan {
  /** Code whose example is listed first (what a mock serves without a preference). */
  readonly default?: string;
  /** Property of the response body that holds the result object. */
  readonly resultProperty: string;
  /** Names of the code / status / message properties inside the result object. */
  readonly fields: { readonly code: string; readonly status: string; readonly message: string };
  /** Body properties added to every example, to every example of a status, or to one code's example. */
  readonly base: Readonly<Record<string, unknown>>;
  readonly byStatus: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly byCode: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

export interface StatusMeaning {
  readonly status: string;
  readonly title: string;
  readonly description: string;
}

/** A result-code table attached to an operation with the `x-result-codes` extension. */
export interface ResultTable {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  /** JSON pointer of the extension in the bundled document, for error messages. */
  readonly pointer: string;
  readonly statuses: readonly StatusMeaning[];
  readonly codes: readonly ResultCodeSpecRow[];
  readonly fallback: ResultFallback;
  readonly logic: DecisionLogic | string | undefined;
  readonly examples: ResultExamplePlan | undefined;
}

/**
 * The gateway-wide result codes (the root's `x-common-result-codes`): codes any operation can answer. Every
 * operation's lookups fall back to it before their own fallback row; an operation's own row for a code wins.
 */
export interface CommonResultTable {
  /** JSON pointer of the extension in the bundled document, for error messages. */
  readonly pointer: string;
  readonly statuses: readonly StatusMeaning[];
  readonly codes: readonly ResultCodeSpecRow[];
}

export interface OperationInfo {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly summary: string | undefined;
  readonly description: string | undefined;
  readonly deprecated: boolean;
  /** False for GET and HEAD even when the spec describes a body: fetch cannot send one with them. */
  readonly hasBody: boolean;
  readonly bodyRequired: boolean;
  readonly hasRequiredParams: boolean;
  /** Media type the body is sent as: JSON when the spec offers it, otherwise the first one listed. */
  readonly requestMediaType: string | undefined;
  /** Status key of the success body: the first 2xx response, in status order, that has content. */
  readonly responseStatus: string | undefined;
  /** Media type of the success (2xx) body: JSON when offered, otherwise the first one listed. */
  readonly responseMediaType: string | undefined;
}

/** Identifies the spec in banners: relative path and version, never a timestamp. */
export interface SpecIdentity {
  readonly source: string;
  readonly title: string;
  readonly version: string;
}

export type OpenApiDocument = Record<string, unknown> & {
  openapi: string;
  info: { title: string; version: string; description?: string };
  paths?: Record<string, Record<string, unknown>>;
  webhooks?: Record<string, Record<string, unknown>>;
};

export class GeneratorError extends Error {
  override readonly name = 'GeneratorError';
  readonly location: string | undefined;
  readonly rule: string | undefined;
  constructor(message: string, options: { location?: string; rule?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.location = options.location;
    this.rule = options.rule;
  }
}
