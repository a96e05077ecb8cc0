// Test helper for the hardening tests: both ways an attempt can travel, a guard that proves the process saw no
// unhandled rejection or uncaught exception, and a handler that streams a huge body lazily (never allocated).
import { afterEach, beforeEach, expect } from 'vitest';
import { createAntomClient } from '../../../src/index.ts';
import type { AntomClient, AntomClientOptions } from '../../../src/index.ts';
import { startRecordingServer } from './recording-server.ts';
import type { Handler, RecordingServer } from './recording-server.ts';
import { CLIENT_ID, antomKeys, merchantKeys } from './transport-fixtures.ts';

/** The default node:http exchange, and a caller-supplied fetch (the built-in one, wrapped). */
export const EXCHANGES = [
  { name: 'node:http (default)', extra: {} as Partial<AntomClientOptions> },
  {
    name: 'an injected fetch',
    extra: { fetch: (input: string | URL | Request, init?: RequestInit) => globalThis.fetch(input, init) } as Partial<AntomClientOptions>,
  },
];

/** A client on the loopback `origin` with the fixtures' keys (sandbox client id, so the sandbox path). */
export function clientFor(origin: string, extra: Partial<AntomClientOptions> = {}): AntomClient {
  return createAntomClient({
    clientId: CLIENT_ID,
    privateKey: merchantKeys.privateKey,
    antomPublicKey: antomKeys.publicKey,
    baseUrl: origin,
    timeoutMs: 10_000,
    retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5 },
    ...extra,
  });
}

/**
 * Records every unhandledRejection / uncaughtException while a test runs. `assertNone()` fails if any was seen;
 * `dispose()` detaches. The listeners also keep such an event from killing the worker, so the test can say so.
 */
export function guardProcess(): { assertNone(): void; dispose(): void; seen: unknown[] } {
  const seen: unknown[] = [];
  const onRejection = (reason: unknown): void => void seen.push(reason);
  const onException = (error: unknown): void => void seen.push(error);
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return {
    seen,
    assertNone: () => expect(seen).toEqual([]),
    dispose: () => {
      process.off('unhandledRejection', onRejection);
      process.off('uncaughtException', onException);
    },
  };
}

/** Lets queued microtasks, timers and I/O callbacks run, so a late rejection would have surfaced. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 10));
}

/**
 * Streams a 200 JSON-looking body of `totalBytes`, 64 KiB at a time as the socket drains, so the server never
 * holds more than one chunk. `sent()` tells how many bytes were written before the client hung up.
 */
export function hugeBody(totalBytes: number, headers: Record<string, string> = {}): { handler: Handler; sent: () => number } {
  let written = 0;
  const chunk = Buffer.alloc(64 * 1024, 'a');
  const handler: Handler = ({ res }) => {
    res.writeHead(200, { 'content-type': 'application/json', ...headers });
    res.write('{"pad":"');
    written = 0;
    const pump = (): void => {
      while (written < totalBytes && !res.destroyed) {
        written += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      if (!res.destroyed) res.end('"}');
    };
    res.on('error', () => undefined);
    pump();
  };
  return { handler, sent: () => written };
}

/**
 * Per-test lifecycle of the hardening tests: a fresh process guard before each test, and after it the server the
 * test started (through `serve`) closed and the guard detached. Call at the top level of a test file.
 */
export function useGuardedServer(): { serve(handler: Handler): Promise<RecordingServer>; guard(): ReturnType<typeof guardProcess> } {
  let server: RecordingServer | undefined;
  let guard: ReturnType<typeof guardProcess> | undefined;
  beforeEach(() => {
    guard = guardProcess();
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
    guard?.dispose();
  });
  return {
    async serve(handler) {
      server = await startRecordingServer(handler);
      return server;
    },
    guard: () => guard!,
  };
}
