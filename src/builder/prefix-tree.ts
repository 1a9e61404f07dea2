import { APPEND, memberText, type PathSegment } from '../path/index.js';
import type { Branch, Twig } from './tree.js';

/**
 * @internal One place in a payload, named by the path that leads there from the root: every distinct path
 * (and prefix of one) that a plain replay meets is one `Prefix`, shared by all chains. The plain replay
 * (fast-replay.ts) marks the places it fills, so that it finds a member by its place's fields instead of
 * looking its key up level by level: `mark` says which replay last put a member here, `node` is that
 * replay's container here (never kept past the replay), `index` the member's place among its object's.
 */
export class Prefix {
  mark = 0;
  node: Branch | Twig | undefined = undefined;
  index = 0;
  children: Map<PathSegment, Prefix> | undefined = undefined;
  /** How the member's text starts (`"a":`); `''` for an index. */
  readonly quoted: string;

  constructor(
    readonly parent: Prefix | undefined,
    readonly segment: string | number,
  ) {
    this.quoted = typeof segment === 'string' ? memberText(segment) : '';
  }
}

// Places are kept for paths seen before; past this many, the next replay starts a new tree (bounded memory).
const PLACES_LIMIT = 100_000;
let top = new Prefix(undefined, '');
let places = 0;
// A path's place by its segments array (the parse cache's, shared by every op of that path string).
let placeOfPath = new WeakMap<readonly PathSegment[], Prefix>();

/** @internal The root's place for a new replay: a new tree when the places outgrew their bound (only between replays, so one replay never mixes two trees). */
export function rootPlace(): Prefix {
  if (places > PLACES_LIMIT) {
    top = new Prefix(undefined, '');
    placeOfPath = new WeakMap();
    places = 0;
  }
  return top;
}

/** @internal The place one step below `parent`. */
export function childPlace(parent: Prefix, segment: string | number): Prefix {
  let children = parent.children;
  if (children === undefined) parent.children = children = new Map();
  let child = children.get(segment);
  if (child === undefined) {
    child = new Prefix(parent, segment);
    children.set(segment, child);
    places++;
  }
  return child;
}

/**
 * @internal The place a path leads to, remembered per segments array; `undefined` when it appends somewhere
 * (where `[]` leads depends on the payload, so the replay finds it step by step).
 */
export function placeOf(segments: readonly PathSegment[]): Prefix | undefined {
  let place = placeOfPath.get(segments);
  if (place === undefined) {
    place = top;
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i] as PathSegment;
      if (segment === APPEND) return undefined;
      place = childPlace(place, segment);
    }
    placeOfPath.set(segments, place);
  }
  return place;
}
