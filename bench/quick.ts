// A quick check of pathpatch alone while tuning src/ (the full comparison is run.ts):
//   esbuild bench/quick.ts --bundle --platform=node --format=esm --packages=external --outfile=node_modules/.cache/pathpatch-bench/quick.js && node --expose-gc node_modules/.cache/pathpatch-bench/quick.js
import { measure } from 'mitata';
import { loadCases } from './cases.js';
import { candidates, literal } from './candidates.js';
import { clockOf } from './clock.js';
import { formatRatio, formatTime } from './format.js';

const now = clockOf(process.argv[2] ?? 'cpu');

const names = ['pathpatch emit() (fresh chain)', 'pathpatch build() (fresh chain, no stringify)', 'set-value (mutable) + stringify'];
for (const bench of loadCases([1_000, 10_000])) {
  const base = (await measure(literal.prepare(bench), { min_cpu_time: 300e6, now })).p50;
  const cells: string[] = [];
  for (const candidate of candidates.filter((item) => names.includes(item.name))) {
    const median = (await measure(candidate.prepare(bench), { min_cpu_time: 300e6, now })).p50;
    cells.push(`${candidate.name.split(' (')[0] ?? ''} ${formatRatio(median / base)} (${formatTime(median / bench.size)}/update)`);
  }
  console.log(`${bench.name.padEnd(10)} literal ${formatTime(base)} | ${cells.join(' | ')}`);
}
