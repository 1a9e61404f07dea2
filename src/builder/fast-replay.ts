import { APPEND, memberText, type PathSegment } from '../path/index.js';
import type { Op } from './ops.js';

/** @internal The ops a plain replay takes: `set()` and `push()` (a set), `object()` and `array()` (an ensure). */
export type PlainOp = Extract<Op, { readonly kind: 'set' | 'ensure' }>;
import { Branch, Twig, type Child } from './tree.js';

/**
 * @internal The replay of a fresh chain in the common case, where every call is a `set()`, `push()`,
 * `object()` or `array()` that finds nothing in its way: each step meets a missing member, a container
 * of the kind the path needs, or the end of an array. Such a chain builds a bare tree of `Branch`es and
 * `Twig`s: no owners (nothing is shared), no makers (nothing fails), no checks of the options (no
 * conflict and no gap, where alone they differ).
 *
 * The caller passes only set and ensure ops (it stops collecting at any other). Anything else answers
 * `undefined` without a word, and the caller replays the chain with `applyOp`
 * (apply.ts), which holds every rule about conflicts, gaps, removal and merging and says what went wrong:
 * this walk decides only that it is not the plain case, so the two cannot disagree. `ops` are in the
 * order of the calls.
 */
export function plainReplay(ops: readonly PlainOp[]): Branch | undefined {
  const root = new Branch();
  for (let o = 0; o < ops.length; o++) {
    const op = ops[o] as PlainOp;
    const { segments, quoted } = op;
    const last = segments.length - 1;
    let node: Branch | Twig = root;
    for (let i = 0; ; i++) {
      const segment = segments[i] as PathSegment;
      const isLast = i === last;
      // What the step puts where nothing is: the value, or a container of the kind the next segment needs.
      const objectNext = isLast ? op.kind === 'ensure' && op.operation === 'object' : typeof segments[i + 1] === 'string';
      let child: Child | undefined;
      if (node instanceof Branch) {
        if (typeof segment !== 'string') return undefined;
        let { members } = node;
        if (members === undefined) {
          node.members = members = new Map();
          node.quoted = [];
        }
        child = members.get(segment);
        if (child === undefined || (isLast && op.kind === 'set')) {
          if (child === undefined) (node.quoted as string[]).push(quoted?.[i] ?? memberText(segment));
          child = isLast && op.kind === 'set' ? op.value : objectNext ? new Branch() : new Twig();
          members.set(segment, child);
        }
      } else {
        if (typeof segment === 'string') return undefined;
        const { items } = node;
        const index = segment === APPEND ? items.length : segment;
        if (index > items.length) return undefined;
        child = items[index];
        if (child === undefined || (isLast && op.kind === 'set')) {
          child = isLast && op.kind === 'set' ? op.value : objectNext ? new Branch() : new Twig();
          items[index] = child;
        }
      }
      // A step into (or an ensure of) a member of another kind, or into a stored value: not the plain case.
      if (!(isLast && op.kind === 'set') && !(objectNext ? child instanceof Branch : child instanceof Twig)) return undefined;
      if (isLast) break;
      node = child as Branch | Twig;
    }
  }
  return root;
}
