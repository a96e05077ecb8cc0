// Types of the shared Redocly rules (plain JavaScript so that Redocly can load them as they are).
export declare const RESULT_CODES_EXTENSION: 'x-result-codes';
export declare const COMMON_RESULT_CODES_EXTENSION: 'x-common-result-codes';
export interface ResultTableProblem {
  readonly message: string;
  readonly path: readonly (string | number)[];
}
export declare function resultTableProblems(table: unknown): ResultTableProblem[];
export declare function commonTableProblems(table: unknown): ResultTableProblem[];
export declare function ResultCodes(): Record<string, unknown>;
export declare function SuccessDocumented(): Record<string, unknown>;
