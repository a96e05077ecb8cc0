// Test helper: drives the system `openssl` CLI so that known answers come from an independent implementation,
// not from the code under test.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A scratch directory plus an `openssl` runner whose relative paths resolve inside it. */
export interface OpensslWorkspace {
  dir: string;
  /** Runs `openssl ...args` in `dir`; throws when openssl exits non-zero. */
  run(args: readonly string[]): Buffer;
  /** Path of `name` inside `dir`. */
  path(name: string): string;
  write(name: string, data: string | Buffer): string;
  read(name: string): Buffer;
  readText(name: string): string;
  dispose(): void;
}

export function createOpensslWorkspace(prefix = 'antom-openssl-'): OpensslWorkspace {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const path = (name: string): string => join(dir, name);
  return {
    dir,
    path,
    run: (args) => execFileSync('openssl', [...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] }),
    write: (name, data) => {
      writeFileSync(path(name), data);
      return path(name);
    },
    read: (name) => readFileSync(path(name)),
    readText: (name) => readFileSync(path(name), 'utf8'),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Generates an RSA key of `bits` as PKCS#8 PEM at `name`. */
export function generateRsaKey(ws: OpensslWorkspace, name: string, bits = 2048): void {
  ws.run(['genpkey', '-algorithm', 'RSA', '-pkeyopt', `rsa_keygen_bits:${bits}`, '-out', name]);
}

/** Signs the UTF-8 bytes of `content` with `openssl dgst -sha256 -sign`; returns standard base64. */
export function opensslSign(ws: OpensslWorkspace, keyFile: string, content: string): string {
  ws.write('content.txt', Buffer.from(content, 'utf8'));
  ws.run(['dgst', '-sha256', '-sign', keyFile, '-out', 'openssl-sig.bin', 'content.txt']);
  return ws.read('openssl-sig.bin').toString('base64');
}

/** True when `openssl dgst -sha256 -verify` accepts `base64Signature` over `content`. */
export function opensslVerify(ws: OpensslWorkspace, publicKeyFile: string, content: string, base64Signature: string): boolean {
  ws.write('content.txt', Buffer.from(content, 'utf8'));
  ws.write('our-sig.bin', Buffer.from(base64Signature, 'base64'));
  try {
    const out = ws.run(['dgst', '-sha256', '-verify', publicKeyFile, '-signature', 'our-sig.bin', 'content.txt']);
    return out.toString().includes('Verified OK');
  } catch {
    return false;
  }
}

/** Every `width`-char window of `input`; used to prove error messages do not echo key material. */
export function windows(input: string, width = 20): string[] {
  const out: string[] = [];
  for (let i = 0; i + width <= input.length; i += 1) out.push(input.slice(i, i + width));
  return out;
}
