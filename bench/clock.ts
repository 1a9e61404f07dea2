/**
 * The clock the benchmarks read, in nanoseconds. `cpu` (the default) is this
 * process's user + system CPU time: other jobs on a shared machine preempt the
 * benchmark without charging it, so ratios stay steadier than with `wall`
 * (mitata's own `performance.now()`-based clock). Its resolution is 1 µs;
 * mitata batches fast functions into samples far longer than that.
 */
export function clockOf(name: string): () => number {
  if (name === 'wall') return () => performance.now() * 1e6;
  if (name !== 'cpu') throw new Error(`unknown clock ${name}: expected cpu or wall`);
  return () => {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) * 1e3;
  };
}
