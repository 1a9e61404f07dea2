// Runs one candidate on one case in a loop, for profiling:
//   esbuild bench/profile.ts --bundle --platform=node --format=esm --packages=external --sourcemap --outfile=node_modules/.cache/pathpatch-bench/profile.js
//   node --cpu-prof --cpu-prof-dir=.tmp/prof node_modules/.cache/pathpatch-bench/profile.js --case='seed (55)' --candidate=emit --seconds=5
//   node node_modules/.cache/pathpatch-bench/summarize.js .tmp/prof/*.cpuprofile
import { parseArgs } from 'node:util';
import { loadCases } from './cases.js';
import { candidates } from './candidates.js';

const { values } = parseArgs({
  options: {
    case: { type: 'string', default: 'seed (55)' },
    candidate: { type: 'string', default: 'emit' },
    seconds: { type: 'string', default: '5' },
  },
});
const bench = loadCases().find((item) => item.name === values.case);
const candidate = candidates.find((item) => item.name.includes(values.candidate));
if (bench === undefined || candidate === undefined) throw new Error(`no case ${values.case} or candidate ${values.candidate}`);
const fn = candidate.prepare(bench);
const until = performance.now() + Number(values.seconds) * 1000;
let calls = 0;
let sink: unknown;
while (performance.now() < until) {
  for (let i = 0; i < 10; i++) sink = fn();
  calls += 10;
}
console.log(`${candidate.name} on ${bench.name}: ${calls} calls, ${((Number(values.seconds) * 1e9) / calls).toFixed(0)} ns per call`, typeof sink);
