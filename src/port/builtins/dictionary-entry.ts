/**
 * A dictionary read in a ported module (`d["name"]` in Python, `$d['name']` in PHP), by the key the
 * script gives. The languages disagree on a missing key (Python stops with `KeyError`, PHP and Ruby go on
 * with `null`/`nil`, which Chilkat then writes its own way), so the port stops there, naming the key,
 * rather than send a body the script may not have sent.
 *
 * @example
 * dictionaryEntry(new Map([['tier', 'gold']]), 'tier'); //=> 'gold'
 */

/**
 * The value the dictionary holds for `key`.
 *
 * @param dictionary - The script's dictionary, as the `Map` the port writes (it keeps the script's key order).
 * @param key - The key the script reads.
 * @returns The value at `key`.
 * @throws Error naming the key when the dictionary has no such key.
 * @example
 * dictionaryEntry(new Map([['a', 1]]), 'b'); // throws: the dictionary has no key "b" ...
 */
export function dictionaryEntry<Value>(dictionary: ReadonlyMap<string, Value>, key: string): Value {
  if (!dictionary.has(key)) throw new Error(`the dictionary has no key ${JSON.stringify(key)}: the script reads a key it never set, and the port stops here rather than guess what the script's language would have sent`);
  return dictionary.get(key) as Value;
}
