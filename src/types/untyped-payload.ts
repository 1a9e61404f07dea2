import type { PathInput } from '../path/index.js';
import type { MergePatch } from './merge-patch.js';
import type { Payload } from './payload.js';
import type { PathSegments } from './path-segments.js';
import type { ReadonlyJson } from './readonly-json.js';
import type { HasShape, ShapeOf } from './shape.js';
import type { EnsureArray, EnsureObject, MergeInto, RemoveAt, SetAt, Settled, Widen } from './set-at.js';
import type { ValueAt } from './value-at.js';
import type { PayloadOutput } from './payload-output.js';

/**
 * The builder `payload()` returns without a schema: any path and any value
 * are accepted (the run time still rejects malformed paths and non-JSON values), and the type of what it builds (`Result`)
 * follows each `set()`, `push()`, `object()`, `array()`, `update()`, `merge()` and `remove()`.
 *
 * @example
 * ```ts
 * import { payload } from 'pathpatch';
 * const built = payload().set('a.b', 1).set('c[0]', 'x').build();
 * //=> { a: { b: 1 }, c: ['x'] }, typed { readonly a: { readonly b: number }; readonly c: readonly string[] }
 * ```
 */
export interface UntypedPayload<Result> extends HasShape<Result>, PayloadOutput {
  /** Sets `value` at `path`, creating missing objects and arrays on the way. */
  set<const Path extends PathInput, Value>(
    path: Path,
    value: Value,
  ): UntypedPayload<Settled<SetAt<Result, PathSegments<Path>, Widen<Value>>>>;
  /** Makes sure an object exists at `path`, keeping what it holds. */
  object<const Path extends PathInput>(path: Path): UntypedPayload<Settled<SetAt<Result, PathSegments<Path>, EnsureObject>>>;
  /** Makes sure an array exists at `path`, keeping what it holds. */
  array<const Path extends PathInput>(path: Path): UntypedPayload<Settled<SetAt<Result, PathSegments<Path>, EnsureArray>>>;
  /** Appends `value` to the array at `path`, creating the array when missing. */
  push<const Path extends PathInput, Value>(
    path: Path,
    value: Value,
  ): UntypedPayload<Settled<SetAt<Result, [...PathSegments<Path>, 0], Widen<Value>>>>;
  /** Removes the member or element at `path`; a missing path is left as it is. A removed key leaves the result type. */
  remove<const Path extends PathInput>(path: Path): UntypedPayload<Settled<RemoveAt<Result, PathSegments<Path>>>>;
  /** Replaces the value at `path` with `fn(current)`. */
  // `Current` is a type parameter (always its default) so that a grown builder stays assignable to the one it grew from.
  update<const Path extends PathInput, Value, Current = _Lookup<Result, Path>>(
    path: Path,
    fn: (current: Current) => Value,
  ): UntypedPayload<Settled<SetAt<Result, PathSegments<Path>, Widen<Value>>>>;
  /** Sets `value` at `path`, as `set()` does. */
  update<const Path extends PathInput, Value>(path: Path, value: Value): UntypedPayload<Settled<SetAt<Result, PathSegments<Path>, Widen<Value>>>>;
  /** Deep-merges a partial payload: objects merge, arrays and scalars replace. */
  merge<Patch extends object>(partial: Patch): UntypedPayload<_Merged<Result, Patch>>;
  /** Applies `fn` when `condition` holds; the result type is either one. */
  when<Next>(
    condition: boolean | ((builder: UntypedPayload<Result>) => boolean),
    fn: (builder: UntypedPayload<Result>) => UntypedPayload<Next>,
  ): UntypedPayload<Result | Next>;
  /** Applies each function in turn; the result type is kept as it was (set() directly to grow it). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- functions written for builders of any shape compose here
  pipe(...fns: ((builder: UntypedPayload<any>) => UntypedPayload<any> | Payload)[]): UntypedPayload<Result>;
  /** Edits an immer draft of the payload; the result type is kept as it was. */
  produce(recipe: (draft: Result) => unknown): UntypedPayload<Result>;
  /** The payload as deeply frozen plain JSON (cached). */
  build(): ReadonlyJson<Result>;
  /** Same as `build()`, so `JSON.stringify(builder)` works. */
  toJSON(): ReadonlyJson<Result>;
  /** The value at `path`, or `undefined`; typed when `path` is one the builder's type knows. */
  get<const Path extends PathInput>(path: Path): _Lookup<Result, Path>;
  /** Whether a value exists at `path`. */
  has<const Path extends PathInput>(path: Path): boolean;
  /** The RFC 7386 merge patch that turns the base into this payload; members taken out by `remove()` are in it as `null`, not in its type. */
  toMergePatch(): MergePatch<Result>;
}

type _Lookup<Result, Path extends PathInput> = [ValueAt<Result, Path>] extends [never] ? unknown : ReadonlyJson<ValueAt<Result, Path>> | undefined;

// A partial typed `any` tells nothing of what it holds: the result type is kept, as after produce().
// (`unknown extends`, since `0 extends 1 & Patch` is always false for a parameter constrained to objects.)
type _Merged<Result, Patch extends object> = unknown extends Patch ? Result : Settled<MergeInto<Result, ShapeOf<Patch>>>;
