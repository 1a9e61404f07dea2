import { GCProfiler, getHeapStatistics } from 'node:v8';

/**
 * Heap bytes allocated per call of `fn`: the growth of V8's used heap over a
 * batch of calls, plus what every garbage collection inside the batch freed
 * (from `v8.GCProfiler`, which reports the used heap before and after each
 * one). mitata's own heap figure is the bare growth, which a scavenge in the
 * middle of a batch turns into nonsense (a 24 kB allocation read as 0.3 kB).
 * Returns the median over `samples` batches; `gc()` (node --expose-gc), when
 * present, empties the heap before each batch.
 */
export function allocatedBytes(fn: () => unknown, calls: number, samples = 9): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  const sink: unknown[] = new Array<unknown>(calls);
  const results: number[] = [];
  for (let sample = 0; sample < samples; sample++) {
    gc?.();
    const profiler = new GCProfiler();
    profiler.start();
    const before = getHeapStatistics().used_heap_size;
    for (let i = 0; i < calls; i++) sink[i] = fn();
    const after = getHeapStatistics().used_heap_size;
    const { statistics } = profiler.stop();
    let freed = 0;
    for (const entry of statistics) freed += entry.beforeGC.heapStatistics.usedHeapSize - entry.afterGC.heapStatistics.usedHeapSize;
    results.push((after - before + freed) / calls);
    sink.fill(undefined);
  }
  results.sort((a, b) => a - b);
  return results[Math.floor(results.length / 2)] as number;
}
