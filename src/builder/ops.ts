import type { StoredObject, StoredValue } from '../json/index.js';
import type { PathSegment } from '../path/index.js';

/** @internal One recorded builder call, replayed by `build()`. `index` is its 0-based place in the chain. */
export type Op =
  | { readonly kind: 'set'; readonly index: number; readonly operation: 'set' | 'push'; readonly segments: readonly PathSegment[]; readonly value: StoredValue }
  | { readonly kind: 'ensure'; readonly index: number; readonly operation: 'object' | 'array'; readonly segments: readonly PathSegment[] }
  | { readonly kind: 'remove'; readonly index: number; readonly operation: 'remove'; readonly segments: readonly PathSegment[] }
  | {
      readonly kind: 'update';
      readonly index: number;
      readonly operation: 'update';
      readonly segments: readonly PathSegment[];
      readonly fn: (current: unknown) => unknown;
    }
  | { readonly kind: 'merge'; readonly index: number; readonly operation: 'merge'; readonly value: StoredObject }
  | { readonly kind: 'produce'; readonly index: number; readonly operation: 'produce'; readonly recipe: (draft: never) => unknown };
