/**
 * Built-ins of SQL Server's T-SQL, operators included: `+` joins text but adds numbers (and text that meets a
 * number is converted to a number, as data type precedence says), `=` ignores trailing spaces, and how text
 * compares otherwise depends on the database's collation, which a script does not show, so a comparison
 * whose result depends on it is reported. `LEN` leaves out trailing spaces. Not checked on a SQL Server
 * (none here): each rule follows the Transact-SQL reference linked in `doc`. Names compare without case.
 *
 * @example
 * SQL_BUILTINS.LEN?.run([text('ab  ')]); //=> { kind: 'integer', value: 2 }
 */
import { argument, named, type Builtin, type Rule } from './builtin.js';
import { BuiltinArgumentError, BuiltinUnsupportedError } from './errors.js';
import { operand, type Operand } from './emit.js';
import { edgeText, midText } from './substrings.js';
import { lowerCase, upperCase } from './text-rules-common.js';
import { TEXT_RULES } from './text-rules.js';
import { boolean, integer, NULL_VALUE, text, type ScriptValue } from './value.js';

const TSQL = 'https://learn.microsoft.com/sql/t-sql/functions/string-functions-transact-sql';
const CAST = 'https://learn.microsoft.com/sql/t-sql/functions/cast-and-convert-transact-sql';
const PLUS = 'https://learn.microsoft.com/sql/t-sql/language-elements/add-transact-sql';
const EQUALS = 'https://learn.microsoft.com/sql/t-sql/language-elements/equals-transact-sql';
const vb = TEXT_RULES.vb;

function kindOf(value: ScriptValue | Operand): string {
  return value.kind === 'unknown' ? 'a value the porter cannot type' : value.kind === 'integer' ? 'an integer' : `a ${value.kind}`;
}

/** A number for T-SQL arithmetic: an integer, a bit (a boolean Chilkat gave), or text holding a whole number. */
function asNumber(value: ScriptValue, builtin: string, position: number): number {
  if (value.kind === 'integer') return value.value;
  if (value.kind === 'boolean') return value.value ? 1 : 0;
  if (value.kind === 'text' && /^\s*[-+]?\d+\s*$/.test(value.value)) return Number(value.value);
  throw new BuiltinArgumentError(builtin, position, 'an integer or text that converts to one', value.kind === 'text' ? JSON.stringify(value.value) : kindOf(value));
}

function texts(args: readonly ScriptValue[], builtin: string): [string, string] | undefined {
  const [a, b] = [argument(args, 0, builtin), argument(args, 1, builtin)];
  return a.kind === 'text' && b.kind === 'text' ? [a.value, b.value] : undefined;
}

/** `+`: text + text joins; anything with NULL is NULL; otherwise both sides are numbers. */
function plus(builtin: string): Rule {
  return {
    call: 'function',
    doc: PLUS,
    run: (args) => {
      if (args.some((arg) => arg.kind === 'null')) return NULL_VALUE;
      const joined = texts(args, builtin);
      if (joined) return text(joined[0] + joined[1]);
      return integer(asNumber(argument(args, 0, builtin), builtin, 0) + asNumber(argument(args, 1, builtin), builtin, 1));
    },
    emit: (args) => {
      const [a, b] = [argument(args, 0, builtin), argument(args, 1, builtin)];
      if (a.kind === b.kind && (a.kind === 'text' || a.kind === 'integer')) return { code: `${operand(a.code)} + ${operand(b.code)}`, kind: a.kind };
      throw new BuiltinUnsupportedError(builtin, `${kindOf(a)} + ${kindOf(b)}`);
    },
  };
}

/** `=`, `<>`, `!=`, `<`, `>`, `<=`, `>=`: numbers compare as numbers; text compares only where no collation decides. */
function compare(builtin: string, test: (order: number) => boolean): Rule {
  return {
    call: 'function',
    doc: EQUALS,
    run: (args) => {
      // A comparison with NULL is UNKNOWN, which no IF or WHILE takes as true.
      if (args.some((arg) => arg.kind === 'null')) return boolean(false);
      const pair = texts(args, builtin);
      if (pair === undefined) {
        const [a, b] = [asNumber(argument(args, 0, builtin), builtin, 0), asNumber(argument(args, 1, builtin), builtin, 1)];
        return boolean(test(a === b ? 0 : a < b ? -1 : 1));
      }
      const [a, b] = pair.map((value) => value.replace(/ +$/, ''));
      if (a === b) return boolean(test(0));
      const equality = test(0) !== test(1) && test(1) === test(-1);
      if (equality && a?.toLowerCase() !== b?.toLowerCase()) return boolean(test(1));
      throw new BuiltinUnsupportedError(builtin, 'a text comparison whose result depends on the database collation');
    },
    emit: (args) => {
      const [a, b] = [argument(args, 0, builtin), argument(args, 1, builtin)];
      if (a.kind !== 'integer' || b.kind !== 'integer') throw new BuiltinUnsupportedError(builtin, `comparing ${kindOf(a)} with ${kindOf(b)}`);
      const op = builtin === '=' ? '===' : builtin === '<>' || builtin === '!=' ? '!==' : builtin;
      return { code: `${operand(a.code)} ${op} ${operand(b.code)}`, kind: 'boolean' };
    },
  };
}

