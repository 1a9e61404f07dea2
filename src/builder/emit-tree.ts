import { emitJson } from '../emit/index.js';
import { RawNumber, type StoredValue } from '../json/index.js';
import { ArrayNode, Branch, ObjectNode, Twig, type Child } from './tree.js';

/**
 * @internal Writes the tree as compact JSON text straight from its nodes: keys were quoted once (in the
 * parse cache or when the member was made), strings go through `JSON.stringify`, and no object is built.
 * Members come out in the order of the calls that made them. `raw` says whether stored values may hold raw numbers.
 */
export function emitCompact(child: Child, raw: boolean): string {
  switch (typeof child) {
    case 'string':
      return JSON.stringify(child);
    case 'number':
      return JSON.stringify(child);
    case 'boolean':
      return child ? 'true' : 'false';
  }
  if (child === null) return 'null';
  if (child instanceof Branch) {
    const { members, quoted } = child;
    if (members === undefined) return '{}';
    let out = '';
    let i = 0;
    for (const value of members.values()) out += (i === 0 ? '{' : ',') + (quoted as string[])[i++] + emitCompact(value, raw);
    return out + '}';
  }
  if (child instanceof Twig) return emitItems(child.items, raw);
  if (child instanceof ObjectNode) {
    let out = '';
    for (const member of child.members.values()) out += (out === '' ? '{' : ',') + member.quoted + emitCompact(member.value, raw);
    return out === '' ? '{}' : out + '}';
  }
  if (child instanceof ArrayNode) return emitItems(child.items, raw);
  if (child instanceof RawNumber) return child.text;
  return emitJson(child, raw);
}

function emitItems(items: readonly Child[], raw: boolean): string {
  if (items.length === 0) return '[]';
  let out = '[' + emitCompact(items[0] as Child, raw);
  for (let i = 1; i < items.length; i++) out += ',' + emitCompact(items[i] as Child, raw);
  return out + ']';
}

/** @internal The same text, indented by two spaces per level; `indent` is the current line's. Only for states (#compute), never a plain replay. */
export function emitPretty(child: Child, raw: boolean, indent: string): string {
  if (child instanceof ObjectNode) {
    const inner = indent + '  ';
    const members: string[] = [];
    for (const member of child.members.values()) members.push(`${member.quoted} ${emitPretty(member.value, raw, inner)}`);
    return members.length === 0 ? '{}' : `{\n${inner}${members.join(`,\n${inner}`)}\n${indent}}`;
  }
  if (child instanceof ArrayNode) {
    const inner = indent + '  ';
    if (child.items.length === 0) return '[]';
    return `[\n${inner}${child.items.map((item) => emitPretty(item, raw, inner)).join(`,\n${inner}`)}\n${indent}]`;
  }
  if (typeof child !== 'object' || child === null || child instanceof RawNumber) return emitCompact(child, raw);
  // A stored container: JSON text never holds a raw line break, so indenting every line is safe.
  return emitJson(child as StoredValue, raw, { pretty: true }).replace(/\n/g, `\n${indent}`);
}
