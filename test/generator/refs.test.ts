// Where a `$ref` may lead (generator/ref-policy.ts): inside the spec's folder tree by default (symlinks resolved);
// any other file, an absolute path, /proc or a URL is refused at the $ref's file:line with the flag that allows it;
// with --allow-external-refs a URL is fetched with a timeout of our own and no redirect to another origin. Real
// files, real symlinks and real HTTP servers on 127.0.0.1; generate runs as a process.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../generator/cli-options.ts';
import { ROOT, tempDir } from './helpers.ts';

const SECRET = 'TOPSECRET-7d1e';

/** Runs generate as a process without blocking this one (the test's HTTP servers must answer meanwhile). */
function generate(dir: string, args: readonly string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(ROOT, 'generator/bin.mjs'), '--spec', 'spec/openapi.yaml', '--out', 'out', '--no-cache', ...args], { cwd: dir, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ status: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr });
    });
  });
}

/** A project whose spec has one schema `$ref`, plus a file outside the spec's folder holding a secret. */
function project(ref: string, setup: (dir: string) => void = () => undefined): string {
  const dir = tempDir('refs');
  mkdirSync(path.join(dir, 'spec/schemas'), { recursive: true });
  mkdirSync(path.join(dir, 'outside'));
  writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(path.join(dir, 'outside/secret.yaml'), `Secret:\n  type: string\n  description: ${SECRET}\n`);
  writeFileSync(path.join(dir, 'spec/schemas/inside.yaml'), 'Inside:\n  type: string\n  description: inside the folder\n');
  writeFileSync(
    path.join(dir, 'spec/openapi.yaml'),
    `openapi: 3.1.0\ninfo: {title: Refs, version: 1.0.0}\npaths: {}\ncomponents:\n  schemas:\n    Near:\n      $ref: ./schemas/inside.yaml#/Inside\n    Far:\n      $ref: '${ref}'\n`,
  );
  setup(dir);
  return dir;
}

