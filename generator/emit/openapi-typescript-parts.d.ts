// Types for the three openapi-typescript modules that emitSchemaTypes imports one by one (the package ships
// declarations for its main entry only). Each is typed as the same function the main entry exports.
declare module 'openapi-typescript/dist/transform/index.js' {
  const transformSchema: typeof import('openapi-typescript').transformSchema;
  export default transformSchema;
}

declare module 'openapi-typescript/dist/lib/utils.js' {
  export const scanDiscriminators: typeof import('openapi-typescript').scanDiscriminators;
  export const resolveRef: typeof import('openapi-typescript').resolveRef;
}

declare module 'openapi-typescript/dist/lib/ts.js' {
  export const astToString: typeof import('openapi-typescript').astToString;
  export const STRING: typeof import('openapi-typescript').STRING;
  export const tsLiteral: typeof import('openapi-typescript').tsLiteral;
  export const tsUnion: typeof import('openapi-typescript').tsUnion;
  export const tsIntersection: typeof import('openapi-typescript').tsIntersection;
  export const stringToAST: typeof import('openapi-typescript').stringToAST;
}
