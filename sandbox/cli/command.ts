// The shape of one `antom-pay-sandbox <command>`: its usage, its help, and what it does with a control client.
import type { SandboxControl } from '../client/control-client.ts';

/** A usage mistake (exit code 2): the message says what to type instead. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface CommandInput {
  control: SandboxControl;
  /** Arguments after the command's name, flags removed. */
  args: string[];
  /** The command's own flags (strings as given, booleans when set). */
  flags: Record<string, string | boolean | undefined>;
  /** Writes a line to stdout. */
  print: (line: string) => void;
  /** --json: print the sandbox's answer as JSON instead of text. */
  json: boolean;
}

export interface Command {
  name: string;
  /** Arguments, as shown in the usage line: `<paymentId> [SUCCESS|FAIL|PENDING]`. */
  synopsis: string;
  /** One line for the command list. */
  summary: string;
  /** More lines for `<command> --help`. */
  details?: string[];
  minArgs: number;
  maxArgs: number;
  /** Said instead of "unknown option" when an argument is a negative number or duration (`-5m`). */
  negativeArgument?: string;
  /** The command's own string flags: name → what it takes. */
  options?: Record<string, string>;
  run(input: CommandInput): Promise<void>;
}

/** Prints the answer as JSON with --json, else the lines `describe` makes of it. */
export function report<T>(input: CommandInput, answer: T, describe: (answer: T) => string[]): void {
  if (input.json) input.print(JSON.stringify(answer, null, 2));
  else for (const line of describe(answer)) input.print(line);
}
