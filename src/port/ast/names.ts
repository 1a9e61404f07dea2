/**
 * How the porter compares variable names across sigils.
 *
 * @example
 * bareName('@partners'); //=> 'partners'
 */

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
