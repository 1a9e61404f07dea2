/**
 * How the porter reads names in the tree: variables compared across sigils,
 * and a name or member chain spelled as dotted text.
 *
 * @example
 * bareName('@partners'); //=> 'partners'
 */
import type { Expression } from './nodes.js';

/**
 * A variable name without its sigils: Perl's `$list[0]` reads `@list`, PHP's
 * `$x` and PowerShell's `$x` name `x`, so every reader of names keys on this.
 *
 * @param name - The name as written (`$i`, `@list`, `%hash`, `x`).
 * @returns The name without leading `$`, `@` and `%`.
 * @example
 * bareName('$partners'); //=> 'partners'
 */
export function bareName(name: string): string {
  return name.replace(/^[$@%]+/, '');
}

/**
 * Spells a name or member chain as dotted text (`Chilkat.Http`, `WScript.Echo`), so a call's callee can be
 * looked up in a table of names.
 *
 * @param expression - An expression of the tree.
 * @returns The dotted text, or `undefined` for anything but a name or a chain of members on one.
 * @example
 * dottedName({ kind: 'member', object: { kind: 'name', name: 'a' }, name: 'b' }); //=> 'a.b'
 */
export function dottedName(expression: Expression): string | undefined {
  if (expression.kind === 'name') return expression.name;
  if (expression.kind !== 'member') return undefined;
  const left = dottedName(expression.object);
  return left === undefined ? undefined : `${left}.${expression.name}`;
}
