// Where a spec's `$ref` may lead. A spec may come from anyone: by default a `$ref` reads only files inside the
// spec's own folder tree (symlinks resolved), so that no spec can pull a key, an .env file or /proc/self/environ
// into generated/. --allow-external-refs lifts that, and then a URL is fetched with a timeout of our own, a size
// cap and no redirect to another origin.
import { realpathSync } from 'node:fs';
import path from 'node:path';

export const ALLOW_EXTERNAL_REFS = '--allow-external-refs';

export interface RefPolicy {
  /** The root spec file, named by the user: read wherever a symlink at its path leads. */
  readonly rootFile: string;
  /** The spec's folder as given, and with symlinks resolved: a file must be inside both. */
  readonly root: string;
  readonly realRoot: string;
  readonly allowExternal: boolean;
  /** How long one remote `$ref` may take, redirects and body included. */
  readonly timeoutMs: number;
}

/** Largest remote document read (a whole OpenAPI description of a large API is a few MB). */
const MAX_REMOTE_BYTES = 16 * 1024 * 1024;
const MAX_REDIRECTS = 5;

export function refPolicy(rootFile: string, options: { allowExternal?: boolean; timeoutMs?: number } = {}): RefPolicy {
  const file = path.resolve(rootFile);
  const root = path.dirname(file);
  let realRoot = root;
  try {
    realRoot = realpathSync.native(root);
  } catch {
    // A missing folder: the root file's own read reports it.
  }
  return { rootFile: file, root, realRoot, allowExternal: options.allowExternal === true, timeoutMs: options.timeoutMs ?? 10_000 };
}

function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

function refused(what: string, policy: RefPolicy): Error {
  return new Error(`${what}; a $ref may only point inside the spec's folder (${policy.root}). Run generate with ${ALLOW_EXTERNAL_REFS} to allow other folders, absolute paths and URLs.`);
}

/** Throws unless the policy lets a `$ref` read the URL (only with --allow-external-refs). */
export function checkUrl(policy: RefPolicy, url: string): void {
  if (!policy.allowExternal) throw refused(`refused: this $ref is a URL (${url})`, policy);
}

/**
 * The path to read for `file`, or throws unless the policy lets a `$ref` read it: inside the spec's folder as
 * written, and once symlinks are resolved (the resolved path is what is read, so the check holds for the read).
 * A file that does not exist passes here; reading it then fails as it always has.
 */
export function checkFile(policy: RefPolicy, file: string): string {
  if (policy.allowExternal || file === policy.rootFile) return file;
  if (!isInside(policy.root, file)) throw refused(`refused: this $ref leads outside the spec's folder, to ${file}`, policy);
  let real: string;
  try {
    real = realpathSync.native(file);
  } catch {
    return file;
  }
  if (!isInside(policy.realRoot, real)) throw refused(`refused: this $ref leads through a symbolic link outside the spec's folder, to ${real}`, policy);
  return real;
}

/**
 * The text of a remote `$ref` (with --allow-external-refs): redirects followed only within the same origin (at most
 * five), everything (redirects and body) within `timeoutMs`, at most 16 MiB, and a non-2xx answer is an error.
 */
export async function fetchRef(policy: RefPolicy, url: string): Promise<{ body: string; mimeType: string | undefined }> {
  const signal = AbortSignal.timeout(policy.timeoutMs);
  const origin = new URL(url).origin;
  let current = url;
  try {
    for (let hops = 0; ; hops += 1) {
      const response = await fetch(current, { redirect: 'manual', signal });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location !== null) {
        await response.body?.cancel();
        const next = new URL(location, current);
        if (next.origin !== origin) throw new Error(`${url} redirects to another origin (${next.origin}); refused`);
        if (hops >= MAX_REDIRECTS) throw new Error(`${url} redirects more than ${MAX_REDIRECTS} times; refused`);
        current = next.href;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new Error(`${current} answered HTTP ${response.status}`);
      }
      return { body: await readCapped(response, current), mimeType: response.headers.get('content-type') ?? undefined };
    }
  } catch (error) {
    if (signal.aborted) throw new Error(`${url} did not answer within ${policy.timeoutMs / 1000} s; refused`);
    throw error;
  }
}

async function readCapped(response: Response, url: string): Promise<string> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (let next = await reader?.read(); reader && next && !next.done; next = await reader.read()) {
    size += next.value.byteLength;
    if (size > MAX_REMOTE_BYTES) {
      await reader.cancel();
      throw new Error(`${url} is larger than ${MAX_REMOTE_BYTES / 1024 / 1024} MiB; refused`);
    }
    chunks.push(next.value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
