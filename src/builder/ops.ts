import type { StoredObject, StoredValue } from '../json/index.js';
import type { PathSegment } from '../path/index.js';
import type { ObjectNode } from './tree.js';

/** @internal The builder method that recorded an op, as named in messages. */
export type Operation = 'set' | 'push' | 'object' | 'array' | 'remove' | 'update' | 'merge' | 'produce';

interface OpBase {
  /** 0-based place in the chain. */
  readonly index: number;
  readonly operation: Operation;
  /** Whether the op brings raw numbers in (a copied value or merged object that held some, or produce()). */
  readonly raw?: boolean;
}

interface PathOp extends OpBase {
  readonly segments: readonly PathSegment[];
}

/** @internal One recorded builder call, replayed by `build()`/`emit()`. */
export type Op =
  | (PathOp & { readonly kind: 'set'; readonly value: StoredValue })
  | (PathOp & { readonly kind: 'ensure'; readonly operation: 'object' | 'array' })
  | (PathOp & { readonly kind: 'remove' })
  | (PathOp & { readonly kind: 'update'; readonly value: (current: unknown) => unknown })
  | (OpBase & { readonly kind: 'merge'; readonly value: StoredObject | ObjectNode })
  | (OpBase & { readonly kind: 'produce'; readonly recipe: (draft: never) => unknown });

/** @internal Who made a value in the tree: an op of the chain, or the base the chain started from. */
export type Maker = Op | 'base';
