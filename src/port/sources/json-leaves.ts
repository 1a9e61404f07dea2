import type { IrNode, IrValue } from '../ir.js';

/** A JSON value read with its number text kept exactly as written. */
type Scanned =
  | { readonly kind: 'object'; readonly members: readonly (readonly [string, Scanned])[] }
  | { readonly kind: 'array'; readonly items: readonly Scanned[] }
  | { readonly kind: 'scalar'; readonly value: IrValue };

/**
 * A JSON document that does not parse, with the 0-based offset where it stops.
 *
 * @example
 * ```ts
 * jsonSampleToIr('{"a":}'); // throws JsonSyntaxError: expected a JSON value at 5
 * ```
 */
export class JsonSyntaxError extends Error {
  override name = 'JsonSyntaxError' as const;
  constructor(
    readonly position: number,
    /** What was wrong, without the position. */
    readonly reason: string,
  ) {
    super(`${reason} at ${String(position)}`);
  }
}

/**
 * How deep a JSON sample or body may nest (objects and arrays) for the porter; deeper text is refused
 * with a {@link JsonSyntaxError} at the bracket that goes one level too deep, never a stack overflow.
 *
 * @example
 * jsonSampleToIr('{"a":'.repeat(501) + '1' + '}'.repeat(501)); // throws JsonSyntaxError: the JSON nests deeper than 500 levels at 2500
 */
export const MAX_JSON_DEPTH = 500;

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

// Hand-written: JSON.parse on Node 20 cannot give a number's source text (no reviver context), and the
// port must keep `1.50` as `1.50`.
function scan(text: string): Scanned {
  let pos = 0;
  const ws = (): void => {
    while (pos < text.length && ' \t\r\n'.includes(text[pos] ?? '')) pos++;
  };
  const expect = (char: string): void => {
    if (text[pos] !== char) throw new JsonSyntaxError(pos, `expected ${JSON.stringify(char)}`);
    pos++;
  };
  const string = (): string => {
    const start = pos;
    expect('"');
    while (pos < text.length && text[pos] !== '"') pos += text[pos] === '\\' ? 2 : 1;
    expect('"');
    return JSON.parse(text.slice(start, pos)) as string;
  };
  let depth = 0;
  const enter = (): void => {
    if (depth >= MAX_JSON_DEPTH) throw new JsonSyntaxError(pos, `the JSON nests deeper than ${String(MAX_JSON_DEPTH)} levels`);
    depth++;
    pos++;
  };
  const value = (): Scanned => {
    ws();
    const c = text[pos];
    if (c === '{') {
      enter();
      const members: [string, Scanned][] = [];
      ws();
      if (text[pos] === '}') {
        pos++;
        depth--;
        return { kind: 'object', members };
      }
      for (;;) {
        ws();
        const key = string();
        ws();
        expect(':');
        members.push([key, value()]);
        ws();
        if (text[pos] === ',') pos++;
        else break;
      }
      expect('}');
      depth--;
      return { kind: 'object', members };
    }
    if (c === '[') {
      enter();
      const items: Scanned[] = [];
      ws();
      if (text[pos] === ']') {
        pos++;
        depth--;
        return { kind: 'array', items };
      }
      for (;;) {
        items.push(value());
        ws();
        if (text[pos] === ',') pos++;
        else break;
      }
      expect(']');
      depth--;
      return { kind: 'array', items };
    }
    if (c === '"') return { kind: 'scalar', value: { type: 'string', value: string() } };
    for (const [word, scalar] of [
      ['true', { type: 'boolean', value: true }],
      ['false', { type: 'boolean', value: false }],
      ['null', { type: 'null' }],
    ] as const) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return { kind: 'scalar', value: scalar };
      }
    }
    // Sticky, not text.slice(pos): a copy of the rest of the text per number made large samples quadratic.
    NUMBER.lastIndex = pos;
    const number = NUMBER.exec(text);
    if (number === null) throw new JsonSyntaxError(pos, 'expected a JSON value');
    pos += number[0].length;
    return { kind: 'scalar', value: { type: 'number', text: number[0] } };
  };
  const result = value();
  ws();
  if (pos < text.length) throw new JsonSyntaxError(pos, 'expected the end of the document');
  return result;
}

// A key Chilkat reads plainly: no delimiter, brackets, quotes, backslashes or blanks at the edges.
const PLAIN_KEY = /^[^.[\]"\\\s](?:[^.[\]"\\]*[^.[\]"\\\s])?$/;

/**
 * Turns a JSON document into the `Update*` calls that build it on a Chilkat JsonObject, one per leaf
 * (scalars, empty objects, empty arrays), in document order, with Chilkat path text.
 *
 * @param text - the JSON document (its root must be an object).
 * @param handle - the JsonObject variable the calls are made on.
 * @param line - the source line to give every node.
 * @returns the IR nodes; keys that no Chilkat path can spell become `unsupported` nodes.
 * @throws {JsonSyntaxError} when the text is not JSON, or its root is not an object.
 * @example
 * ```ts
 * jsonToUpdates('{"a":{"b":[1.50]}}', 'json', 1);
 * //=> [{ kind: 'update', line: 1, handle: 'json', method: 'UpdateNumber', path: 'a.b[0]', value: { type: 'number', text: '1.50' } }]
 * ```
 */
export function jsonToUpdates(text: string, handle: string, line: number): IrNode[] {
  const root = scan(text);
  if (root.kind !== 'object') throw new JsonSyntaxError(0, 'expected an object at the root');
  const nodes: IrNode[] = [];
  const visit = (value: Scanned, path: string): void => {
    if (value.kind === 'object' && value.members.length > 0) {
      for (const [key, member] of value.members) {
        if (key === '' || key.includes('"') || key.includes('\\')) {
          nodes.push({ kind: 'unsupported', line, message: `the key ${JSON.stringify(key)} cannot be written as a Chilkat path`, source: key });
          continue;
        }
        const segment = PLAIN_KEY.test(key) ? key : `"${key}"`;
        visit(member, path === '' ? segment : `${path}.${segment}`);
      }
    } else if (value.kind === 'array' && value.items.length > 0) {
      value.items.forEach((item, i) => visit(item, `${path}[${String(i)}]`));
    } else if (value.kind === 'object') {
      if (path !== '') nodes.push({ kind: 'update', line, handle, method: 'UpdateNewObject', path });
    } else if (value.kind === 'array') {
      nodes.push({ kind: 'update', line, handle, method: 'UpdateNewArray', path });
    } else {
      nodes.push({ kind: 'update', line, handle, method: updateMethod(value.value), path, value: value.value });
    }
  };
  visit(root, '');
  return nodes;
}

function updateMethod(value: IrValue): 'UpdateString' | 'UpdateInt' | 'UpdateNumber' | 'UpdateBool' | 'UpdateNull' {
  switch (value.type) {
    case 'string':
      return 'UpdateString';
    case 'boolean':
      return 'UpdateBool';
    case 'null':
      return 'UpdateNull';
    case 'number':
      // UpdateInt takes a 32-bit int; anything else keeps its exact text through UpdateNumber.
      // "-0" keeps its sign only as text, so it goes through UpdateNumber too.
      return /^-?\d+$/.test(value.text) && value.text !== '-0' && Math.abs(Number(value.text)) < 2 ** 31 ? 'UpdateInt' : 'UpdateNumber';
  }
}
