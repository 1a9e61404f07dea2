import type { ValidationIssue } from '../errors/index.js';
import type { PathInput } from '../path/index.js';
import type { SendOptions, SendResult } from '../send/index.js';
import type { ContainerPath, InputFor, PathArgument, Payload, ReadonlyJson, ValidPath, ValueAt } from '../types/index.js';
import type { ElementOf } from '../types/resolve-path.js';

/**
 * What `validate()` resolves to: the schema's output value, or the issues it found.
 *
 * @example
 * ```ts
 * import type { ValidationResult } from 'pathpatch';
 * const failed: ValidationResult<{ name: string }> = { issues: [{ path: 'name', segments: ['name'], message: 'Required' }] };
 * ```
 */
export type ValidationResult<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | { readonly value?: undefined; readonly issues: readonly ValidationIssue[] };

/** The methods of {@link Payload} that return a builder: redeclared so that they return a {@link SchemaPayload}. */
type _Chaining = 'set' | 'object' | 'array' | 'push' | 'remove' | 'update' | 'merge' | 'when' | 'pipe' | 'produce' | 'send';

/**
 * The builder `payloadFor(schema)` returns: a {@link Payload} typed by the schema's input type
 * (the same checked paths and values), whose `validate()` runs the schema and whose `send()`
 * validates before any request is made.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { payloadFor } from 'pathpatch';
 * const schema = z.object({ name: z.string().min(1).optional(), callbacks: z.array(z.url()).optional() });
 * const draft = payloadFor(schema).set('name', '');
 * (await draft.validate()).issues?.map((issue) => issue.path); //=> ['name']
 * // @ts-expect-error -- a number is not a string
 * draft.set('name', 1);
 * ```
 */
export interface SchemaPayload<Input, Output = Input> extends Omit<Payload<Input>, _Chaining> {
  /** Sets `value` at `path`, creating missing objects and arrays on the way. */
  set<const Path extends PathInput>(path: PathArgument<Input, Path, ValidPath<Input, Path>>, value: NoInfer<InputFor<ValueAt<Input, Path>>>): SchemaPayload<Input, Output>;
  /** Makes sure an object exists at `path`, keeping what it holds. */
  object<const Path extends PathInput>(path: PathArgument<Input, Path, ContainerPath<Input, Path, 'object'>>): SchemaPayload<Input, Output>;
  /** Makes sure an array exists at `path`, keeping what it holds. */
  array<const Path extends PathInput>(path: PathArgument<Input, Path, ContainerPath<Input, Path, 'array'>>): SchemaPayload<Input, Output>;
  /** Appends `value` to the array at `path`, creating the array when missing. */
  push<const Path extends PathInput>(
    path: PathArgument<Input, Path, ContainerPath<Input, Path, 'array'>>,
    value: NoInfer<InputFor<ElementOf<ValueAt<Input, Path>, '[]'>>>,
  ): SchemaPayload<Input, Output>;
  /** Removes the member or element at `path`; a missing path is left as it is. */
  remove<const Path extends PathInput>(path: PathArgument<Input, Path, ValidPath<Input, Path, false>>): SchemaPayload<Input, Output>;
  /** Replaces the value at `path` with `fn(current)`. */
  update<const Path extends PathInput>(
    path: PathArgument<Input, Path, ValidPath<Input, Path>>,
    fn: NoInfer<(current: ReadonlyJson<ValueAt<Input, Path>> | undefined) => InputFor<ValueAt<Input, Path>>>,
  ): SchemaPayload<Input, Output>;
  /** Deep-merges a partial payload: objects merge, arrays and scalars replace. */
  merge(partial: Parameters<Payload<Input>['merge']>[0] | SchemaPayload<Input, Output>): SchemaPayload<Input, Output>;
  /** Applies `fn` when `condition` holds. */
  when(
    condition: boolean | ((builder: SchemaPayload<Input, Output>) => boolean),
    fn: (builder: SchemaPayload<Input, Output>) => SchemaPayload<Input, Output>,
  ): SchemaPayload<Input, Output>;
  /** Applies each function in turn. */
  pipe(...fns: ((builder: SchemaPayload<Input, Output>) => SchemaPayload<Input, Output>)[]): SchemaPayload<Input, Output>;
  /**
   * Runs the schema on the payload (a copy of `build()`): resolves to the schema's output value, or
   * to its issues with paths written as pathpatch writes them (`callbacks[0]`, `addons.rms.url`).
   */
  validate(): Promise<ValidationResult<Output>>;
  /**
   * Validates, then sends the payload as built (PATCH by default; see `send()`).
   * @throws {ValidationError} when the schema refuses the payload, before any request is made.
   */
  send<Data = unknown>(options: SendOptions): Promise<SendResult<Data>>;
}
