// A minimal static file server on 127.0.0.1 for the built docs (used by `npm run docs:serve` and the browser test).
// Extensionless paths that match no file get index.html, so Redoc's client-side routes can be opened directly.
import { constants, realpathSync } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

export interface StaticServer {
  /** Origin plus trailing slash, e.g. `http://127.0.0.1:8080/`. */
  readonly url: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

function sendText(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...extra });
  res.end(text);
}

/** Maps a request path onto a file inside `root`, or undefined when it would escape `root`. */
function resolveInside(root: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const target = resolve(root, `.${decoded}`);
  return target === root || target.startsWith(root + sep) ? target : undefined;
}

/**
 * What `path` is once every symbolic link on the way is resolved: a regular file or a directory still inside `root`
 * (itself resolved), with its resolved path; 'outside' for anything else (a link out of site/, a device, a missing file).
 */
async function insideFile(root: string, path: string): Promise<{ kind: 'file' | 'directory' | 'outside'; real: string }> {
  const real = await realpath(path).catch(() => undefined);
  if (real === undefined || (real !== root && !real.startsWith(root + sep))) return { kind: 'outside', real: root };
  const info = await stat(real).catch(() => undefined);
  return { kind: info?.isFile() ? 'file' : info?.isDirectory() ? 'directory' : 'outside', real };
}

async function handle(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendText(res, 405, 'Method Not Allowed\n', { allow: 'GET, HEAD' });
    return;
  }
  const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
  let file = resolveInside(root, pathname);
  if (file === undefined) {
    sendText(res, 400, 'Bad Request\n');
    return;
  }
  let found = await insideFile(root, file);
  if (found.kind === 'directory') {
    file = join(file, 'index.html');
    found = await insideFile(root, file);
  }
  if (found.kind !== 'file' && extname(pathname) === '') {
    // Redoc routes (/section/…, /payments/pay) are client-side: serve the app for any extensionless path.
    file = join(root, 'index.html');
    found = await insideFile(root, file);
  }
  if (found.kind !== 'file') {
    sendText(res, 404, 'Not Found\n');
    return;
  }
  // Opened once and read through the same descriptor: a link swapped in after the check is not followed.
  const handleOfFile = await open(found.real, constants.O_RDONLY | constants.O_NOFOLLOW).catch(() => undefined);
  const info = await handleOfFile?.stat();
  if (handleOfFile === undefined || info === undefined || !info.isFile()) {
    await handleOfFile?.close();
    sendText(res, 404, 'Not Found\n');
    return;
  }
  res.writeHead(200, { 'content-type': contentTypeFor(file), 'content-length': String(info.size), 'cache-control': 'no-cache' });
  if (req.method === 'HEAD') {
    await handleOfFile.close();
    res.end();
    return;
  }
  handleOfFile
    .createReadStream()
    .on('error', () => res.destroy())
    .pipe(res);
}

/** Serves `dir` on 127.0.0.1:`port` (0 picks a free port). */
export function startStaticServer(dir: string, port = 8080): Promise<StaticServer> {
  // Resolved once: site/ itself may be reached through a link (a symlinked checkout); what is inside it may not leave it.
  let root = resolve(dir);
  try {
    root = realpathSync(root);
  } catch {
    // A missing folder: every request answers 404.
  }
  const server = createServer((req, res) => {
    handle(root, req, res).catch(() => {
      if (!res.headersSent) sendText(res, 500, 'Internal Server Error\n');
      else res.destroy();
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      const { port: bound } = server.address() as AddressInfo;
      resolvePromise({
        url: `http://127.0.0.1:${String(bound)}/`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
