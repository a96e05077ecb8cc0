import { lineCommentText } from './emit/code-text.ts';
import type { SpecIdentity } from './types.ts';

/** The "do not edit" banner every generated file starts with. Deterministic: no dates, no absolute paths. */
export function bannerLines(spec: SpecIdentity): string[] {
  return [
    `Generated from ${spec.source} (${spec.title} ${spec.version}) by generator/. Do not edit.`,
    'Regenerate with `npm run generate`; CI fails when this file differs from what the spec generates.',
  ];
}

export function tsBanner(spec: SpecIdentity): string {
  return `${bannerLines(spec)
    .map((line) => `// ${lineCommentText(line)}`)
    .join('\n')}\n`;
}
