// `antom-pay-sandbox <command> [--url <sandbox>]`: the control commands, each a client of a running sandbox's
// control API. Exit codes: 0 done, 1 the sandbox refused (or did not answer), 2 a usage mistake.
import { parseArgs } from 'node:util';
import { DEFAULT_SANDBOX_URL, SandboxControlError, createSandboxControl } from '../client/control-client.ts';
import { clock } from './clock.ts';
import type { Command } from './command.ts';
import { UsageError } from './command.ts';
import { complete } from './complete.ts';
import { dispute, judge } from './dispute.ts';
import { payments } from './payments.ts';
import { resend } from './resend.ts';
import { reset } from './reset.ts';

export const COMMANDS: readonly Command[] = [payments, complete, dispute, judge, clock, resend, reset];

export interface CommandIo {
  out: (line: string) => void;
  err: (line: string) => void;
  fetch?: typeof fetch;
}

const COMMON = `  --url <origin>   the running sandbox (default ${DEFAULT_SANDBOX_URL})\n  --json           print the sandbox's answer as JSON\n  --help`;

/** The lines `antom-pay-sandbox --help` adds for the commands. */
export function commandList(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    'Commands, for a sandbox already running (antom-pay-sandbox <command> --help for more):',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    `  each takes --url <origin> (default ${DEFAULT_SANDBOX_URL}) and --json`,
  ].join('\n');
}

function usage(command: Command): string {
  const options = Object.entries(command.options ?? {}).map(([name, what]) => `  --${name} <value>  ${what}`);
  return [
    `Usage: antom-pay-sandbox ${command.name}${command.synopsis ? ` ${command.synopsis}` : ''} [--url <origin>] [--json]`,
    `  ${command.summary}`,
    ...(command.details ?? []).map((line) => `  ${line}`),
    ...options,
    COMMON,
  ].join('\n');
}

export const isCommand = (name: string | undefined): boolean => COMMANDS.some((command) => command.name === name);

/** Runs `argv` (the command's name first); resolves with the exit code. */
export async function runCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const command = COMMANDS.find((item) => item.name === argv[0]);
  if (command === undefined) {
    io.err(`Unknown command ${JSON.stringify(argv[0])}.\n${commandList()}`);
    return 2;
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv.slice(1)],
      allowPositionals: true,
      options: {
        url: { type: 'string', default: DEFAULT_SANDBOX_URL },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        ...Object.fromEntries(Object.keys(command.options ?? {}).map((name) => [name, { type: 'string' as const }])),
      },
    });
  } catch (error) {
    const negative = command.negativeArgument !== undefined ? argv.slice(1).find((arg) => /^-\d/.test(arg)) : undefined;
    const message = negative !== undefined ? `${JSON.stringify(negative)}: ${command.negativeArgument}` : error instanceof Error ? error.message : String(error);
    io.err(`${message}\n${usage(command)}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    io.out(usage(command));
    return 0;
  }
  let control;
  try {
    if (positionals.length < command.minArgs || positionals.length > command.maxArgs) {
      throw new UsageError(positionals.length < command.minArgs ? `${command.name} needs ${command.synopsis}` : `too many arguments: ${positionals.slice(command.maxArgs).join(' ')}`);
    }
    control = createSandboxControl({ url: String(values.url), ...(io.fetch === undefined ? {} : { fetch: io.fetch }) });
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n${usage(command)}`);
    return 2;
  }
  try {
    await command.run({ control, args: positionals, flags: values, print: io.out, json: values.json === true });
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n${usage(command)}`);
      return 2;
    }
    if (error instanceof SandboxControlError) {
      const url = String(values.url);
      io.err(error.status === 0 ? notRunning(url, error) : error.code === 'NOT_A_SANDBOX' ? notASandbox(url, error) : `The sandbox refused: ${error.message} (HTTP ${error.status} ${error.code})`);
      return 1;
    }
    throw error;
  }
}

const START_HINTS = [
  '  Start one in another terminal: npx antom-pay-sandbox   (in the antom-pay repository: npm run mock)',
  `  or give the URL of yours: antom-pay-sandbox <command> --url http://127.0.0.1:<port>`,
];

function notRunning(url: string, error: SandboxControlError): string {
  const cause = error.cause instanceof Error ? ((error.cause.cause as { code?: string } | undefined)?.code ?? error.cause.message) : 'no answer';
  return [`No sandbox answers at ${url} (${cause}).`, ...START_HINTS].join('\n');
}

/** Something else answers at the URL (another server on that port). */
function notASandbox(url: string, error: SandboxControlError): string {
  return [`What answers at ${url} is not the Antom sandbox (HTTP ${error.status}, not the control API's JSON).`, ...START_HINTS].join('\n');
}
