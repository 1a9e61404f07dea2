/**
 * Built-ins that read an element of a list or join two texts, for the languages that spell them as
 * calls rather than operators: Objective-C's `[list objectAtIndex: i]` and `[a stringByAppendingString: b]`,
 * Tcl's `lindex`, PowerBuilder's and DataFlex's functions.
 *
 * @example
 * itemAt('objectAtIndex', 'https://example.com', 'method').run([list([text('a')]), integer(0)]); //=> { kind: 'text', value: 'a' }
 */
import { argument, wholeNumber, type Rule } from './builtin.js';
import { BuiltinArgumentError } from './errors.js';
import { operand } from './emit.js';
import { emitText, textOf, type TextRules } from './text-rules.js';
import { text } from './value.js';

/**
 * The element at a 0-based position of a list (the list's own lower bound honoured); a position outside
 * it is an error, as it is in the languages that have these calls (`NSRangeException`, Tcl's empty result
 * is refused rather than guessed).
 *
 * @example
 * itemAt('lindex', DOC, 'function').emit([{ code: 'hosts', kind: 'list' }, { code: 'i', kind: 'integer' }]).code; //=> 'hosts[i]'
 */
export function itemAt(builtin: string, doc: string, call: Rule['call']): Rule {
  return {
    call,
    doc,
    run: (args) => {
      const container = argument(args, 0, builtin);
      if (container.kind !== 'list') throw new BuiltinArgumentError(builtin, 0, 'a list', `a ${container.kind}`);
      const at = wholeNumber(argument(args, 1, builtin), 1, builtin);
      const item = container.items[at - container.lower];
      if (item === undefined) throw new BuiltinArgumentError(builtin, 1, `a position inside the list (${String(container.items.length)} items)`, String(at));
      return item;
    },
    emit: (args) => {
      const container = argument(args, 0, builtin);
      const at = argument(args, 1, builtin);
      if (container.kind !== 'list') throw new BuiltinArgumentError(builtin, 0, 'a list', container.kind === 'unknown' ? 'a value the porter cannot type' : `a ${container.kind}`);
      const offset = container.lower ?? 0;
      return { code: `${operand(container.code)}[${offset === 0 ? at.code : `${operand(at.code)} - ${String(offset)}`}]`, kind: 'unknown' };
    },
  };
}

/**
 * Two values joined as text, each converted the language's way (`stringByAppendingString:`).
 *
 * @example
 * joinTexts('stringByAppendingString', TEXT_RULES.c, DOC, 'method').run([text('a'), text('b')]); //=> { kind: 'text', value: 'ab' }
 */
export function joinTexts(builtin: string, rules: TextRules, doc: string, call: Rule['call']): Rule {
  return {
    call,
    doc,
    run: (args) => text(textOf(rules, argument(args, 0, builtin), builtin, 0) + textOf(rules, argument(args, 1, builtin), builtin, 1)),
    emit: (args) => {
      const left = emitText(rules, argument(args, 0, builtin), builtin, 0);
      const right = emitText(rules, argument(args, 1, builtin), builtin, 1);
      const imports = [...(left.imports ?? []), ...(right.imports ?? [])];
      return { code: `${operand(left.code)} + ${operand(right.code)}`, kind: 'text', ...(imports.length > 0 ? { imports } : {}) };
    },
  };
}
