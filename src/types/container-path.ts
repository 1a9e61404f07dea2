import type { PathInput } from '../path/index.js';
import type { PathError } from './path-error.js';
import type { ValidPath } from './valid-path.js';
import type { ValueAt } from './value-at.js';

/**
 * The parameter type of the path of `push()` (`Kind` `'array'`) and
 * `object()`/`array()`: like {@link ValidPath}, and the schema must allow a
 * container of that kind at the path.
 *
 * @example
 * ```ts
 * import type { ContainerPath } from 'pathpatch';
 * interface Schema { tags: string[]; name: string }
 * type Ok = ContainerPath<Schema, 'tags', 'array'>; //=> 'tags'
 * type Wrong = ContainerPath<Schema, 'name', 'array'>; //=> '✗ array() and push() need an array at "name", and the schema says string'
 * ```
 */
export type ContainerPath<Schema, Path extends PathInput, Kind extends 'array' | 'object'> = [ValueAt<Schema, Path>] extends [never]
  ? ValidPath<Schema, Path, true>
  : true extends _Admits<ValueAt<Schema, Path>, Kind>
    ? Path
    : PathError<`${Kind extends 'array' ? 'array() and push() need an array' : 'object() needs an object'} at "${_Text<Path>}", and the schema says ${_Describe<ValueAt<Schema, Path>>}`>;

type _Admits<Value, Kind extends 'array' | 'object'> = 0 extends 1 & Value
  ? true
  : unknown extends Value
    ? true
    : Value extends readonly unknown[]
      ? Kind extends 'array'
        ? true
        : false
      : Value extends object
        ? Kind extends 'object'
          ? true
          : false
        : false;

type _Text<Path> = Path extends string ? Path : 'this path';

type _Describe<Value> = [Value] extends [string] ? 'string' : [Value] extends [number] ? 'number' : [Value] extends [boolean] ? 'boolean' : [Value] extends [null] ? 'null' : [Value] extends [readonly unknown[]] ? 'an array' : 'neither';
