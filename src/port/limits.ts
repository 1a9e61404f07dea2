/**
 * The porter's limits on one path: a script can spell a path of any length, but every step after
 * reading (the Chilkat model, the interface, the builder chain) walks it, so an absurd depth is
 * refused on its line instead of exhausting the stack or the heap. Documented in docs/limits.md.
 *
 * @example
 * limitPathDepth([{ kind: 'update', line: 2, handle: 'j', method: 'UpdateNull', path: 'a.b' }]).length; //=> 1
 */
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
  let count = 1;
  for (const char of path) if (char === delimiter || char === '[') count += 1;
  return count;
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
    if (node.kind === 'json-option' && node.name === 'DelimiterChar' && typeof node.value === 'string') delimiters.set(node.handle, node.value.slice(0, 1) || '.');
    if (node.kind !== 'update') return node;
    const segments = segmentBound(node.path, delimiters.get(node.handle) ?? '.');
    if (segments <= MAX_PATH_DEPTH) return node;
    return {
      kind: 'unsupported',
      line: node.line,
      message: `the path of ${node.method} has ${String(segments)} segments, more than the ${String(MAX_PATH_DEPTH)} the porter follows`,
      source: `${node.method}(${node.path.slice(0, 40)}…)`,
    };
  });
}
