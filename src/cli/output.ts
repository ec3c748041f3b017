/** How commands print: JSON for machines (`--json`), aligned text tables for people. */

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}

/** Prints rows as a plain text table with right-aligned numbers. */
export function printTable(columns: string[], rows: (string | number | null | undefined)[][]): void {
  const cells = rows.map((r) => r.map((c) => (c === null || c === undefined ? '–' : String(c))));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i]?.length ?? 0)));
  const isNum = columns.map((_, i) => rows.every((r) => r[i] === null || r[i] === undefined || typeof r[i] === 'number'));
  const fmt = (r: string[]) => r.map((c, i) => (isNum[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  process.stdout.write([fmt(columns), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(fmt)].join('\n') + '\n');
}
