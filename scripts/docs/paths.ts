// Where the docs build reads and writes, resolved from this file so any working directory works.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

export const DOCS_PATHS = {
  root,
  bundle: join(root, 'generated', 'openapi.json'),
  template: fileURLToPath(new URL('template.hbs', import.meta.url)),
  redoclyBin: join(root, 'node_modules', '.bin', 'redocly'),
  siteDir: join(root, 'site'),
  indexHtml: join(root, 'site', 'index.html'),
} as const;
