// The pieces that keep the docs offline and serve them: the external-resource scanner, the CDN-logo replacement
// and the static server.
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findExternalResources } from '../../scripts/docs/external-resources.ts';
import { localizeRemoteAssets, REMOTE_ASSET_REPLACEMENTS } from '../../scripts/docs/local-assets.ts';
import { codeSampleLanguages } from '../../scripts/docs/redoc-options.ts';
import { startStaticServer } from '../../scripts/docs/serve.ts';
import type { StaticServer } from '../../scripts/docs/serve.ts';

describe('findExternalResources', () => {
  it.each([
    ['<script src="https://cdn.example/redoc.js"></script>', 'https://cdn.example/redoc.js'],
    ['<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">', 'https://fonts.googleapis.com/css?family=Roboto'],
    ['<link rel="modulepreload" href="https://cdn.example/m.js" />', 'https://cdn.example/m.js'],
    ['<style>@import url("https://fonts.example/a.css");</style>', 'https://fonts.example/a.css'],
    ['<div style="background: url(https://img.example/bg.png)"></div>', 'https://img.example/bg.png'],
    ['<script type="module">import { hydrate } from "https://cdn.example/x.js";</script>', 'https://cdn.example/x.js'],
    ['jsx("img",{alt:"logo",src:e?`https://cdn.example/full.svg`:`https://cdn.example/mini.svg`})', 'https://cdn.example/full.svg'],
    ['const icons = ["https://cdn.example/icon.svg"];', 'https://cdn.example/icon.svg'],
  ])('reports %s', (text, url) => {
    expect(findExternalResources(text).map((item) => item.url)).toContain(url);
  });

  it.each([
    '<a href="https://docs.antom.com/ac/ams/payment_cashier">Antom docs</a>',
    '<p>Gateway: https://open-na-global.alipay.com/ams/api</p>',
    'jsx("a",{href:`https://redocly.com/redoc/`,children:"API docs by"})',
    '<a href="https://example.com/logo.svg">a link to an image is not a fetch</a>',
    '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
  ])('ignores %s', (text) => {
    expect(findExternalResources(text)).toEqual([]);
  });
});

describe('localizeRemoteAssets', () => {
  it('replaces the Redocly CDN logos with inline SVGs the scanner accepts', () => {
    const remote = Object.keys(REMOTE_ASSET_REPLACEMENTS);
    const bundle = `jsx("img",{src:e?\`${remote[0] ?? ''}\`:\`${remote[1] ?? ''}\`})`;
    expect(findExternalResources(bundle).length).toBeGreaterThan(0);
    const { text, replaced } = localizeRemoteAssets(bundle);
    expect(replaced).toEqual(remote);
    expect(text).toContain('data:image/svg+xml,');
    expect(findExternalResources(text)).toEqual([]);
  });
});

describe('codeSampleLanguages', () => {
  it('lists each x-codeSamples label once, in order', () => {
    const sample = (lang: string, label?: string) => ({ lang, label, source: '' });
    const bundle = {
      paths: {
        '/a': { post: { 'x-codeSamples': [sample('TypeScript', 'TS'), sample('cURL')] } },
        '/b': { get: { 'x-codeSamples': [sample('TypeScript', 'TS')] } },
      },
    };
    expect(codeSampleLanguages(bundle)).toEqual([
      { lang: 'TypeScript', label: 'TS' },
      { lang: 'cURL', label: 'cURL' },
    ]);
  });
});

describe('startStaticServer', () => {
  let dir: string;
  let outside: string;
  let server: StaticServer;

  function get(path: string, method = 'GET'): Promise<{ status: number; type: string; body: string }> {
    const url = new URL(server.url);
    return new Promise((resolvePromise, reject) => {
      const req = request({ host: url.hostname, port: url.port, path, method }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolvePromise({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body }));
      });
      req.on('error', reject);
      req.end();
    });
  }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'antom-docs-site-'));
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>docs</title>');
    await writeFile(join(dir, 'assets', 'app.js'), 'export {};');
    await writeFile(join(dir, 'assets', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    // Links inside the site: to a file and a folder outside it (never served), and to a file inside it (served).
    outside = await mkdtemp(join(tmpdir(), 'antom-docs-outside-'));
    await writeFile(join(outside, 'secret.env'), 'TOKEN=outside-the-site');
    await symlink(join(outside, 'secret.env'), join(dir, 'assets', 'secret.js'));
    await symlink(outside, join(dir, 'elsewhere'));
    await symlink(join(dir, 'assets', 'app.js'), join(dir, 'assets', 'same.js'));
    server = await startStaticServer(dir, 0);
  });

  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
    await rm(outside, { recursive: true, force: true });
  });

  it('listens on a free 127.0.0.1 port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.url).not.toBe('http://127.0.0.1:0/');
  });

  it('serves files with their content types', async () => {
    await expect(get('/')).resolves.toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
    await expect(get('/assets/app.js')).resolves.toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
    await expect(get('/assets/logo.svg')).resolves.toMatchObject({ status: 200, type: 'image/svg+xml' });
  });

  it('answers client-side routes with index.html and missing files with 404', async () => {
    await expect(get('/payments/pay')).resolves.toMatchObject({ status: 200, body: '<!doctype html><title>docs</title>' });
    await expect(get('/assets/missing.js')).resolves.toMatchObject({ status: 404 });
  });

  it('never serves files outside its folder and only answers GET and HEAD', async () => {
    await expect(get('/../../etc/passwd')).resolves.not.toMatchObject({ body: expect.stringContaining('root:') });
    await expect(get('/%2e%2e/%2e%2e/etc/passwd')).resolves.not.toMatchObject({ body: expect.stringContaining('root:') });
    await expect(get('/', 'POST')).resolves.toMatchObject({ status: 405 });
    await expect(get('/', 'HEAD')).resolves.toMatchObject({ status: 200, body: '' });
  });

  it('never follows a symbolic link to a file or folder outside its folder; a link inside it is served', async () => {
    for (const path of ['/assets/secret.js', '/elsewhere/secret.env']) {
      const answer = await get(path);
      expect(answer.status, path).toBe(404);
      expect(answer.body, path).not.toContain('outside-the-site');
    }
    // An extensionless path through the link falls back to the app, not to the folder outside.
    await expect(get('/elsewhere')).resolves.toMatchObject({ status: 200, body: '<!doctype html><title>docs</title>' });
    await expect(get('/assets/same.js')).resolves.toMatchObject({ status: 200, body: 'export {};' });
  });
});
