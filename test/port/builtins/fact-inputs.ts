// The inputs of test/port/builtins/record-facts.ts, shared with the tests that read its answers.

/** Doubles whose text the runtimes were asked for. */
export const FACT_FLOATS: readonly number[] = [
  0, -0, 1, 10, 3.5, -2.5, 0.1 + 0.2, 1 / 3, 1250, 123456789.125, 1e-3, 1e-4, 1e-5, 1e-6, 1e-7, 1e6, 1e7, 1e14, 1e15, 1e16, 1e21, 1.5e300, 2 ** 54,
];

/** printf-style formats and one argument each: text, an integer or a double. */
export const FACT_FORMATS: readonly FactFormat[] = [
  ['callbacks[%d]', 'integer', 3],
  ['%5d|', 'integer', 42],
  ['%-5d|', 'integer', 42],
  ['%05d', 'integer', 42],
  ['%05d', 'integer', -42],
  ['%+d', 'integer', 7],
  ['%x', 'integer', 255],
  ['%X', 'integer', 255],
  ['%o', 'integer', 8],
  ['%.2f', 'float', 11.25],
  ['%.2f', 'float', 2.675],
  ['%.1f', 'float', 10],
  ['%f', 'float', 3.5],
  ['%8.3f|', 'float', 3.14159],
  ['%e', 'float', 12345.678],
  ['%g', 'float', 0.0001],
  ['%g', 'float', 1234567],
  ['%s', 'text', 'Dock-A'],
  ['%10s|', 'text', 'abc'],
  ['%-10s|', 'text', 'abc'],
  ['%.2s', 'text', 'abc'],
  ['100%% of %d', 'integer', 5],
];

/** One format fact's input. */
export type FactFormat = readonly [format: string, kind: 'text' | 'integer' | 'float', value: string | number];

/** What each runtime printed: the text of each of FACT_FLOATS (not for C) and of each of FACT_FORMATS. */
export type Facts = Record<string, { readonly floatText: readonly string[]; readonly format: readonly string[] }>;
