/**
 * A Chilkat path as the builder's path, for builder style. Chilkat and the
 * builder read the plain shape of a path the same way (`key`, `.key`,
 * `[n]`); anything else (Chilkat's `[i]`/`[j]`/`[k]` counters, quoted keys,
 * spaces, a path held in a variable) is reported rather than guessed. A
 * literal index is written canonically (`[01]` is `[1]`; a negative one,
 * which Chilkat appends, is `[]`). Holes are an integer alone inside brackets,
 * or integers and text inside a key; at run time the builder then follows Chilkat's way
 * with `{ gaps: 'append', conflicts: 'skip' }` (see builder-calls.ts).
 *
 * @example
 * builderPath(writer, { code: '`a[${i}]`', kind: 'text', parts: ['a[', { code: 'i', kind: 'integer' }, ']'] }); //=> '`a[${i}]`'
 */
import { tsString } from '../codegen/ts-text.js';
import type { ExpressionWriter } from './expressions.js';
import type { Typed } from './scope.js';

/** Stand-ins for the holes while the path's shape is checked. */
const NUMBER_HOLE = '\uE000';
const TEXT_HOLE = '\uE001';
const KEY = `[^\\s.\\[\\]"'\\\\{}]+`;
const INDEX = `\\[(?:-?\\d+|\\uE000)\\]`;
const SHAPE = new RegExp(`^${KEY}(?:${INDEX})*(?:\\.${KEY}(?:${INDEX})*)*$`, 'u');

/**
 * The builder's path for a Chilkat path the script computes or writes literally.
 *
 * @param writer - The expression writer (for its refusals).
 * @param path - The path as written by the expression writer.
 * @returns Source text of the path: a string literal or a template literal.
 * @example
 * builderPath(writer, { code: "'grant_types[01]'", kind: 'text', literal: 'grant_types[01]' }); //=> "'grant_types[1]'"
 */
export function builderPath(writer: ExpressionWriter, path: Typed): string {
  if (path.kind !== 'text') return writer.fail(`a path that is a ${path.kind}`);
  const parts = path.literal !== undefined ? [path.literal] : path.parts;
  if (parts === undefined) return writer.fail('a path held in a variable (its shape cannot be checked for the builder)');
  const holes: string[] = [];
  const skeleton = parts
    .map((part) => {
      if (typeof part === 'string') return part.replaceAll(NUMBER_HOLE, '').replaceAll(TEXT_HOLE, '');
      if (part.kind !== 'integer' && part.kind !== 'text') return writer.fail(`a ${part.kind} in a path`);
      // A number the script turned into text (`CStr(i)`, `{i}`) is written as the number: a template converts it the same way.
      const number = part.kind === 'text' ? /^String\(([\w$.]+(?:\[[\w$]+\]!?)?)\)$/.exec(part.code)?.[1] : part.code;
      holes.push(number ?? part.code);
      return number === undefined ? TEXT_HOLE : NUMBER_HOLE;
    })
    .join('');
  if (!SHAPE.test(skeleton)) return writer.fail(`the path ${JSON.stringify(skeleton.replace(/[\uE000\uE001]/gu, '…'))}, whose shape the builder may read differently`);
  const canonical = skeleton.replace(/\[(-?\d+)\]/g, (_all, index: string) => (index.startsWith('-') ? '[]' : `[${String(Number(index))}]`));
  if (holes.length === 0) return tsString(canonical);
  let at = 0;
  const template = canonical.replace(/[`\\$]/g, '\\$&').replace(/[\uE000\uE001]/gu, () => `\${${holes[at++] ?? ''}}`);
  return `\`${template}\``;
}
