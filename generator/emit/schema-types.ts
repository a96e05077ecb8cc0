import type { GlobalContext, OpenAPI3 } from 'openapi-typescript';
import type { OpenApiDocument, SpecIdentity } from '../types.ts';
import { tsBanner } from '../banner.ts';
import { openStringUnionRewriter } from './open-string-union.ts';

/**
 * TypeScript types for the whole document, produced by openapi-typescript's transform. The document comes
 * already resolved, structure-checked and bundled by the resolve step, so this calls the transform directly
 * instead of `openapiTS()`, whose first step reads the document again through Redocly: that step loaded a
 * second copy of Redocly into the emitter thread and walked the whole document twice more, for no change.
 * The modules are imported one by one so that the thread loads only Redocly's $ref helpers (and what they
 * import), not its linter and bundler. A Swagger 2.0 document never gets here (generator/resolve.ts refuses it).
 */
export async function emitSchemaTypes(doc: OpenApiDocument, spec: SpecIdentity): Promise<string> {
  const [{ default: transformSchema }, { scanDiscriminators, resolveRef }, kit] = await Promise.all([
    import('openapi-typescript/dist/transform/index.js'),
    import('openapi-typescript/dist/lib/utils.js'),
    import('openapi-typescript/dist/lib/ts.js'),
  ]);
  const schema = structuredClone(doc) as unknown as OpenAPI3;
  // The context openapiTS() builds from its options, as of openapi-typescript 7.13: its defaults, except where noted.
  const ctx: GlobalContext = {
    // Request and response objects stay open on the wire; the types list the documented properties only.
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: true,
    // scanDiscriminators reads none of the options.
    discriminators: scanDiscriminators(schema, {}),
    emptyObjectsUnknown: false,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    // An open value list keeps its known values in the editor: 'A' | 'B' | (string & {}).
    postTransform: openStringUnionRewriter(kit),
    propertiesRequiredByDefault: false,
    // Only openapiTS()'s own validation step reads the Redocly config; no transform does.
    redoc: undefined as never,
    silent: true,
    inject: undefined,
    transform: undefined,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    resolve: ($ref) => resolveRef(schema, $ref, { silent: true }),
  };
  // astToString prints with line feeds, whatever the platform.
  const body = kit.astToString(transformSchema(schema, ctx));
  return `${tsBanner(spec)}\n${body.trimEnd()}\n`;
}
