// Stopping the sandbox command leaves nothing behind, however it is stopped: SIGINT or SIGTERM to its process or to
// its process group, also through a wrapper (sh → tsx, as `npm run mock` runs it) that passes the signal on a second
// time; killed with SIGKILL, which no handler sees, its Prism still exits and removes its spec copy. Real processes:
// the command is spawned detached (its own group) with a temp folder of its own as TMPDIR; after it has gone, its
// Prism spec copy is not in that folder and neither the command nor Prism runs any more.
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { signedPost } from '../../contract/helpers/signed-post.ts';
import { payBody } from '../helpers/sandbox.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

interface Started {
  tmp: string;
  url: string;
  pgid: number;
  /** pid and command line of every process in the group once the sandbox listens. */
  group: Array<{ pid: number; args: string }>;
  /** Resolves when every process holding the command's output has ended (the wrapper, tsx and the sandbox alike). */
  gone: Promise<void>;
  /** Resolves once the command has printed `text`. */
  printed(text: string): Promise<void>;
}

async function start(command: string, args: string[]): Promise<Started> {
  const tmp = mkdtempSync(join(tmpdir(), 'antom-stop-test-'));
  const child = spawn(command, args, { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TMPDIR: tmp } });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const gone = Promise.all([once(child.stdout, 'close'), once(child.stderr, 'close')]).then(() => undefined);
  const printed = (text: string): Promise<void> =>
    Promise.race([
      new Promise<void>((resolve) => {
        if (output.includes(text)) resolve();
        child.stdout.on('data', () => output.includes(text) && resolve());
      }),
      gone.then(() => {
        if (!output.includes(text)) throw new Error(`the sandbox did not print ${JSON.stringify(text)}:\n${output}`);
      }),
    ]);
  await printed('listening on');
  const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1] ?? '';
  const pgid = child.pid as number;
  const group = execFileSync('ps', ['-o', 'pid=,args=', '-g', String(pgid)], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(.*)$/.exec(line))
    .filter((match) => match !== null)
    .map((match) => ({ pid: Number(match[1]), args: match[2] ?? '' }));
  return { tmp, url, pgid, group, gone, printed };
}

/** Running, and not a zombie waiting to be reaped. */
function running(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\)\s+/, '')[0] !== 'Z';
  } catch {
    return false;
  }
}

const PRISM = /prism-cli/;
const SANDBOX = /sandbox\/cli\.ts/;

/** `again`: the signal is sent to the sandbox once more while it stops, as a wrapper passing it on does. */
async function stopsCleanly(started: Started, signal: NodeJS.Signals, to: 'process' | 'group', again = false): Promise<void> {
  const sandbox = started.group.find((entry) => SANDBOX.test(entry.args) && !/\bsh -c\b/.test(entry.args) && !/\.bin\/tsx /.test(entry.args));
  const prism = started.group.find((entry) => PRISM.test(entry.args));
  expect(sandbox, JSON.stringify(started.group)).toBeDefined();
  expect(prism, JSON.stringify(started.group)).toBeDefined();
  expect(readdirSync(started.tmp).filter((name) => name.startsWith('antom-prism-'))).toHaveLength(1);
  process.kill(to === 'group' ? -started.pgid : (sandbox?.pid as number), signal);
  if (again) {
    await started.printed('stopping the sandbox');
    try {
      process.kill(sandbox?.pid as number, signal);
    } catch {
      // Already stopped: the repeat came too late to matter.
    }
  }
  await started.gone;
  expect(readdirSync(started.tmp).filter((name) => name.startsWith('antom-prism-'))).toEqual([]);
  expect(running(sandbox?.pid as number)).toBe(false);
  expect(running(prism?.pid as number)).toBe(false);
  rmSync(started.tmp, { recursive: true, force: true });
}

const direct = (extra: string[] = []) => start(process.execPath, ['--import', 'tsx', 'sandbox/cli.ts', '--port', '0', '--no-https', '--quiet', ...extra]);

describe('stopping the sandbox command', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    for (const to of ['process', 'group'] as const) {
      it(`when ${signal} is sent to the ${to}, then no Prism process and no temp folder is left`, async () => {
        await stopsCleanly(await direct(), signal, to);
      });
    }
  }

  it('when SIGINT comes again while it stops (the group, and a wrapper passing it on), then it still stops cleanly', async () => {
    await stopsCleanly(await direct(), 'SIGINT', 'group', true);
  });

  it('when it runs under sh and tsx (as `npm run mock` runs it) and the group gets SIGINT, then it stops cleanly', async () => {
    await stopsCleanly(await start('sh', ['-c', `"${TSX}" sandbox/cli.ts --port 0 --no-https --quiet`]), 'SIGINT', 'group');
  });

  it('when the sandbox process is killed with SIGKILL (no handler runs), then Prism exits and removes its spec copy', async () => {
    const started = await direct();
    const sandbox = started.group.find((entry) => SANDBOX.test(entry.args));
    const prism = started.group.find((entry) => PRISM.test(entry.args));
    expect(prism, JSON.stringify(started.group)).toBeDefined();
    expect(readdirSync(started.tmp).filter((name) => name.startsWith('antom-prism-'))).toHaveLength(1);
    process.kill(sandbox?.pid as number, 'SIGKILL');
    await started.gone;
    // Prism hears of it through its standard input closing; wait for it to go (the test's timeout bounds the wait).
    while (running(prism?.pid as number)) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readdirSync(started.tmp).filter((name) => name.startsWith('antom-prism-'))).toEqual([]);
    rmSync(started.tmp, { recursive: true, force: true });
  });

  it('when started with --client-id, then the command serves only that ID: another gets CLIENT_INVALID', async () => {
    const started = await direct(['--client-id', 'SANDBOX_ONLY_ME']);
    const answer = await signedPost(started.url, JSON.stringify(payBody()));
    expect(answer.signatureValid).toBe(true);
    expect((JSON.parse(answer.text) as { result: { resultCode: string } }).result.resultCode).toBe('CLIENT_INVALID');
    await stopsCleanly(started, 'SIGTERM', 'group');
  });
});
