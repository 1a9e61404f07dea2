// Every text a thrown or logged value shows, and a check that no secret is among them.
import { format, inspect } from 'node:util';
import { expect } from 'vitest';

/**
 * The texts one can get out of a value: `util.inspect` (hidden fields and
 * getters shown), what `console.log` prints, `JSON.stringify`, `String()`,
 * and, walking every own property (enumerable or not, symbols too) of every
 * object reached, each key, each string, and each error's message and stack.
 * The walk is iterative; `JSON.stringify` is not guarded, so a value that
 * overflows it fails the test.
 */
export function leakTexts(value: unknown): string[] {
  const texts = [inspect(value, { showHidden: true, depth: Number.POSITIVE_INFINITY, getters: true }), format(value), JSON.stringify(value) ?? '', String(value)];
  const seen = new Set<unknown>();
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next === 'string') {
      texts.push(next);
      continue;
    }
    if ((typeof next !== 'object' && typeof next !== 'function') || next === null || seen.has(next)) continue;
    seen.add(next);
    if (next instanceof Error) texts.push(next.message, next.stack ?? '');
    for (const key of Reflect.ownKeys(next)) {
      texts.push(String(key));
      const descriptor = Object.getOwnPropertyDescriptor(next, key);
      if (descriptor === undefined) continue;
      if ('value' in descriptor) pending.push(descriptor.value);
      else if (descriptor.get !== undefined) pending.push(descriptor.get.call(next));
    }
  }
  return texts;
}

/** Fails when any of `secrets` appears anywhere in any text of `value` (see {@link leakTexts}). */
export function expectNoLeak(value: unknown, secrets: readonly string[]): void {
  const texts = leakTexts(value);
  for (const secret of secrets) {
    const where = texts.find((text) => text.includes(secret));
    expect(where, `secret ${JSON.stringify(secret)} leaked in: ${where?.slice(0, 400) ?? ''}`).toBeUndefined();
  }
}
