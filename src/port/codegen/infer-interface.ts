/**
 * Infers a TypeScript type from the document a script builds, for the
 * `interface` of the generated module.
 *
 * @example
 * typeSource({ kind: 'array', items: [{ kind: 'string', text: '' }] }, ''); //=> 'string[]'
 */
import type { ChilkatNode, ChilkatObjectNode } from '../../chilkat/model.js';
import { storedText } from '../stored-text.js';
import { tsPropertyName } from './ts-text.js';

const INDENT = '  ';

/** Merges the members of several objects: a member missing from some becomes optional. */
function mergeObjects(objects: readonly ChilkatObjectNode[], indent: string): string {
  // One pass into a Map (first-seen key order): a search per key made wide objects quadratic.
  const valuesByKey = new Map<string, ChilkatNode[]>();
  for (const object of objects) {
    for (const member of object.members) {
      // The key as the emitted JSON reads (the builder's path uses the same decoding).
      const key = storedText(member.key);
      const values = valuesByKey.get(key);
      if (values === undefined) valuesByKey.set(key, [member.value]);
      else values.push(member.value);
    }
  }
  const lines = [...valuesByKey].map(([key, values]) => {
    const optional = values.length < objects.length ? '?' : '';
    return `${indent}${INDENT}${tsPropertyName(key)}${optional}: ${unionSource(values, indent + INDENT)};`;
  });
  return `{\n${lines.join('\n')}\n${indent}}`;
}

function unionSource(nodes: readonly ChilkatNode[], indent: string): string {
  const objects = nodes.filter((node): node is ChilkatObjectNode => node.kind === 'object' && node.members.length > 0);
  const parts = new Set<string>();
  if (objects.length > 0) parts.add(mergeObjects(objects, indent));
  for (const node of nodes) if (!(node.kind === 'object' && node.members.length > 0)) parts.add(typeSource(node, indent));
  return [...parts].join(' | ');
}

/**
 * The TypeScript type of one node.
 *
 * @param node - A node of the evaluated document.
 * @param indent - The indentation of the line the type starts on.
 * @returns Type source text.
 * @example
 * typeSource(createObjectNode(), ''); //=> 'Record<string, unknown>'
 */
export function typeSource(node: ChilkatNode, indent: string): string {
  switch (node.kind) {
    case 'string': return 'string';
    case 'number': return 'number';
    case 'true': case 'false': return 'boolean';
    case 'null': return 'null';
    case 'placeholder': return 'Record<string, unknown>';
    case 'object': return node.members.length === 0 ? 'Record<string, unknown>' : mergeObjects([node], indent);
    case 'array': {
      if (node.items.length === 0) return 'unknown[]';
      const item = unionSource(node.items, indent);
      return /^[\w<>, ]+$/.test(item) ? `${item}[]` : `Array<${item}>`;
    }
  }
}

/**
 * An exported interface declaration for the body.
 *
 * @param name - The interface name.
 * @param root - The evaluated document (an object).
 * @returns The declaration source text.
 * @example
 * interfaceSource('RequestBody', { kind: 'object', members: [{ key: 'a', value: { kind: 'null' } }], everHadMembers: true }); //=> 'export interface RequestBody {\n  a: null;\n}'
 */
export function interfaceSource(name: string, root: ChilkatObjectNode): string {
  if (root.members.length === 0) return `export type ${name} = Record<string, never>;`;
  return `export interface ${name} ${mergeObjects([root], '')}`;
}
