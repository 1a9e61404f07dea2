/** `1.7x`, `23x`, `0.012x`: two significant digits below 10, whole numbers above. */
export function formatRatio(ratio: number): string {
  if (!Number.isFinite(ratio)) return 'n/a';
  if (ratio >= 9.95) return `${ratio.toFixed(0)}x`;
  if (ratio >= 1) return `${ratio.toFixed(1)}x`;
  if (ratio < 0.001) return '<0.001x';
  return `${ratio.toPrecision(2)}x`;
}

/** Nanoseconds as `850 ns`, `12 µs`, `3.4 ms`. */
export function formatTime(ns: number): string {
  if (ns < 1e3) return `${ns.toPrecision(3)} ns`;
  if (ns < 1e6) return `${(ns / 1e3).toPrecision(3)} µs`;
  return `${(ns / 1e6).toPrecision(3)} ms`;
}

/** Bytes as `512 B`, `12.3 kB`, `4.56 MB` (powers of 1000). */
export function formatBytes(bytes: number): string {
  if (bytes < 1e3) return `${Math.round(bytes)} B`;
  if (bytes < 1e6) return `${(bytes / 1e3).toPrecision(3)} kB`;
  return `${(bytes / 1e6).toPrecision(3)} MB`;
}

/** A Markdown table: the first column left-aligned, the others right-aligned. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((width, i) => (i === 0 ? `:${'-'.repeat(width + 1)}` : `${'-'.repeat(width + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}
