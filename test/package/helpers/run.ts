// Runs a command for the package test and captures its output; never goes through a shell.
import { execFile } from 'node:child_process';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  /** Command line and both streams, for assertion messages. */
  output: string;
}

/**
 * The environment for child commands: without the `npm_*` variables an enclosing `npm test` exports (such as
 * npm_config_local_prefix), which would otherwise point npm in a consumer project back at this repository.
 */
export function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key) || key.toLowerCase() === 'npm_config_cache') env[key] = value;
  }
  return { ...env, NO_COLOR: '1', FORCE_COLOR: '0' };
}

export function run(command: string, args: readonly string[], cwd: string, timeoutMs = 150_000): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env: childEnv(), timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
      const output = `$ ${command} ${args.join(' ')} (in ${cwd}) -> ${code}\n${stdout}\n${stderr}`;
      resolve({ code, stdout, stderr, output });
    });
  });
}

/** Runs the command and returns its stdout; throws with the whole output when it exits non-zero. */
export async function runOk(command: string, args: readonly string[], cwd: string, timeoutMs?: number): Promise<string> {
  const result = await run(command, args, cwd, timeoutMs);
  if (result.code !== 0) throw new Error(result.output);
  return result.stdout;
}
