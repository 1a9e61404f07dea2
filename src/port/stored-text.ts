// One decoding of Chilkat's stored (escaped) text, for keys and strings alike: the evaluator's paths,
// the inferred interface and the builder chain must spell a key the same way.
/**
 * The text of a key or string node: Chilkat stores it escaped, as `Emit()` prints it.
 *
 * @param text - A string node's stored text.
 * @returns The string it stands for.
 * @example
 * storedText('a\\"b'); //=> 'a"b'
 */
export function storedText(text: string): string {
  if (!text.includes('\\')) return text;
  try {
    return JSON.parse(`"${text}"`) as string;
  } catch {
    return text;
  }
}
