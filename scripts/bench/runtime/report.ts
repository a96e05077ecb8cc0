// Plain-text tables and verdicts for the runtime benchmark output.

export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export const us = (value: number): string => `${value.toFixed(1)} µs`;
export const x = (value: number): string => `${value.toFixed(2)}x`;
export const int = (value: number): string => Math.round(value).toLocaleString('en-US');
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
export const msText = (value: number): string => `${value.toFixed(2)} ms`;

export interface Verdict {
  label: string;
  value: string;
  target: string;
  pass: boolean;
}

export const verdictLine = (v: Verdict): string => `${v.pass ? 'PASS' : 'MISS'}  ${v.label} = ${v.value} (target ${v.target})`;

export function section(title: string): string {
  return `\n== ${title} ==`;
}
