import type { OpenApiDocument, SpecIdentity } from '../types.ts';
import { tsBanner } from '../banner.ts';
import { openStringUnionRewriter } from './open-string-union.ts';

/** TypeScript types for the whole document, produced by openapi-typescript's Node API. */
export async function emitSchemaTypes(doc: OpenApiDocument, spec: SpecIdentity): Promise<string> {
  const [openapiTypescript, { createConfig }] = await Promise.all([import('openapi-typescript'), import('@redocly/openapi-core')]);
  const { default: openapiTS, astToString } = openapiTypescript;
  const openUnion = openStringUnionRewriter(openapiTypescript);
  // The document was already structure-checked and bundled by the resolve step: run openapi-typescript's own
  // validation pass with no rules instead of its default ruleset.
  const redocly = await createConfig({ extends: [], rules: {} } as never);
  const nodes = await openapiTS(structuredClone(doc) as never, {
    redocly: redocly as never,
    silent: true,
    // Request and response objects stay open on the wire; the types list the documented properties only.
    additionalProperties: false,
    alphabetize: false,
    exportType: false,
    rootTypes: false,
    // An open value list keeps its known values in the editor: 'A' | 'B' | (string & {}).
    postTransform: (type) => openUnion(type),
  });
  // astToString prints with line feeds, whatever the platform.
  const body = astToString(nodes);
  return `${tsBanner(spec)}\n${body.trimEnd()}\n`;
}
