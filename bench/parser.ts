import { measure } from 'mitata';
import toPath from 'lodash/toPath.js';
import { parsePath } from '../src/index.js';
import { formatTime, markdownTable } from './format.js';

// More distinct paths than parsePath's cache holds (20,000), so cycling through them always misses.
const DISTINCT = 25_000;

/** parsePath on a cache hit and on a miss (parse plus cache insert), with lodash's toPath for scale. */
export async function benchParser(minCpuTime: number, now: () => number): Promise<string> {
  const shapes = [
    (i: number) => `resource_servers[${i}].scopes[0]`,
    (i: number) => `addons.addon_${i}.enabled`,
    (i: number) => `jwt_configuration.scopes.scope_${i}`,
    (i: number) => `items[${i % 100}].meta.label_${i}`,
  ];
  const paths = Array.from({ length: DISTINCT }, (_, i) => (shapes[i % shapes.length] as (i: number) => string)(i));
  const hot = 'resource_servers[0].scopes[0]';
  let i = 0;
  const rows: [string, () => unknown][] = [
    ['parsePath, cached (same path)', () => parsePath(hot)],
    ['parsePath, uncached (25,000 distinct paths in turn)', () => parsePath(paths[(i = (i + 1) % DISTINCT)] as string)],
    ['lodash toPath, same path (memoized)', () => toPath(hot)],
    ['lodash toPath, 25,000 distinct paths (cache of 500)', () => toPath(paths[(i = (i + 1) % DISTINCT)])],
  ];
  const out: string[][] = [];
  for (const [name, fn] of rows) {
    const stats = await measure(fn, { min_cpu_time: minCpuTime, now });
    out.push([name, formatTime(stats.p50)]);
  }
  return markdownTable(['parse', 'median per path'], out);
}
