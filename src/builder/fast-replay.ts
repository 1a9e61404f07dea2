import { APPEND, type PathSegment } from '../path/index.js';
import type { Op } from './ops.js';
import { childPlace, placeOfPath, rootPlace, type Prefix } from './prefix-tree.js';
import { Branch, Twig, type Child } from './tree.js';

/** @internal The ops a plain replay takes: `set()` and `push()` (a set), `object()` and `array()` (an ensure). */
export type PlainOp = Extract<Op, { readonly kind: 'set' | 'ensure' }>;

// Numbers each replay, for the marks it leaves on the places it fills.
let replays = 0;
// The places given a container by the current replay (the first `filledCount`): their `node` is dropped at its end,
// so that no place keeps a payload alive. The array is reused as it is (emptying it would drop its storage each time).
const filled: Prefix[] = [];
let filledCount = 0;

/**
 * @internal The replay of a fresh chain in the common case, where every call is a `set()`, `push()`,
 * `object()` or `array()` that finds nothing in its way: each step meets a missing member, a container
 * of the kind the path needs, or the end of an array. Such a chain builds a bare tree of `Branch`es and
 * `Twig`s: no owners (nothing is shared), no makers (nothing fails), no checks of the options (no
 * conflict and no gap, where alone they differ). A member is found by its place (prefix-tree.ts), which
 * the replay marks when it puts the member there, so no key is looked up.
 *
 * The caller passes only set and ensure ops (it stops collecting at any other). Anything else answers
 * `undefined` without a word, and the caller replays the chain with `applyOp`
 * (apply.ts), which holds every rule about conflicts, gaps, removal and merging and says what went wrong:
 * this walk decides only that it is not the plain case, so the two cannot disagree. `ops` are newest
 * first (as a walk up the chain meets them).
 */
export function plainReplay(ops: readonly PlainOp[]): Branch | undefined {
  const mark = ++replays;
  const top = rootPlace();
  const root = new Branch();
  top.mark = mark;
  top.node = root;
  // A new tree of places (see rootPlace): the array lets go of the old one's.
  if (filled[0] !== top) filled.length = 0;
  filled[filledCount++] = top;
  let o = ops.length - 1;
  for (; o >= 0; o--) {
    const op = ops[o] as PlainOp;
    const place = placeOf(op.segments, mark, top);
    if (place === undefined) break;
    if (op.kind === 'ensure') {
      if (containerAt(place, op.operation === 'object', mark) === undefined) break;
    } else if (place.mark !== mark) {
      const parent = containerAt(place.parent as Prefix, typeof place.segment === 'string', mark);
      if (parent === undefined || !add(parent, place, op.value, mark)) break;
    } else {
      // A set overwrites a value; over a container, it would leave marked places below it.
      const parent = (place.parent as Prefix).node;
      if (place.node !== undefined) break;
      if (parent instanceof Branch) parent.members[place.index] = op.value;
      else (parent as Twig).items[place.segment as number] = op.value;
    }
  }
  while (filledCount > 0) (filled[--filledCount] as Prefix).node = undefined;
  return o < 0 ? root : undefined;
}

// Where a path leads in this replay: each `[]` is the end of the array there (made if missing).
function placeOf(segments: readonly PathSegment[], mark: number, top: Prefix): Prefix | undefined {
  let place = placeOfPath.get(segments);
  if (place !== undefined) return place;
  place = top;
  let appends = false;
  for (let segment of segments) {
    if (segment === APPEND) {
      const array = containerAt(place, false, mark);
      if (array === undefined) return undefined;
      segment = (array as Twig).items.length;
      appends = true;
    }
    place = childPlace(place, segment);
  }
  if (!appends) placeOfPath.set(segments, place);
  return place;
}

// The container at a place, made (with those on the way) where nothing is; `undefined` where something else is.
function containerAt(place: Prefix, object: boolean, mark: number): Branch | Twig | undefined {
  if (place.mark === mark) {
    const node = place.node;
    return (object ? node instanceof Branch : node instanceof Twig) ? node : undefined;
  }
  // The root is always marked, so every unmarked place has a parent.
  const parent = containerAt(place.parent as Prefix, typeof place.segment === 'string', mark);
  const node = object ? new Branch() : new Twig();
  if (parent === undefined || !add(parent, place, node, mark)) return undefined;
  place.node = node;
  filled[filledCount++] = place;
  return node;
}

// Puts a new member in its parent (the place's segment is of the parent's kind); an index must be the array's end.
function add(parent: Branch | Twig, place: Prefix, value: Child, mark: number): boolean {
  if (parent instanceof Branch) {
    const { members } = parent;
    if (members.length === 0) parent.members = [place, value];
    place.index = members.length === 0 ? 1 : members.push(place, value) - 1;
  } else if (place.segment === parent.items.length) {
    parent.items.push(value);
  } else {
    return false;
  }
  place.mark = mark;
  place.node = undefined;
  return true;
}
