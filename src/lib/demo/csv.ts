/** Writes rows as the wave CSV the loader expects: comma-delimited, LF, quoted only when needed. */

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function toCsv(columns: readonly string[], rows: readonly Record<string, string>[]): string {
  const lines = [columns.map(csvField).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c] ?? '')).join(','));
  return lines.join('\n') + '\n';
}
