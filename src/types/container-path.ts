import type { PathInput } from '../path/index.js';
import type { PathError } from './path-error.js';
import type { FormatKey } from './resolve-path.js';
import type { UncheckablePath, ValidPath } from './valid-path.js';
import type { ValueAt } from './value-at.js';

/**
 * The parameter type of the path of `push()` (`Kind` `'array'`) and
 * `object()`/`array()`: like {@link ValidPath}, and the schema must allow a
 * container of that kind at the path. While a key is being typed, only the
 * paths that can hold that kind complete it; for arrays, also the arrays
 * inside the objects offered (down to three more keys), since push() cannot take the object itself.
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
  ? _Containers<ValidPath<Schema, Path, true>, Schema, Path, Kind>
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

// While typing, ValidPath gives the paths the key may become: keep those that can hold `Kind`.
type _Containers<Options, Schema, Path, Kind extends 'array' | 'object'> = Path extends string
  ? [Options] extends [`✗ ${string}` | UncheckablePath]
    ? Options
    : _Only<Options, Schema, Kind> extends infer Kept
      ? [Kept] extends [never]
        ? PathError<`no path starting with "${Path}" can hold ${Kind extends 'array' ? 'an array' : 'an object'}`>
        : Kept
      : never
  : Options;

type _Only<Option, Schema, Kind extends 'array' | 'object'> = Option extends string
  ? Kind extends 'array'
    ? _ArraysAt<ValueAt<Schema, Option>, Option, []>
    : true extends _Admits<ValueAt<Schema, Option>, 'object'>
      ? Option
      : never
  : never;

// `Prefix` itself if `Value` can be an array; else the array paths below it, `Depth` keys down at most.
type _ArraysAt<Value, Prefix extends string, Depth extends readonly unknown[]> = true extends _Admits<Value, 'array'>
  ? Prefix
  : Depth['length'] extends 3
    ? never
    : Value extends object
      ? {
          [Key in keyof Value & string]-?: string extends Key ? never : _ArraysAt<Exclude<Value[Key], undefined>, `${Prefix}.${FormatKey<Key>}`, [...Depth, unknown]>;
        }[keyof Value & string]
      : never;
