import { isObject } from './operations.ts';
import { GeneratorError } from './types.ts';

/**
 * The result-process logic of an `x-result-codes` table: for each status an outcome and an action, or a list of
 * rules that split on the result code or on which response fields are present. Rendered as a decision guide.
 */
export interface DecisionRule {
  readonly when?: Readonly<Record<string, unknown>>;
  readonly outcome?: string;
  readonly action?: string;
  readonly rules?: readonly DecisionRule[];
}

export interface DecisionLogic {
  readonly byStatus: Readonly<Record<string, DecisionRule>>;
}

function readRule(value: unknown, pointer: string): DecisionRule {
  if (!isObject(value)) throw new GeneratorError('expected a rule object', { location: pointer, rule: 'x-result-codes' });
  const rules = value.rules;
  if (rules !== undefined && !Array.isArray(rules)) throw new GeneratorError('rules must be a list', { location: `${pointer}/rules`, rule: 'x-result-codes' });
  if (value.action === undefined && rules === undefined) throw new GeneratorError('a rule needs an action or nested rules', { location: pointer, rule: 'x-result-codes' });
  return {
    when: isObject(value.when) ? value.when : undefined,
    outcome: typeof value.outcome === 'string' ? value.outcome : undefined,
    action: typeof value.action === 'string' ? value.action : undefined,
    rules: rules?.map((r, i) => readRule(r, `${pointer}/rules/${i}`)),
  };
}

export function parseLogic(value: unknown, pointer: string): DecisionLogic | string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  if (!isObject(value) || !isObject(value.byStatus)) throw new GeneratorError('logic must be Markdown text or an object with byStatus', { location: pointer, rule: 'x-result-codes' });
  const byStatus = Object.fromEntries(Object.entries(value.byStatus).map(([status, rule]) => [status, readRule(rule, `${pointer}/byStatus/${status}`)]));
  return { byStatus };
}

function list(values: unknown): string {
  return (Array.isArray(values) ? values : [values]).map((v) => `\`${String(v)}\``).join(', ');
}

/** One condition of a rule in words, e.g. "`resultCode` is not `PAYMENT_IN_PROCESS`". */
export function describeCondition(when: Readonly<Record<string, unknown>>): string {
  const parts: string[] = [];
  for (const [key, test] of Object.entries(when)) {
    if (key === 'anyPresent') parts.push(`at least one of ${list(test)} is present`);
    else if (key === 'nonePresent') parts.push(`none of ${list(test)} is present`);
    else if (key === 'allPresent') parts.push(`all of ${list(test)} are present`);
    else if (isObject(test)) {
      for (const [op, operand] of Object.entries(test)) {
        if (op === 'equals') parts.push(`\`${key}\` is ${list(operand)}`);
        else if (op === 'notEquals') parts.push(`\`${key}\` is not ${list(operand)}`);
        else if (op === 'in') parts.push(`\`${key}\` is one of ${list(operand)}`);
        else parts.push(`\`${key}\` ${op} ${list(operand)}`);
      }
    } else parts.push(`\`${key}\` is ${list(test)}`);
  }
  return parts.join(' and ');
}

function humanize(outcome: string): string {
  const words = outcome.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function renderRule(rule: DecisionRule, depth: number, lead: string): string[] {
  const indent = '  '.repeat(depth);
  const head = [lead, rule.outcome ? `**${humanize(rule.outcome)}.**` : '', rule.action ?? ''].filter(Boolean).join(' ');
  const lines = [`${indent}- ${head}`];
  for (const child of rule.rules ?? []) lines.push(...renderRule(child, depth + 1, child.when ? `If ${describeCondition(child.when)}:` : 'Otherwise:'));
  return lines;
}

/** The decision guide as nested Markdown bullets. */
export function renderLogicMarkdown(logic: DecisionLogic | string): string {
  if (typeof logic === 'string') return logic.trim();
  const lines: string[] = ['Read `resultStatus` first, then follow the branch:', ''];
  for (const [status, rule] of Object.entries(logic.byStatus)) lines.push(...renderRule(rule, 0, `\`${status}\`:`));
  return lines.join('\n');
}
