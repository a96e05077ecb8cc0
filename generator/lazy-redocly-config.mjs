// Redocly's core builds the node types of its own configuration file (redocly.yaml) when it loads: it compiles
// @redocly/config's JSON schemas into types (redocly-yaml.js, with an Ajv instance made for it in
// json-schema-adapter.js) and normalizes a visitor over them (bundle.js). Only linting or bundling a redocly.yaml
// reads them; the generator configures Redocly with an object and never does either. The compiled main thread
// builds them on first use instead: in the V8-cached bundle, loading Redocly went from ~200 to ~60 ms of CPU on the
// 2-vCPU dev VM (see docs/benchmarks.md). Plain JavaScript: compile.mjs runs before any TypeScript can.
//
// Each edit replaces text that must occur exactly once; when a Redocly release changes it, that file is bundled as
// it ships (slower to load, same behaviour) and test/generator/launcher.test.ts fails.

/** Module path (under @redocly/openapi-core/lib/, `/`-separated) → the edits made to its source. */
export const REDOCLY_CONFIG_EDITS = {
  'types/redocly-yaml.js': [
    [
      'const config_1 = require("@redocly/config");',
      'const config_1 = { get rootRedoclyConfigSchema() { return require("@redocly/config").rootRedoclyConfigSchema; } };',
    ],
    [
      'const json_schema_adapter_1 = require("./json-schema-adapter");',
      'const json_schema_adapter_1 = { getNodeTypesFromJSONSchema: (...args) => require("./json-schema-adapter").getNodeTypesFromJSONSchema(...args) };',
    ],
    [
      'exports.ConfigTypes = createConfigTypes(config_1.rootRedoclyConfigSchema);\nexports.NormalizedConfigTypes = (0, types_1.normalizeTypes)(exports.ConfigTypes);',
      'let configTypes, normalizedConfigTypes;\n' +
        'Object.defineProperty(exports, "ConfigTypes", { enumerable: true, get: () => (configTypes ??= createConfigTypes(config_1.rootRedoclyConfigSchema)) });\n' +
        'Object.defineProperty(exports, "NormalizedConfigTypes", { enumerable: true, get: () => (normalizedConfigTypes ??= (0, types_1.normalizeTypes)(exports.ConfigTypes)) });',
    ],
  ],
  'bundle.js': [
    ['\nconst bundleVisitor = (0, visitors_1.normalizeVisitors)([', '\nlet bundleVisitor;\nconst configBundleVisitor = () => (0, visitors_1.normalizeVisitors)(['],
    ['async function bundleConfig(document, resolvedRefMap) {\n', 'async function bundleConfig(document, resolvedRefMap) {\n    bundleVisitor ??= configBundleVisitor();\n'],
  ],
  'lint.js': [
    [
      'const config_1 = require("@redocly/config");',
      'const config_1 = { get rootRedoclyConfigSchema() { return require("@redocly/config").rootRedoclyConfigSchema; } };',
    ],
  ],
};

/** `source` with every edit made, or undefined when any of them does not find its text exactly once. */
export function applyEdits(source, edits) {
  let text = source;
  for (const [from, to] of edits) {
    const at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0) return undefined;
    text = `${text.slice(0, at)}${to}${text.slice(at + from.length)}`;
  }
  return text;
}

/** The esbuild plugin: makes those edits while bundling Redocly's core. */
export function lazyRedoclyConfig(readFile) {
  return {
    name: 'lazy-redocly-config',
    setup(build) {
      build.onLoad({ filter: /[\\/]@redocly[\\/]openapi-core[\\/]lib[\\/](types[\\/]redocly-yaml|bundle|lint)\.js$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const key = Object.keys(REDOCLY_CONFIG_EDITS).find((name) => args.path.replace(/\\/g, '/').endsWith(`/openapi-core/lib/${name}`));
        return { contents: (key && applyEdits(source, REDOCLY_CONFIG_EDITS[key])) ?? source, loader: 'js' };
      });
    },
  };
}