/** `CAST(x AS type)` and `CONVERT(type, x)` (the reader gives the type as text): to text or to an integer. */
function convert(builtin: string, order: readonly [value: number, type: number]): Rule {
  const target = (type: ScriptValue | Operand): 'text' | 'integer' => {
    const name = 'code' in type ? type.literal : type.kind === 'text' ? type.value : undefined;
    if (name !== undefined && /^n?(?:var)?char$/.test(name)) return 'text';
    if (name !== undefined && /^(?:tiny|small|big)?int$/.test(name)) return 'integer';
    throw new BuiltinUnsupportedError(builtin, `a conversion to ${name ?? 'a computed type'}`);
  };
  return {
    call: 'function',
    doc: CAST,
    run: (args) => {
      const value = argument(args, order[0], builtin);
      const to = target(argument(args, order[1], builtin));
      if (value.kind === 'null') return NULL_VALUE;
      if (to === 'integer') return integer(asNumber(value, builtin, order[0]));
      if (value.kind === 'text' || value.kind === 'integer') return text(String(value.value));
      throw new BuiltinArgumentError(builtin, order[0], 'text or an integer', kindOf(value));
    },
    emit: (args) => {
      const value = argument(args, order[0], builtin);
      const to = target(argument(args, order[1], builtin));
      if (value.kind === to) return { code: value.code, kind: to };
      if (value.kind === 'integer' && to === 'text') return { code: `String(${value.code})`, kind: 'text' };
      throw new BuiltinUnsupportedError(builtin, `converting ${kindOf(value)}`);
    },
  };
}

/** `LTRIM`/`RTRIM`: spaces on one side; `LEN`: the length without trailing spaces. */
function spaces(builtin: string, what: 'ltrim' | 'rtrim' | 'len'): Rule {
  const pattern = what === 'ltrim' ? '/^ +/' : '/ +$/';
  return {
    call: 'function',
    doc: TSQL,
    run: (args) => {
      const value = argument(args, 0, builtin);
      if (value.kind === 'null') return NULL_VALUE;
      if (value.kind !== 'text' && value.kind !== 'integer') throw new BuiltinArgumentError(builtin, 0, 'text', kindOf(value));
      const trimmed = String(value.value).replace(what === 'ltrim' ? /^ +/ : / +$/, '');
      return what === 'len' ? integer(trimmed.length) : text(trimmed);
    },
    emit: (args) => {
      const value = argument(args, 0, builtin);
      if (value.kind !== 'text') throw new BuiltinArgumentError(builtin, 0, 'text', kindOf(value));
      const code = `${operand(value.code)}.replace(${pattern}, '')`;
      return what === 'len' ? { code: `${code}.length`, kind: 'integer' } : { code, kind: 'text' };
    },
  };
}

/**
 * T-SQL.
 *
 * @example
 * SQL_BUILTINS['+']?.run([text('a'), text('b')]); //=> { kind: 'text', value: 'ab' }
 */
export const SQL_BUILTINS: Readonly<Record<string, Builtin>> = named({
  '+': (name) => plus(name),
  '=': (name) => compare(name, (order) => order === 0),
  '<>': (name) => compare(name, (order) => order !== 0),
  '!=': (name) => compare(name, (order) => order !== 0),
  '<': (name) => compare(name, (order) => order < 0),
  '>': (name) => compare(name, (order) => order > 0),
  '<=': (name) => compare(name, (order) => order <= 0),
  '>=': (name) => compare(name, (order) => order >= 0),
  CAST: (name) => convert(name, [0, 1]),
  CONVERT: (name) => convert(name, [1, 0]),
  LOWER: (name) => lowerCase(name, vb, 'function', TSQL),
  UPPER: (name) => upperCase(name, vb, 'function', TSQL),
  LTRIM: (name) => spaces(name, 'ltrim'),
  RTRIM: (name) => spaces(name, 'rtrim'),
  LEN: (name) => spaces(name, 'len'),
  SUBSTRING: (name) => midText(name, vb, TSQL),
  LEFT: (name) => edgeText(name, vb, TSQL, 'left'),
  RIGHT: (name) => edgeText(name, vb, TSQL, 'right'),
});
