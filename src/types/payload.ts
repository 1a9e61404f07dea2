import type { EmitOptions } from '../emit/index.js';
import type { PathInput } from '../path/index.js';
import type { JsonPatchOperation } from '../builder/json-patch.js';

/**
 * An immutable payload builder: every method returns a new builder and leaves the one it was called on unchanged.
 *
 * @example
 * ```ts
 * import { payload } from 'pathpatch';
 * const base = payload().set('name', 'app');
 * const variant = base.set('sso', true);
 * base.emit(); //=> '{"name":"app"}'
 * variant.emit(); //=> '{"name":"app","sso":true}'
 * ```
 */
export interface Payload<Schema = unknown> {
  /** Sets `value` at `path`, creating missing objects and arrays on the way. */
  set(path: PathInput, value: unknown): Payload<Schema>;
  /** Makes sure an object exists at `path`, keeping what it holds. */
  object(path: PathInput): Payload<Schema>;
  /** Makes sure an array exists at `path`, keeping what it holds. */
  array(path: PathInput): Payload<Schema>;
  /** Appends `value` to the array at `path`, creating the array when missing. */
  push(path: PathInput, value: unknown): Payload<Schema>;
  /** Removes the member or element at `path`; a missing path is left as it is. */
  remove(path: PathInput): Payload<Schema>;
  /** Replaces the value at `path` with `fn(current)`. */
  update(path: PathInput, fn: (current: unknown) => unknown): Payload<Schema>;
  /** Deep-merges a partial payload: objects merge, arrays and scalars replace. */
  merge(partial: object | Payload): Payload<Schema>;
  /** Applies `fn` when `condition` holds. */
  when(condition: boolean | ((builder: Payload<Schema>) => boolean), fn: (builder: Payload<Schema>) => Payload<Schema>): Payload<Schema>;
  /** Applies each function in turn. */
  pipe(...fns: ((builder: Payload<Schema>) => Payload<Schema>)[]): Payload<Schema>;
  /** Edits an immer draft of the payload. */
  produce(recipe: (draft: Record<string, unknown>) => unknown): Payload<Schema>;
  /** The payload as deeply frozen plain JSON (cached). */
  build(): Readonly<Record<string, unknown>>;
  /** Same as `build()`, so `JSON.stringify(builder)` works. */
  toJSON(): Readonly<Record<string, unknown>>;
  /** The JSON text. */
  emit(options?: EmitOptions): string;
  /** The value at `path`, or `undefined`. */
  get(path: PathInput): unknown;
  /** Whether a value exists at `path`. */
  has(path: PathInput): boolean;
  /** Every leaf as `[path, value]`. */
  entries(): [string, unknown][];
  /** JSON equality with another builder or a plain value. */
  equals(other: Payload | object): boolean;
  /** RFC 6902 operations that turn this payload into `other`. */
  diff(other: Payload | object): JsonPatchOperation[];
  /** RFC 6902 operations that turn the base into this payload. */
  toJsonPatch(): JsonPatchOperation[];
  /** The RFC 7386 merge patch that turns the base into this payload. */
  toMergePatch(): unknown;
}
