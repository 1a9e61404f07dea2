import { RawNumber } from '../../../src/json/index.js';
import { memberText } from '../../../src/path/index.js';
import { Arr, Obj, type Child } from './nodes.js';

// Any surrogate sends the string to JSON.stringify, which keeps pairs and escapes lone ones.
// eslint-disable-next-line no-control-regex -- control characters are what JSON escapes
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

// Each key's text start (`"a":`), across chains: a fresh chain's shapes are new, its keys mostly not. Bounded like the parse cache.
const quotedKeys = new Map<string, string>();
function quote(key: string): string {
  let text = quotedKeys.get(key);
  if (text === undefined) {
    if (quotedKeys.size >= 20_000) quotedKeys.clear();
    quotedKeys.set(key, (text = memberText(key)));
  }
  return text;
}

/**
 * Whether emit() keeps each node's text on the node (nodes never change), so that a builder one set() away from
 * an emitted one writes only the nodes on that set's path. It costs fresh chains time (measured in bench.ts,
 * which turns it off to compare); a setting only so that the benchmark can measure both in one process.
 */
export const textSettings = { keepNodeText: true };

/**
 * Compact JSON text of a child, members in call order (see textSettings for what is kept). `raw`: whether stored
 * values may hold raw numbers (without them, a stored value's text is `JSON.stringify`'s).
 */
export function emitCompact(child: Child, raw: boolean): string {
  switch (typeof child) {
    case 'string':
      return NEEDS_ESCAPE.test(child) ? JSON.stringify(child) : '"' + child + '"';
    case 'number':
      return '' + child; // stored numbers are finite and never -0
    case 'boolean':
      return child ? 'true' : 'false';
  }
  if (child === null) return 'null';
  if (child instanceof Obj) {
    if (child.text !== undefined) return child.text;
    const { keys, quoted } = child.shape;
    let out = '{';
    for (let i = 0; i < child.size; i++) out += (i === 0 ? '' : ',') + (quoted[i] ??= quote(keys[i] as string)) + emitCompact(child.values[i] as Child, raw);
    out += '}';
    if (textSettings.keepNodeText) child.text = out;
    return out;
  }
  if (child instanceof Arr) {
    if (child.text !== undefined) return child.text;
    let out = '[';
    for (let i = 0; i < child.size; i++) out += (i === 0 ? '' : ',') + emitCompact(child.values[i] as Child, raw);
    out += ']';
    if (textSettings.keepNodeText) child.text = out;
    return out;
  }
  if (child instanceof RawNumber) return child.text;
  if (!raw) return JSON.stringify(child);
  if (Array.isArray(child)) return '[' + child.map((item) => emitCompact(item, raw)).join(',') + ']';
  return '{' + Object.keys(child).map((key) => memberText(key) + emitCompact((child)[key] as Child, raw)).join(',') + '}';
}

/** The same text indented by two spaces per level (`indent` is the current line's); not cached. */
export function emitPretty(child: Child, raw: boolean, indent: string): string {
  let lines: string[];
  let open = '{';
  if (child instanceof Obj) {
    lines = [];
    for (let i = 0; i < child.size; i++) lines.push(`${memberText(child.shape.keys[i] as string)} ${emitPretty(child.values[i] as Child, raw, indent + '  ')}`);
  } else if (child instanceof Arr) {
    open = '[';
    lines = [];
    for (let i = 0; i < child.size; i++) lines.push(emitPretty(child.values[i] as Child, raw, indent + '  '));
  } else if (Array.isArray(child)) {
    open = '[';
    lines = child.map((item) => emitPretty(item, raw, indent + '  '));
  } else if (typeof child === 'object' && child !== null && !(child instanceof RawNumber)) {
    lines = Object.keys(child).map((key) => `${memberText(key)} ${emitPretty((child)[key] as Child, raw, indent + '  ')}`);
  } else {
    return emitCompact(child, raw);
  }
  const close = open === '{' ? '}' : ']';
  return lines.length === 0 ? open + close : `${open}\n${indent}  ${lines.join(`,\n${indent}  `)}\n${indent}${close}`;
}
