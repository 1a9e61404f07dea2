import { memberText, type PathSegment } from '../path/index.js';
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
  /** How the member's text starts after another member (`,"a":`), and as its object's first (`{"a":`); unused for an index. */
  declare readonly following: string;
  declare readonly opening: string;
  declare readonly parent: Prefix | undefined;
  declare readonly segment: string | number;

  // Declared fields, set here: no class fields of their own in the emitted code.
  constructor(parent: Prefix | undefined, segment: string | number) {
    this.parent = parent;
    this.segment = segment;
    const quoted = typeof segment === 'string' ? memberText(segment) : '';
    this.following = ',' + quoted;
    this.opening = '{' + quoted;
  }
}

// Places are kept for every path seen; past this many (some 100 bytes each, with their maps of children:
// about the parse cache's budget), the next replay starts a new tree.
const PLACES_LIMIT = 50_000;
let top = new Prefix(undefined, '');
let places = 0;
/** @internal A path's place by its segments array (the parse cache's, shared by every op of that path string); paths without `[]` only. */
export let placeOfPath = new WeakMap<readonly PathSegment[], Prefix>();

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
  const children = (parent.children ??= new Map<PathSegment, Prefix>());
  let child = children.get(segment);
  if (child === undefined) {
    children.set(segment, (child = new Prefix(parent, segment)));
    places++;
  }
  return child;
}
