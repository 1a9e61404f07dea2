// The entry "pathpatch/immer": importing it once enables produce() on every builder (immer's own plugin pattern).
import { Immer } from 'immer';
import { registerProducer } from './builder/produce-plugin.js';

// No auto-freeze: immer would deep-freeze whatever a recipe assigns into the draft (globalThis included), even when
// pathpatch then rejects the result; pathpatch copies and freezes what it keeps itself.
const immer = new Immer({ autoFreeze: false });

registerProducer((base, recipe) => immer.produce(base, recipe as (draft: unknown) => unknown));

/**
 * Whether `produce()` is enabled: always `true` once this module is loaded (importing it is what enables it).
 *
 * @example
 * ```ts
 * import { produceEnabled } from 'pathpatch/immer';
 * import { payload } from 'pathpatch';
 * produceEnabled; //=> true
 * payload().set('tags', ['a']).produce((draft: { tags: string[] }) => { draft.tags.push('b'); }).emit();
 * //=> '{"tags":["a","b"]}'
 * ```
 */
export const produceEnabled = true;
