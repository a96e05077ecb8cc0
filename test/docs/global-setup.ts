// Builds the docs site once for the docs project (`npm run docs`, as a developer does): its browser test files
// then serve the same site/ side by side, where two builds at once would race on the folder.
import { buildSite } from './helpers/build-site.ts';

export default async function setup(): Promise<void> {
  await buildSite();
}
