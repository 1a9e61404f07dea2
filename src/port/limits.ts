/**
 * The porter's limits on one path: a script can spell a path of any length, but every step after
 * reading (the Chilkat model, the interface, the builder chain) walks it, so an absurd depth is
 * refused on its line instead of exhausting the stack or the heap. Documented in docs/limits.md.
 *
 * @example
 * limitPathDepth([{ kind: 'update', line: 2, handle: 'j', method: 'UpdateNull', path: 'a.b' }]).length; //=> 1
 */
import { chilkatDelimiterOf, createChilkatDelimiterMatcher } from '../chilkat/delimiter.js';
import type { IrNode } from './ir.js';

/**
 * How many segments one `Update*` path may have (members and indexes; a quoted key's dots count too).
 *
 * @example
 * MAX_PATH_DEPTH; //=> 500
 */
export const MAX_PATH_DEPTH = 500;

/**
 * An upper bound of a Chilkat path's segment count: one, plus one per delimiter and per `[`.
 *
 * @example
 * segmentBound('a.b[0]', '.'); //=> 3
 */
export function segmentBound(path: string, delimiter: string): number {
  const delimiterAt = createChilkatDelimiterMatcher(delimiter);
  let count = 1;
  for (let pos = 0; pos < path.length; pos += 1) if (path.charAt(pos) === '[' || delimiterAt(path, pos) !== undefined) count += 1;
  return count;
}

/**
 * Why a path of `segments` segments given to `method` is refused, or `undefined` when it is within
 * {@link MAX_PATH_DEPTH}: the one message the flat port, the translator and `run` report.
 *
 * @example
 * pathDepthProblem('UpdateString', 600); //=> 'the path of UpdateString has 600 segments, more than the 500 the porter follows'
 */
export function pathDepthProblem(method: string, segments: number): string | undefined {
  return segments <= MAX_PATH_DEPTH ? undefined : `the path of ${method} has ${String(segments)} segments, more than the ${String(MAX_PATH_DEPTH)} the porter follows`;
}

/**
 * Replaces each `Update*` call whose path is deeper than {@link MAX_PATH_DEPTH} by an `unsupported`
 * node on its line (so nothing downstream sees it); the delimiter each JsonObject uses is followed.
 *
 * @param nodes - The IR, in script order.
 * @returns The same nodes, over-deep updates reported instead.
 * @example
 * limitPathDepth([{ kind: 'update', line: 2, handle: 'j', method: 'UpdateNull', path: 'a.'.repeat(600) + 'b' }])[0]?.kind; //=> 'unsupported'
 */
export function limitPathDepth(nodes: readonly IrNode[]): IrNode[] {
  const delimiters = new Map<string, string>();
  return nodes.map((node) => {
    if (node.kind === 'json-option' && node.name === 'DelimiterChar' && typeof node.value === 'string') {
      // The engine's setter rule: blanks trimmed, the first character, nothing left keeps the old one.
      delimiters.set(node.handle, chilkatDelimiterOf(node.value) ?? delimiters.get(node.handle) ?? '.');
    }
    if (node.kind !== 'update') return node;
    const message = pathDepthProblem(node.method, segmentBound(node.path, delimiters.get(node.handle) ?? '.'));
    if (message === undefined) return node;
    return {
      kind: 'unsupported',
      line: node.line,
      message,
      source: `${node.method}(${node.path.slice(0, 40)}…)`,
    };
  });
}
