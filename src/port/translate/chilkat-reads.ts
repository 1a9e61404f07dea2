/**
 * Values a script reads from its Chilkat objects, in chilkat style: a
 * response's `StatusCode` and `BodyStr`, a `JsonObject`'s `StringOf`/`IntOf`/
 * `BoolOf` (a token or an id from the first response, for the next request),
 * a `StringBuilder`'s text. Each language's spelling (`BodyStr`, `bodyStr()`,
 * `get_StatusCode()`, Go's `StatusCode()`, C's `CkHttpResponse_getStatusCode(resp)`)
 * reads the one property or method of `pathpatch/chilkat`.
 *
 * @example
 * chilkatRead(writer, { code: 'tok', kind: 'object', cls: 'JsonObject' }, 'stringOf', [path]).code; //=> "(tok.StringOf('access_token') ?? '')"
 */
import { canonicalMethod, propertyName } from '../chilkat-names.js';
import type { Expression } from '../ast/index.js';
import type { ExpressionWriter } from './expressions.js';
import type { Typed } from './scope.js';

type Kind = 'text' | 'integer' | 'boolean';

/** A read: what it gives, the path parameter if it takes one, and how `pathpatch/chilkat` spells it when that differs. */
interface Read {
  readonly kind: Kind;
  readonly path?: true;
  readonly write?: (target: string, path: string) => string;
}

const COMMON: Readonly<Record<string, Read>> = {
  LastMethodSuccess: { kind: 'boolean' },
  LastErrorText: { kind: 'text' },
};

const READS: Readonly<Record<string, Readonly<Record<string, Read>>>> = {
  HttpResponse: { StatusCode: { kind: 'integer' }, BodyStr: { kind: 'text' }, StatusText: { kind: 'text' } },
  JsonObject: {
    // Chilkat gives an empty text (null in some languages) for a member that is not there; scripts use it as text.
    StringOf: { kind: 'text', path: true, write: (target, path) => `(${target}.StringOf(${path}) ?? '')` },
    IntOf: { kind: 'integer', path: true },
    BoolOf: { kind: 'boolean', path: true },
    HasMember: { kind: 'boolean', path: true },
    SizeOfArray: { kind: 'integer', path: true },
    Emit: { kind: 'text' },
    Size: { kind: 'integer' },
    I: { kind: 'integer' },
    J: { kind: 'integer' },
    K: { kind: 'integer' },
  },
  StringBuilder: { GetAsString: { kind: 'text' } },
  Http: { LastStatus: { kind: 'integer' } },
};

/** Properties, as opposed to methods, in `pathpatch/chilkat` (a getter call such as `get_StatusCode()` reads one). */
const PROPERTIES = new Set(['LastMethodSuccess', 'LastErrorText', 'StatusCode', 'BodyStr', 'StatusText', 'Size', 'I', 'J', 'K', 'LastStatus']);

/**
 * Reads a value from a Chilkat object.
 *
 * @param writer - The expression writer (arguments, failures).
 * @param target - The Chilkat object.
 * @param raw - The property or method as the script spells it.
 * @param args - The arguments of a method call, `undefined` for a property read.
 * @returns The value, or the writer's failure for a read `pathpatch/chilkat` does not have.
 * @example
 * chilkatRead(writer, { code: 'resp', kind: 'object', cls: 'HttpResponse' }, 'get_StatusCode', []).code; //=> 'resp.StatusCode'
 */
export function chilkatRead(writer: ExpressionWriter, target: Typed, raw: string, args: readonly Expression[] | undefined): Typed {
  // `sb.ControlInterface` (Delphi ActiveX) is the object itself.
  if (raw === 'ControlInterface' && (args === undefined || args.length === 0)) return target;
  const name = args === undefined || args.length === 0 ? propertyName(raw) : canonicalMethod(raw);
  const read = COMMON[name] ?? READS[target.cls ?? '']?.[name];
  const given = args ?? [];
  if (read === undefined || given.length !== (read.path === true ? 1 : 0)) return writer.fail(`reading ${name} from ${target.cls ?? 'a Chilkat object'}`);
  const [pathExpression] = given;
  if (pathExpression === undefined) return { code: PROPERTIES.has(name) ? `${target.code}.${name}` : `${target.code}.${name}()`, kind: read.kind };
  const path = writer.write(pathExpression);
  if (path.kind !== 'text') return writer.fail(`${name} given a ${path.kind} where it takes a path`);
  return { code: read.write?.(target.code, path.code) ?? `${target.code}.${name}(${path.code})`, kind: read.kind };
}

/**
 * Is this a read rather than a call that changes something (so a statement keeping its value is an assignment)?
 *
 * @example
 * isChilkatRead('JsonObject', 'stringOf'); //=> true
 */
export function isChilkatRead(cls: string | undefined, raw: string, argCount: number): boolean {
  const name = argCount === 0 ? propertyName(raw) : canonicalMethod(raw);
  const read = COMMON[name] ?? READS[cls ?? '']?.[name];
  return read !== undefined && argCount === (read.path === true ? 1 : 0);
}
