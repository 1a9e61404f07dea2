import { RawNumber } from '../../../src/json/index.js';
import { Arr, Obj, type Child } from './nodes.js';

// Any surrogate sends the string to JSON.stringify, which keeps pairs and escapes lone ones.
// eslint-disable-next-line no-control-regex -- control characters are what JSON escapes
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

const quote = (text: string): string => (NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : '"' + text + '"');

// Keys as compact text (`"a":`), quoted once: payloads repeat their keys. Bounded: emptied when full.
const quoted = new Map<string, string>();
function member(key: string): string {
  let text = quoted.get(key);
  if (text === undefined) {
    if (quoted.size > 10_000) quoted.clear();
    quoted.set(key, (text = quote(key) + ':'));
  }
  return text;
}

/**
 * The JSON text of a child, in the order of the calls that made the members. `line` is undefined for compact
 * text, else the current line break and indent (`'\n'` at the root) for two-space pretty text. `raw` says
 * whether stored values may hold raw numbers: without them (and compact), a stored value is JSON.stringify's.
 */
export function writeText(child: Child, raw: boolean, line?: string): string {
  if (typeof child === 'string') return quote(child);
  // Stored numbers are finite and never -0: this is JSON.stringify's text; booleans and null likewise.
  if (typeof child !== 'object' || child === null) return '' + child;
  if (child instanceof RawNumber) return child.text;
  const inner = line === undefined ? '' : line + '  ';
  const colon = line === undefined ? ':' : ': ';
  let out = '';
  if (child instanceof Obj) {
    if (line === undefined) {
      for (const [key, { v }] of child.s) out += (out === '' ? '{' : ',') + member(key) + writeText(v, raw);
      return out === '' ? '{}' : out + '}';
    }
    for (const [key, { v }] of child.s) out += (out === '' ? '{' : ',') + inner + quote(key) + colon + writeText(v, raw, line && inner);
  } else if (child instanceof Arr) {
    for (const { v } of child.s) out += (out === '' ? '[' : ',') + inner + writeText(v, raw, line && inner);
  } else if (Array.isArray(child)) {
    if (line === undefined && !raw) return JSON.stringify(child);
    for (const item of child) out += (out === '' ? '[' : ',') + inner + writeText(item, raw, line && inner);
  } else {
    if (line === undefined && !raw) return JSON.stringify(child);
    for (const key of Object.keys(child)) out += (out === '' ? '{' : ',') + inner + quote(key) + colon + writeText((child)[key] as Child, raw, line && inner);
  }
  const open = child instanceof Obj || !(child instanceof Arr || Array.isArray(child));
  return out === '' ? (open ? '{}' : '[]') : out + (line ?? '') + (open ? '}' : ']');
}
