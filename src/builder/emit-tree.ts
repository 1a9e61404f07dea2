import { RawNumber, type StoredObject } from '../json/index.js';
import { memberText } from '../path/index.js';
import type { Prefix } from './prefix-tree.js';
import { ArrayNode, Branch, ObjectNode, Twig, type Child } from './tree.js';

// Any surrogate sends the string to JSON.stringify, which keeps pairs and escapes lone ones.
// eslint-disable-next-line no-control-regex -- control characters are what JSON escapes
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/**
 * @internal Writes the tree as compact JSON text straight from its nodes: keys were quoted once (in the
 * parse cache or when the member was made), strings go through `JSON.stringify`, and no object is built.
 * Members come out in the order of the calls that made them. `raw` says whether stored values may hold
 * raw numbers: without them a stored value's text is exactly `JSON.stringify`'s; with them, it is walked
 * here, raw text written verbatim (Node 20 has no `JSON.rawJSON`).
 */
export function emitCompact(child: Child, raw: boolean): string {
  switch (typeof child) {
    case 'string':
      // What JSON.stringify escapes (quotes, backslashes, control characters, lone surrogates) is rare: most strings only need their quotes.
      return NEEDS_ESCAPE.test(child) ? JSON.stringify(child) : '"' + child + '"';
    case 'number':
      return '' + child; // stored numbers are finite and never -0, where this is JSON.stringify's text, twice as fast
    case 'boolean':
      return child ? 'true' : 'false';
  }
  if (child === null) return 'null';
  if (child instanceof Branch) {
    const { members } = child;
    let out = '';
    // The places hold the punctuation with the key: one string less per member.
    for (let i = 0; i < members.length; i += 2) out += (i === 0 ? (members[i] as Prefix).opening : (members[i] as Prefix).following) + emitCompact(members[i + 1] as Child, raw);
    return out === '' ? '{}' : out + '}';
  }
  if (child instanceof Twig) return emitItems(child.items, raw);
  if (child instanceof ObjectNode) {
    let out = '';
    for (const member of child.members.values()) out += (out === '' ? '{' : ',') + member.quoted + emitCompact(member.value, raw);
    return out === '' ? '{}' : out + '}';
  }
  if (child instanceof ArrayNode) return emitItems(child.items, raw);
  if (child instanceof RawNumber) return child.text;
  if (!raw) return JSON.stringify(child);
  if (Array.isArray(child)) return emitItems(child, raw);
  let out = '';
  for (const key of Object.keys(child)) out += (out === '' ? '{' : ',') + memberText(key) + emitCompact((child)[key] as Child, raw);
  return out === '' ? '{}' : out + '}';
}

function emitItems(items: readonly Child[], raw: boolean): string {
  if (items.length === 0) return '[]';
  let out = '[' + emitCompact(items[0] as Child, raw);
  for (let i = 1; i < items.length; i++) out += ',' + emitCompact(items[i] as Child, raw);
  return out + ']';
}

/**
 * @internal The same text, indented by two spaces per level; `indent` is the current line's. For states
 * (#compute), stored values included; never a plain replay.
 */
export function emitPretty(child: Child, raw: boolean, indent: string): string {
  const lines: string[] = [];
  let open = '[';
  if (child instanceof ObjectNode) {
    open = '{';
    for (const member of child.members.values()) lines.push(`${member.quoted} ${emitPretty(member.value, raw, indent + '  ')}`);
  } else if (child instanceof ArrayNode || Array.isArray(child)) {
    for (const item of child instanceof ArrayNode ? child.items : (child as Child[])) lines.push(emitPretty(item, raw, indent + '  '));
  } else if (typeof child === 'object' && child !== null && !(child instanceof RawNumber)) {
    open = '{';
    for (const key of Object.keys(child)) lines.push(`${JSON.stringify(key)}: ${emitPretty((child as StoredObject)[key] as Child, raw, indent + '  ')}`);
  } else {
    return emitCompact(child, raw);
  }
  const close = open === '{' ? '}' : ']';
  return lines.length === 0 ? open + close : `${open}\n${indent}  ${lines.join(`,\n${indent}  `)}\n${indent}${close}`;
}
