/**
 * A Chilkat path as the builder's path, for builder style. Chilkat and the
 * builder read the plain shape of a path the same way (`key`, `.key`,
 * `[n]`, and `[i]`/`[j]`/`[k]`, the JsonObject's counters); anything else (quoted keys, spaces, a path held in a variable) is reported rather than guessed. A
 * path held in a variable a built-in wrote just before (C's `sprintf(path, "a[%d]", i)`) is checked by
 * what was written, and the variable itself is given to the builder, typed by that shape. A
 * literal index is written canonically (`[01]` is `[1]`; a negative one,
 * which Chilkat appends, is `[]`). Holes are an integer alone inside brackets,
 * or integers and text inside a key; at run time the builder then follows Chilkat's way
 * with `{ gaps: 'append', conflicts: 'skip' }` (see builder-calls.ts).
 *
 * @example
 * builderPath(writer, { code: '`a[${i}]`', kind: 'text', parts: ['a[', { code: 'i', kind: 'integer' }, ']'] }).source; //=> '`a[${i}]`'
 */
import { tsString } from '../codegen/ts-text.js';
import type { PathPart } from './body-type.js';
import type { ExpressionWriter } from './expressions.js';
import type { Typed, WrittenText } from './scope.js';

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
 * @param counter - The source of the JsonObject's `I`, `J` or `K` for a `[i]`, `[j]` or `[k]` in the path.
 * @param written - For a path held in a variable: the text a built-in wrote into it earlier in the block ({@link Scope.wrote}).
 * @returns Source text of the path (a string literal or a template literal), and its shape.
 * @example
 * builderPath(writer, { code: "'grant_types[01]'", kind: 'text', literal: 'grant_types[01]' }); //=> { source: "'grant_types[1]'", shape: ['grant_types', 0] }
 */
export function builderPath(writer: ExpressionWriter, path: Typed, counter: (letter: string) => string = () => writer.fail('a path with [i], [j] or [k]'), written?: WrittenText): { readonly source: string; readonly shape: readonly PathPart[] } {
  if (path.kind !== 'text') return writer.fail(`a path that is a ${path.kind}`);
  const own = path.literal !== undefined ? [path.literal] : (path.parts ?? templateParts(path.code, new Set()));
  const held = own === undefined && written !== undefined ? templateParts(written.code, written.integers) : undefined;
  const parts = own ?? held;
  if (parts === undefined) return writer.fail('a path held in a variable (its shape cannot be checked for the builder)');
  // The variable's text reaches the builder as it is: Chilkat's counters are not filled in.
  const count = held === undefined ? counter : (): never => writer.fail(`the path in ${path.code}, written with [i], [j] or [k]`);
  const holes: string[] = [];
  const skeleton = parts
    .map((part) => {
      if (typeof part === 'string') {
        // Chilkat's counters: `[i]` is the index the JsonObject's I holds.
        return part.replaceAll(NUMBER_HOLE, '').replaceAll(TEXT_HOLE, '').replace(/\[([ijk])\]/g, (_all, letter: string) => {
          holes.push(count(letter));
          return `[${NUMBER_HOLE}]`;
        });
      }
      if (part.kind !== 'integer' && part.kind !== 'text') return writer.fail(`a ${part.kind} in a path`);
      // A number the script turned into text (`CStr(i)`, `{i}`) is written as the number: a template converts it the same way.
      const number = part.kind === 'text' ? convertedNumber(part.code) : part.code;
      holes.push(number ?? part.code);
      return number === undefined ? TEXT_HOLE : NUMBER_HOLE;
    })
    .join('');
  if (!SHAPE.test(skeleton)) return writer.fail(`the path ${JSON.stringify(skeleton.replace(/[\uE000\uE001]/gu, '…'))}, whose shape the builder may read differently`);
  const canonical = skeleton.replace(/\[(-?\d+)\]/g, (_all, index: string) => (index.startsWith('-') ? '[]' : `[${String(Number(index))}]`));
  if (held !== undefined && canonical !== skeleton) return writer.fail(`the path in ${path.code}, whose index is not written plainly`);
  // The shape of the path for the body's interface: keys, indexes (0 stands for any) and computed keys (null).
  const shape = canonical.split('.').flatMap((segment): PathPart[] => {
    const [key = '', ...indexes] = segment.split('[');
    return [/[\uE000\uE001]/u.test(key) ? null : key, ...indexes.map(() => 0)];
  });
  if (held !== undefined) {
    // The script's own text, typed by the shape it was written with (the body sent is the script's).
    const type = canonical.replace(/[`\\$]/g, '\\$&').replace(/[\uE000\uE001]/gu, (hole) => (hole === NUMBER_HOLE ? '${number}' : '${string}'));
    return { source: `${path.code} as \`${type}\``, shape };
  }
  if (holes.length === 0) return { source: tsString(canonical), shape };
  let at = 0;
  const template = canonical.replace(/[`\\$]/g, '\\$&').replace(/[\uE000\uE001]/gu, () => `\${${holes[at++] ?? ''}}`);
  return { source: `\`${template}\``, shape };
}

/** `x` for `String(x)` (a whole call, brackets balanced), else `undefined`. */
function convertedNumber(code: string): string | undefined {
  const inner = /^String\((.*)\)$/s.exec(code)?.[1];
  if (inner === undefined || /[`'"]/.test(inner)) return undefined;
  let depth = 0;
  for (const char of inner) {
    depth += char === '(' ? 1 : char === ')' ? -1 : 0;
    if (depth < 0) return undefined;
  }
  return depth === 0 ? inner : undefined;
}

/**
 * The parts of a template literal a built-in wrote (`fmt.Sprintf` gives `` `a_${i}` ``): its text and
 * its holes, taken as text (so they may stand only inside keys) unless known to be integers; `undefined`
 * for any other code.
 */
function templateParts(code: string, integers: ReadonlySet<string>): (string | Typed)[] | undefined {
  if (!/^`[^`]*`$/.test(code)) return undefined;
  const parts: (string | Typed)[] = [];
  let text = '';
  for (let at = 1; at < code.length - 1; at += 1) {
    const char = code.charAt(at);
    if (char === '\\') {
      const next = code.charAt(at + 1);
      if (!'\\`$'.includes(next)) return undefined;
      text += next;
      at += 1;
    } else if (char === '$' && code.charAt(at + 1) === '{') {
      const end = code.indexOf('}', at);
      const hole = code.slice(at + 2, end);
      if (end < 0 || /[{'"]/.test(hole)) return undefined;
      parts.push(text, { code: hole, kind: integers.has(hole) ? 'integer' : 'text' });
      text = '';
      at = end;
    } else {
      text += char;
    }
  }
  return [...parts, text];
}
