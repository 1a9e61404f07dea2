import type { ChilkatNode, ChilkatObjectNode } from './model.js';

/** How to print: Chilkat's EmitCompact and EmitCrLf properties. */
export interface ChilkatEmitOptions {
  compact: boolean;
  crlf: boolean;
}

/**
 * Prints a node as Chilkat's Emit does, byte for byte (docs/chilkat-semantics.md §8): stored texts go out unchanged.
 *
 * @example
 * emitChilkatNode({ kind: 'array', items: [] }, { compact: false, crlf: false }); //=> '[\n]'
 */
export function emitChilkatNode(node: ChilkatNode, options: ChilkatEmitOptions): string {
  if (options.compact) return emitCompact(node);
  return emitPretty(node, 0, options.crlf ? '\r\n' : '\n');
}

/**
 * Prints a document root: as {@link emitChilkatNode}, plus the final line break pretty output has
 * unless the root never had a member.
 *
 * @example
 * emitChilkatRoot({ kind: 'object', members: [], everHadMembers: true }, { compact: false, crlf: false }); //=> '{\n}\n'
 */
export function emitChilkatRoot(root: ChilkatObjectNode, options: ChilkatEmitOptions): string {
  if (options.compact) return emitCompact(root);
  const newline = options.crlf ? '\r\n' : '\n';
  const text = emitPretty(root, 0, newline);
  return root.members.length > 0 || root.everHadMembers ? text + newline : text;
}

function emitCompact(node: ChilkatNode): string {
  switch (node.kind) {
    case 'object': {
      let out = '{';
      node.members.forEach((member, index) => {
        if (index > 0) out += ',';
        out += `"${member.key}":${emitCompact(member.value)}`;
      });
      return out + '}';
    }
    case 'array':
      return `[${node.items.map(emitCompact).join(',')}]`;
    default:
      return emitScalar(node);
  }
}

function emitPretty(node: ChilkatNode, depth: number, newline: string): string {
  switch (node.kind) {
    case 'object': {
      if (node.members.length === 0) return node.everHadMembers ? `{${newline}${indent(depth)}}` : '{}';
      const inner = indent(depth + 1);
      const lines = node.members.map(
        (member) => `${inner}"${member.key}": ${emitPretty(member.value, depth + 1, newline)}`,
      );
      return `{${newline}${lines.join(`,${newline}`)}${newline}${indent(depth)}}`;
    }
    case 'array': {
      // An empty array always spreads over two lines, unlike an empty object.
      if (node.items.length === 0) return `[${newline}${indent(depth)}]`;
      const inner = indent(depth + 1);
      const lines = node.items.map((item) => inner + emitPretty(item, depth + 1, newline));
      return `[${newline}${lines.join(`,${newline}`)}${newline}${indent(depth)}]`;
    }
    default:
      return emitScalar(node);
  }
}

function emitScalar(node: Exclude<ChilkatNode, { kind: 'object' | 'array' }>): string {
  switch (node.kind) {
    case 'string':
      return `"${node.text}"`;
    case 'number':
      return node.text;
    case 'placeholder':
      return '{}';
    default:
      return node.kind;
  }
}

function indent(depth: number): string {
  return '  '.repeat(depth);
}
