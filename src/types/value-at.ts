import type { PathInput, PathSegment } from '../path/index.js';
import type { FoundValue, ResolvePath, ResolveSegments } from './resolve-path.js';

/**
 * The type of the value at `Path` in `Schema` (a path string or an array of
 * segments); `never` for a path that is not in the schema. For a union of
 * object types it is the union of what each member holds at that path.
 *
 * @example
 * ```ts
 * import type { ValueAt, Auth0ClientUpdate } from 'pathpatch';
 * type Alg = ValueAt<Auth0ClientUpdate, 'jwt_configuration.alg'>; //=> 'HS256' | 'RS256' | 'RS512' | 'PS256'
 * type Url = ValueAt<Auth0ClientUpdate, 'callbacks[0]'>; //=> string
 * type Meta = ValueAt<Auth0ClientUpdate, ['client_metadata', 'any key']>; //=> string | null
 * ```
 */
export type ValueAt<Schema, Path extends PathInput> = 0 extends 1 & Schema
  ? Schema
  : Path extends string
  ? // `never` for a path of type string, as the walk would give, without walking: TypeScript asks for it (the
    // constraint of a value parameter) with each literal value, and the walk would list every key of the schema.
    string extends Path
    ? never
    : FoundValue<ResolvePath<Schema, Path, true>>
  : Path extends readonly PathSegment[]
    ? FoundValue<ResolveSegments<Schema, Path, true>>
    : never;
