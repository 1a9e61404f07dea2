/** CPU time this process has used, in microseconds: other jobs on a shared machine do not add to it. */
export function cpuMicros(): number {
  const usage = process.cpuUsage();
  return usage.user + usage.system;
}

/**
 * The least CPU time per call of each run, in microseconds, over `rounds` interleaved rounds after two
 * that warm up. Interference on a shared machine only adds time, so the least time holds up where a
 * median moves with the load. Each round calls every run enough times to fill about 20,000 updates of
 * a payload of `size` updates (three calls at least).
 *
 * @example
 * const best = leastTimes([['literal', () => JSON.stringify({ a: 1 })]], 20, 1);
 * best.get('literal'); //=> 0.2 (say)
 */
export function leastTimes(runs: readonly (readonly [string, () => unknown])[], rounds: number, size: number): Map<string, number> {
  const calls = Math.max(3, Math.round(20_000 / size));
  const best = new Map<string, number>();
  for (let round = 0; round < rounds + 2; round++) {
    for (const [name, fn] of runs) {
      const start = cpuMicros();
      for (let i = 0; i < calls; i++) fn();
      if (round >= 2) best.set(name, Math.min(best.get(name) ?? Infinity, (cpuMicros() - start) / calls));
    }
  }
  return best;
}
