// Every link of every Markdown file the package ships resolves where the reader has the package: unpacked from the
// tarball (as in node_modules/antom-pay, and as npm's site renders the README), each relative link leads to a file or
// folder of the tarball, and a `#anchor` into a Markdown file to one of its headings. Links to the repository on
// GitHub (`…/antom-pay/antom-pay/blob/main/<path>`) must name a file that exists in this repository. So a link to a
// repository-only path (`sandbox/test-keys/README.md`, `docs/development.md`, `spec/`) fails unless it is shipped.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { headingAnchors, markdownLinks } from '../markdown/links.ts';
import { ROOT } from './helpers/consumer.ts';
import { runOk } from './helpers/run.ts';

const unpacked = join(inject('packageWorkDir'), 'links');
const root = join(unpacked, 'package');
const REPOSITORY_FILE = /^https:\/\/github\.com\/antom-pay\/antom-pay\/blob\/main\/([^#?]+)$/;

let files: string[] = [];
beforeAll(async () => {
  await mkdir(unpacked);
  await runOk('tar', ['-xzf', inject('packageTarball'), '-C', unpacked], unpacked);
  files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => statSync(join(root, file)).isFile()).sort();
});

/** Why `link` in the shipped file `file` does not resolve in the package, or undefined when it does. */
function problem(file: string, link: ReturnType<typeof markdownLinks>[number]): string | undefined {
  if (link.external) {
    const repoPath = REPOSITORY_FILE.exec(link.path)?.[1];
    if (repoPath !== undefined && !existsSync(join(ROOT, repoPath))) return `names ${repoPath}, which the repository does not have`;
    return undefined;
  }
  const target = link.path === '' ? join(root, file) : resolve(root, dirname(file), link.path);
  if (target !== root && !target.startsWith(root + sep)) return 'leaves the package';
  if (!existsSync(target)) return `${relative(root, target)} is not in the package`;
  if (statSync(target).isDirectory() && readdirSync(target).length === 0) return 'is an empty folder';
  if (link.anchor !== undefined && target.endsWith('.md') && !headingAnchors(readFileSync(target, 'utf8')).has(link.anchor)) {
    return `${relative(root, target)} has no heading #${link.anchor}`;
  }
  return undefined;
}

describe('links in the shipped Markdown', () => {
  it('ships the README, the changelog, the user docs and the test keys\' notice as Markdown, and nothing from the contributors', () => {
    expect(files.filter((file) => file.endsWith('.md'))).toEqual([
      'CHANGELOG.md',
      'README.md',
      'dist/sandbox/test-keys/README.md',
      'docs/observability.md',
      'docs/security.md',
      'docs/testing.md',
      'docs/webhooks.md',
    ]);
  });

  it('resolves every relative link and anchor of every shipped Markdown file inside the package', () => {
    const checked: string[] = [];
    const broken: string[] = [];
    for (const file of files.filter((name) => name.endsWith('.md'))) {
      for (const link of markdownLinks(readFileSync(join(root, file), 'utf8'))) {
        checked.push(`${file}:${link.line}`);
        const why = problem(file, link);
        if (why !== undefined) broken.push(`${file}:${link.line}: ${link.path}${link.anchor === undefined ? '' : `#${link.anchor}`} ${why}`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked.filter((place) => place.startsWith('README.md:')).length).toBeGreaterThan(10);
  });

  it('would report a repository-only path, a missing anchor and a path out of the package', () => {
    const link = (path: string, anchor?: string) => ({ line: 1, path, anchor, external: /^https:/.test(path) });
    expect(problem('README.md', link('sandbox/test-keys/README.md'))).toBe('sandbox/test-keys/README.md is not in the package');
    expect(problem('README.md', link('docs/development.md'))).toBe('docs/development.md is not in the package');
    expect(problem('README.md', link('docs/webhooks.md', 'no-such-heading'))).toBe('docs/webhooks.md has no heading #no-such-heading');
    expect(problem('docs/webhooks.md', link('../../x.md'))).toBe('leaves the package');
    expect(problem('README.md', link('https://github.com/antom-pay/antom-pay/blob/main/docs/nothing.md'))).toMatch(/does not have/);
    expect(problem('README.md', link('docs/webhooks.md', 'hono'))).toBeUndefined();
  });
});
