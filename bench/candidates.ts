import { produce } from 'immer';
import { setProperty } from 'dot-prop';
import lodashSet from 'lodash/set.js';
import * as immutable from 'object-path-immutable';
import setValue from 'set-value';
import { payload } from '../src/index.js';
import type { BenchCase } from './cases.js';
import type { Segment } from './fixtures/generate-updates.js';

/** A way of making the payload's JSON text (or, for build(), its frozen object). */
export interface Candidate {
  readonly name: string;
  /** Whether the targets compare it with pathpatch ("ahead of every peer"). */
  readonly peer: boolean;
  /** Prepares (untimed) and returns the timed function. */
  readonly prepare: (bench: BenchCase) => () => unknown;
  /** Whether the result is JSON text to check against the literal's (build() returns the object). */
  readonly emits: boolean;
}

/**
 * The runtime builder as the benchmarks call it. The typed API refuses paths
 * held as data (a wide `string`) on purpose; the benchmarks replay such paths
 * and measure the runtime, so they go through this structural view.
 */
export interface Chain {
  set(path: string, value: unknown): Chain;
  object(path: string): Chain;
  build(): unknown;
  emit(): string;
}

const startChain = payload as unknown as (base?: object, options?: object) => Chain;

/** Replays the updates on a fresh chain. */
export function chainOf(bench: BenchCase, options?: object): Chain {
  let builder = options === undefined ? startChain() : startChain({}, options);
  for (const [method, path, value] of bench.updates) builder = method === 'object' ? builder.object(path) : builder.set(path, value);
  return builder;
}

// A fresh `{}` for each `object` update: the mutable peers write into what they are given.
const valueOf = (method: 'set' | 'object', value: unknown): unknown => (method === 'object' ? {} : value);

/** The baseline: the payload written as an object literal, then `JSON.stringify`. */
export const literal: Candidate = {
  name: 'object literal + JSON.stringify',
  peer: false,
  emits: true,
  prepare: (bench) => {
    const make = bench.literal;
    return () => JSON.stringify(make());
  },
};

/** Reference only: the literal without `JSON.stringify` (what build() makes, minus the text). */
export const literalOnly: Candidate = {
  name: 'object literal alone (no stringify)',
  peer: false,
  emits: false,
  prepare: (bench) => bench.literal,
};

export const candidates: readonly Candidate[] = [
  literal,
  {
    name: 'pathpatch emit() (fresh chain)',
    peer: false,
    emits: true,
    prepare: (bench) => () => chainOf(bench).emit(),
  },
  {
    name: 'pathpatch build() (fresh chain, no stringify)',
    peer: false,
    emits: false,
    prepare: (bench) => () => chainOf(bench).build(),
  },
  {
    name: "pathpatch emit() with checks: 'eager'",
    peer: false,
    emits: true,
    prepare: (bench) => () => chainOf(bench, { checks: 'eager' }).emit(),
  },
  {
    name: 'hand-written setter (parse cache) + stringify',
    peer: false,
    emits: true,
    prepare: (bench) => {
      const { updates } = bench;
      return () => {
        const target: Record<string, unknown> = {};
        for (const [method, path, value] of updates) handSet(target, path, valueOf(method, value));
        return JSON.stringify(target);
      };
    },
  },
  {
    name: 'pathpatch emit() of a built chain (cached)',
    peer: false,
    emits: true,
    prepare: (bench) => {
      const built = chainOf(bench);
      built.emit();
      return () => built.emit();
    },
  },
  {
    name: 'pathpatch one set() on a built chain + emit()',
    peer: false,
    emits: false,
    prepare: (bench) => {
      const built = chainOf(bench);
      built.emit();
      const [, path, value] = bench.extra;
      return () => built.set(path, value).emit();
    },
  },
  {
    name: 'lodash set (mutable) + stringify',
    peer: true,
    emits: true,
    prepare: (bench) => () => {
      const target = {};
      for (const [method, path, value] of bench.updates) lodashSet(target, path, valueOf(method, value));
      return JSON.stringify(target);
    },
  },
  {
    name: 'dot-prop setProperty (mutable) + stringify',
    peer: true,
    emits: true,
    prepare: (bench) => () => {
      const target = {};
      for (const [method, path, value] of bench.updates) setProperty(target, path, valueOf(method, value));
      return JSON.stringify(target);
    },
  },
  {
    name: 'set-value (mutable) + stringify',
    peer: true,
    emits: true,
    prepare: (bench) => {
      const { updates, dotPaths } = bench;
      return () => {
        const target = {};
        for (let i = 0; i < updates.length; i++) {
          const [method, , value] = updates[i] as BenchCase['updates'][number];
          setValue(target, dotPaths[i] as string, valueOf(method, value));
        }
        return JSON.stringify(target);
      };
    },
  },
  {
    name: 'object-path-immutable set per step + stringify',
    peer: true,
    emits: true,
    prepare: (bench) => {
      const { updates, dotPaths } = bench;
      return () => {
        let state = {};
        for (let i = 0; i < updates.length; i++) {
          const [method, , value] = updates[i] as BenchCase['updates'][number];
          state = immutable.set(state, dotPaths[i], valueOf(method, value));
        }
        return JSON.stringify(state);
      };
    },
  },
  {
    name: 'immer produce per update + stringify',
    peer: true,
    emits: true,
    prepare: (bench) => {
      const { updates, segments } = bench;
      return () => {
        let state: Record<string, unknown> = {};
        for (let i = 0; i < updates.length; i++) {
          const [method, , value] = updates[i] as BenchCase['updates'][number];
          const path = segments[i] as readonly Segment[];
          state = produce(state, (draft) => {
            setIn(draft, path, valueOf(method, value));
          });
        }
        return JSON.stringify(state);
      };
    },
  },
];

// The practical floor for building objects from path strings: split once (cached), walk, create, assign.
const handCache = new Map<string, readonly Segment[]>();
function handSet(target: Record<string, unknown>, path: string, value: unknown): void {
  let segments = handCache.get(path);
  if (segments === undefined) {
    segments = path.split(/\.|\[(\d+)\]/).flatMap<Segment>((part: string | undefined, i) => (part === undefined || part === '' ? [] : i % 2 === 1 ? [Number(part)] : [part]));
    handCache.set(path, segments);
  }
  let node = target as Record<string | number, unknown>;
  const last = segments.length - 1;
  for (let i = 0; i < last; i++) {
    const key = segments[i] as Segment;
    let child = node[key];
    if (typeof child !== 'object' || child === null) {
      child = typeof segments[i + 1] === 'number' ? [] : {};
      node[key] = child;
    }
    node = child as Record<string | number, unknown>;
  }
  node[segments[last] as Segment] = value;
}

// The minimal setter an immer user writes in a recipe (paths pre-split, so no parsing is charged to immer).
function setIn(draft: Record<string, unknown>, path: readonly Segment[], value: unknown): void {
  let node: Record<string | number, unknown> = draft;
  const last = path.length - 1;
  for (let i = 0; i < last; i++) {
    const key = path[i] as Segment;
    let child = node[key];
    if (typeof child !== 'object' || child === null) {
      child = typeof path[i + 1] === 'number' ? [] : {};
      node[key] = child;
    }
    node = child as Record<string | number, unknown>;
  }
  node[path[last] as Segment] = value;
}
