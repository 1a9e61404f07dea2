/** @internal What `pathpatch/immer` registers: immer's `produce`, run without auto-freeze. */
export type Producer = (base: unknown, recipe: (draft: never) => unknown) => unknown;

// On globalThis under a registered symbol, so that the ESM and CJS builds (and duplicate installs) share one registration.
const KEY = Symbol.for('pathpatch.producer');

/** @internal The message of `produce()` without `pathpatch/immer`. */
export const PRODUCE_NEEDS_IMMER = "produce() needs immer: add `import 'pathpatch/immer';` once in your program (it loads immer and enables produce())";

/** @internal Enables `produce()`; the first registration wins. */
export function registerProducer(producer: Producer): void {
  if (currentProducer() !== undefined) return;
  Object.defineProperty(globalThis, KEY, { value: producer, enumerable: false, writable: false, configurable: false });
}

/** @internal The registered producer, read as an own property (a polluted Object.prototype cannot supply one). */
export function currentProducer(): Producer | undefined {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, KEY);
  return typeof descriptor?.value === 'function' ? (descriptor.value as Producer) : undefined;
}
