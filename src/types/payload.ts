import type { PathInput } from '../path/index.js';
import type { ContainerPath } from './container-path.js';
import type { DeepPartial } from './deep-partial.js';
import type { InputFor, JsonInput } from './json-input.js';
import type { MergePatch } from './merge-patch.js';
import type { ReadonlyJson } from './readonly-json.js';
import type { HasShape } from './shape.js';
import type { ElementOf } from './resolve-path.js';
import type { PathArgument, ValidPath } from './valid-path.js';
import type { ValueAt } from './value-at.js';
import type { PayloadOutput } from './payload-output.js';

/**
 * An immutable payload builder typed by `Schema`: every method returns a new
 * builder and leaves the one it was called on unchanged. Paths are checked
 * against `Schema` as they are written (with completion in the editor), and
 * values against the type at the path. A bare `Payload` is a builder of any
 * schema (every path and value accepted), for helpers that take any builder.
 *
 * @example
 * ```ts
 * import { payload, type Auth0ClientUpdate } from 'pathpatch';
 * const base = payload<Auth0ClientUpdate>().set('name', 'app');
 * const variant = base.set('jwt_configuration.alg', 'RS256');
 * base.emit(); //=> '{"name":"app"}'
 * variant.emit(); //=> '{"name":"app","jwt_configuration":{"alg":"RS256"}}'
 * // @ts-expect-error -- '"RS999"' is not assignable to '"HS256" | "RS256" | "RS512" | "PS256"'
 * base.set('jwt_configuration.alg', 'RS999');
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a bare `Payload` means a builder of any schema
export interface Payload<Schema = any> extends HasShape<Schema>, PayloadOutput {
  /** Sets `value` at `path`, creating missing objects and arrays on the way. */
  set<const Path extends PathInput>(path: PathArgument<Schema, Path, ValidPath<Schema, Path>>, value: NoInfer<InputFor<ValueAt<Schema, Path>>>): Payload<Schema>;
  /** Makes sure an object exists at `path`, keeping what it holds. */
  object<const Path extends PathInput>(path: PathArgument<Schema, Path, ContainerPath<Schema, Path, 'object'>>): Payload<Schema>;
  /** Makes sure an array exists at `path`, keeping what it holds. */
  array<const Path extends PathInput>(path: PathArgument<Schema, Path, ContainerPath<Schema, Path, 'array'>>): Payload<Schema>;
  /** Appends `value` to the array at `path`, creating the array when missing. */
  push<const Path extends PathInput>(
    path: PathArgument<Schema, Path, ContainerPath<Schema, Path, 'array'>>,
    value: NoInfer<InputFor<ElementOf<ValueAt<Schema, Path>, '[]'>>>,
  ): Payload<Schema>;
  /** Removes the member or element at `path`; a missing path is left as it is. */
  remove<const Path extends PathInput>(path: PathArgument<Schema, Path, ValidPath<Schema, Path, false>>): Payload<Schema>;
  /** Sets `value` at `path`, as `set()` does; given a function, replaces the value at `path` with `fn(current)`. */
  update<const Path extends PathInput>(
    path: PathArgument<Schema, Path, ValidPath<Schema, Path>>,
    valueOrFn: _Update<Schema, Path>,
  ): Payload<Schema>;
  /** Deep-merges a partial payload: objects merge, arrays and scalars replace. */
  merge(partial: DeepPartial<Schema> | Payload<Schema>): Payload<Schema>;
  /** Applies `fn` when `condition` holds. */
  when(
    condition: boolean | ((builder: Payload<Schema>) => boolean),
    fn: (builder: Payload<Schema>) => Payload<Schema>,
  ): Payload<Schema>;
  /** Applies each function in turn. */
  pipe(...fns: ((builder: Payload<Schema>) => Payload<Schema>)[]): Payload<Schema>;
  /** Edits an immer draft of the payload; a recipe may also return a whole new payload (checked at run time). */
  produce(recipe: (draft: Schema) => unknown): Payload<Schema>;
  /** The payload as deeply frozen plain JSON (cached). */
  build(): _Built<Schema>;
  /** Same as `build()`, so `JSON.stringify(builder)` works. */
  toJSON(): _Built<Schema>;
  /** The value at `path`, or `undefined`. */
  get<const Path extends PathInput>(path: PathArgument<Schema, Path, ValidPath<Schema, Path, false>>): _Read<Schema, Path>;
  /** Whether a value exists at `path`. */
  has<const Path extends PathInput>(path: PathArgument<Schema, Path, ValidPath<Schema, Path, false>>): boolean;
  /** The RFC 7386 merge patch that turns the base into this payload. */
  toMergePatch(): MergePatch<Schema>;
}

// A builder of any schema builds and reads `unknown`, never `any` (which would switch checking off where it is used);
// not an object type, since an untyped builder of a generic result must stay assignable to it.
type _Built<Schema> = 0 extends 1 & Schema ? unknown : ReadonlyJson<Schema>;

type _Read<Schema, Path extends PathInput> = 0 extends 1 & Schema ? unknown : ReadonlyJson<ValueAt<Schema, Path>> | undefined;

// The value (typed as for set()) or the function; two NoInfer members rather than one around the union,
// which would stop the editor offering an enum's values. With any schema, `any` would swallow the function's type.
type _Update<Schema, Path extends PathInput> = 0 extends 1 & Schema
  ? JsonInput | ((current: unknown) => unknown)
  : NoInfer<InputFor<ValueAt<Schema, Path>>> | NoInfer<(current: _Read<Schema, Path>) => InputFor<ValueAt<Schema, Path>>>;
