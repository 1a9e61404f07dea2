import type { PathInput, PathSegment } from '../path/index.js';
import type { Found } from './found.js';
import type { ResolvePath, ResolveSegments } from './resolve-path.js';

/**
 * The parameter type of a path argument: `Path` itself when it is a path of
 * `Schema`; while a key is being typed, the paths that complete it (so the
 * editor offers `jwt_configuration.alg` after `"jwt_configuration.a`); else a
 * {@link PathError} naming the path. Only the prefix the caller wrote is
 * walked, so the cost follows the path's length, not the schema's size.
 *
 * `Append` (default `true`) allows `[]`; reads and removals pass `false`.
 *
 * @example
 * ```ts
 * import type { ValidPath } from 'pathpatch';
 * interface Schema { a: { b: number; c: string[] } }
 * type Ok = ValidPath<Schema, 'a.c[0]'>; //=> 'a.c[0]'
 * type Typing = ValidPath<Schema, 'a.'>; //=> 'a.b' | 'a.c'
 * type Wrong = ValidPath<Schema, 'a.x'>; //=> '✗ unknown path "a.x": a has no key "x"'
 * ```
 */
export type ValidPath<Schema, Path extends PathInput, Append extends boolean = true> = 0 extends 1 & Schema
  ? Path
  : Path extends string
  ? string extends Path
    ? UncheckablePath
    : ResolvePath<Schema, Path, Append> extends Found<unknown>
      ? Path
      : ResolvePath<Schema, Path, Append>
  : Path extends readonly PathSegment[]
    ? ResolveSegments<Schema, Path, Append> extends Found<unknown>
      ? Path
      : ResolveSegments<Schema, Path, Append>
    : never;

/**
 * @internal How a method declares its path parameter: `Path` is inferred from
 * the argument, then checked by `Checked` ({@link ValidPath} or
 * {@link ContainerPath}). `Checked` is behind `NoInfer`, and `Path` stands
 * alone in a branch that only an unresolved `Path` can take: TypeScript infers
 * into both branches of a conditional type, and it would otherwise walk every
 * branch of the path parser (with the path still unknown) on each call.
 * With an `any` schema it is `Path` alone, so a wide `PathInput` argument is inferred whole.
 * @example
 * ```ts
 * // set<const Path extends PathInput>(path: PathArgument<Schema, Path, ValidPath<Schema, Path>>, …)
 * ```
 */
export type PathArgument<Schema, Path extends PathInput, Checked> = 0 extends 1 & Schema ? Path : [Path] extends [never] ? Path : NoInfer<Checked>;

/**
 * The parameter type a path of type `string` meets: it cannot be checked. A
 * branded `string` rather than a literal, so that editors (which ask with the
 * widest path while completing) do not offer the message as a completion.
 *
 * @example
 * ```ts
 * import { payload, type Auth0ClientUpdate } from 'pathpatch';
 * const dynamic = 'name' as string;
 * // @ts-expect-error -- 'string' is not assignable to 'string & { "✗ a path of type string cannot be checked …": never }'
 * payload<Auth0ClientUpdate>().set(dynamic, 'x');
 * ```
 */
export type UncheckablePath = string & {
  readonly '✗ a path of type string cannot be checked against the schema: pass a literal, a PathOf<Schema>, or an array of segments': never;
};