/** The refusal as generate prints it: at the `$ref` (line 9 of the spec), naming the flag, nothing written. */
async function expectRefused(dir: string, because: RegExp): Promise<string> {
  const run = await generate(dir, []);
  expect(run.status).toBe(1);
  expect(run.stderr).toMatch(/spec\/openapi\.yaml:9:7 error no-unresolved-refs: Can't resolve \$ref: refused: /);
  expect(run.stderr).toMatch(because);
  expect(run.stderr).toContain('--allow-external-refs');
  expect(run.stderr).not.toContain(SECRET);
  expect(existsSync(path.join(dir, 'out'))).toBe(false);
  return run.stderr;
}

interface TestServer {
  readonly url: string;
  readonly requests: string[];
  close(): Promise<void>;
}

async function serve(handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<TestServer> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(request.url ?? '');
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

describe('$ref without --allow-external-refs', () => {
  it('reads files inside the spec folder tree (the reference case the refusals below differ from)', async () => {
    const dir = project('./schemas/inside.yaml#/Inside');
    const run = await generate(dir, ['--quiet']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('reads a root spec file that is itself a symbolic link to another folder (the user named it)', async () => {
    const dir = project('./schemas/inside.yaml#/Inside', (d) => {
      renameSync(path.join(d, 'spec/openapi.yaml'), path.join(d, 'outside/openapi.yaml'));
      symlinkSync(path.join(d, 'outside/openapi.yaml'), path.join(d, 'spec/openapi.yaml'));
    });
    const run = await generate(dir, ['--quiet']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('refuses a relative path that leaves the spec folder', async () => {
    await expectRefused(project('../outside/secret.yaml#/Secret'), /leads outside the spec's folder, to \S*outside\/secret\.yaml/);
  });

  it('refuses an absolute path to another folder', async () => {
    const dir = project('PLACEHOLDER');
    const spec = path.join(dir, 'spec/openapi.yaml');
    writeFileSync(spec, readFileSync(spec, 'utf8').replace('PLACEHOLDER', `${dir}/outside/secret.yaml#/Secret`));
    await expectRefused(dir, /leads outside the spec's folder/);
  });

  it('refuses /proc/self/environ', async () => {
    await expectRefused(project('/proc/self/environ'), /to \/proc\/self\/environ/);
  });

  it('refuses a symbolic link inside the folder that points outside it', async () => {
    const dir = project('./schemas/link.yaml#/Secret', (d) => symlinkSync(path.join(d, 'outside/secret.yaml'), path.join(d, 'spec/schemas/link.yaml')));
    await expectRefused(dir, /through a symbolic link outside the spec's folder, to \S*outside\/secret\.yaml/);
  });

  it('refuses a URL, and never asks the server', async () => {
    const server = await serve((_, response) => response.end('Remote:\n  type: string\n'));
    try {
      await expectRefused(project(`${server.url}/remote.yaml#/Remote`), /this \$ref is a URL \(http:\/\/127\.0\.0\.1:\d+\/remote\.yaml\)/);
      expect(server.requests).toEqual([]);
    } finally {
      await server.close();
    }
  });
});

describe('$ref with --allow-external-refs', () => {
  let other: TestServer;
  let main: TestServer;
  beforeAll(async () => {
    other = await serve((_, response) => response.end('Remote:\n  type: string\n  description: from the other host\n'));
    main = await serve((request, response) => {
      if (request.url === '/moved.yaml') response.writeHead(302, { location: '/remote.yaml' }).end();
      else if (request.url === '/elsewhere.yaml') response.writeHead(302, { location: `${other.url.replace('127.0.0.1', 'localhost')}/remote.yaml` }).end();
      else if (request.url === '/remote.yaml') response.end('Remote:\n  type: string\n  description: served remotely\n');
      // /silent.yaml: never answers.
    });
  });
  afterAll(async () => {
    await main.close();
    await other.close();
  });

  it('reads a file outside the folder', async () => {
    const dir = project('../outside/secret.yaml#/Secret');
    const run = await generate(dir, ['--allow-external-refs', '--quiet']);
    expect(run.status).toBe(0);
    expect(readFileSync(path.join(dir, 'out/openapi.json'), 'utf8')).toContain(SECRET);
  });

  it('fetches a URL, following a redirect on the same origin', async () => {
    const dir = project(`${main.url}/moved.yaml#/Remote`);
    const run = await generate(dir, ['--allow-external-refs', '--quiet']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readFileSync(path.join(dir, 'out/openapi.json'), 'utf8')).toContain('served remotely');
  });

  it('refuses a redirect to another host, which is never asked', async () => {
    const dir = project(`${main.url}/elsewhere.yaml#/Remote`);
    const run = await generate(dir, ['--allow-external-refs']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/spec\/openapi\.yaml:9:7 error no-unresolved-refs: .*elsewhere\.yaml redirects to another origin \(http:\/\/localhost:\d+\); refused/);
    expect(other.requests).toEqual([]);
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  it('gives up on a server that never answers after --ref-timeout', async () => {
    const dir = project(`${main.url}/silent.yaml#/Remote`);
    const run = await generate(dir, ['--allow-external-refs', '--ref-timeout', '0.5']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/spec\/openapi\.yaml:9:7 error no-unresolved-refs: .*silent\.yaml did not answer within 0\.5 s; refused/);
    expect(main.requests).toContain('/silent.yaml');
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });
});

describe('the options', () => {
  it('--allow-external-refs is off by default; --ref-timeout takes seconds (10 by default) and refuses nonsense', () => {
    const defaults = parseArgs([], ROOT, path.join(ROOT, 'generator'));
    expect(defaults).toMatchObject({ allowExternalRefs: false, refTimeoutMs: 10_000 });
    expect(parseArgs(['--allow-external-refs', '--ref-timeout', '2.5'], ROOT, path.join(ROOT, 'generator'))).toMatchObject({ allowExternalRefs: true, refTimeoutMs: 2500 });
    for (const bad of ['0', '-1', 'soon', '601']) {
      expect(() => parseArgs(['--ref-timeout', bad], ROOT, path.join(ROOT, 'generator'))).toThrow('--ref-timeout needs a number of seconds');
    }
  });
});
