/**
 * @internal The two lines under a message that point at a place in a path string: the path, then a caret
 * under the 0-based `position`. Control characters show as one visible character each, so the caret stays aligned.
 * @example
 * ```ts
 * caret('a..b', 2); //=> '\n  a..b\n    ^'
 * ```
 */
export function caret(path: string, position: number): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  return `\n  ${path.replace(/[\u0000-\u001f\u007f]/g, '\u00b7')}\n  ${' '.repeat(position)}^`;
}
