// Prints where a .cpuprofile spent its time: self time per function and per source line (source-mapped).
import { readFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number; readonly columnNumber: number };
  readonly hitCount: number;
  readonly positionTicks?: readonly { readonly line: number; readonly ticks: number }[];
}
interface Profile {
  readonly nodes: readonly ProfileNode[];
}

const maps = new Map<string, SourceMap | undefined>();

const files = process.argv.slice(2);
for (const file of files) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const total = profile.nodes.reduce((sum, node) => sum + node.hitCount, 0);
  const byFunction = new Map<string, number>();
  const byLine = new Map<string, number>();
  for (const node of profile.nodes) {
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const where = locate(url, lineNumber, columnNumber);
    const name = `${functionName || '(anonymous)'} ${where}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + node.hitCount);
    for (const tick of node.positionTicks ?? []) {
      // The last mapping on the line: its statement, whatever column the tick was at.
      const line = `${functionName || '(anonymous)'} ${locate(url, tick.line - 1, 10_000)}`;
      byLine.set(line, (byLine.get(line) ?? 0) + tick.ticks);
    }
  }
  const top = (map: Map<string, number>, count: number): string =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, hits]) => `${((100 * hits) / total).toFixed(1).padStart(5)}%  ${name}`)
      .join('\n');
  console.log(`${file}: ${total} samples\n\nself time by function\n${top(byFunction, 25)}\n\nself time by line\n${top(byLine, 30)}\n`);
}

// Maps a bundle position (0-based line and column) to src/...:line through the bundle's source map.
function locate(url: string, line: number, column: number): string {
  if (!url.startsWith('file:')) return url === '' ? '' : `(${url})`;
  const entry = mapOf(url)?.findEntry(line, column);
  if (entry !== undefined && 'originalSource' in entry) {
    const source = entry.originalSource.startsWith('file:') ? fileURLToPath(entry.originalSource) : entry.originalSource;
    return `${source.replace(/^.*?\/(src|bench|node_modules)\//, '$1/')}:${entry.originalLine + 1}`;
  }
  return `${fileURLToPath(url).replace(/^.*\/node_modules\//, 'node_modules/')}:${line + 1}`;
}

function mapOf(url: string): SourceMap | undefined {
  if (!maps.has(url)) {
    let map: SourceMap | undefined;
    try {
      map = new SourceMap(JSON.parse(readFileSync(`${fileURLToPath(url)}.map`, 'utf8')) as SourceMapPayload);
    } catch {
      map = undefined;
    }
    maps.set(url, map);
  }
  return maps.get(url);
}
