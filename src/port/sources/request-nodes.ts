import type { IrNode } from '../ir.js';
import { jsonToUpdates } from './json-leaves.js';

// The IR that a request description (Postman item, curl command) becomes, shared by both readers: it is
// what a Chilkat script doing the same request would have produced.

/**
 * Header IR: a `Bearer` Authorization becomes `AuthToken`, Content-Type is set aside for the send call.
 *
 * @example
 * ```ts
 * headerNodes([['Authorization', 'Bearer {{t}}']]).nodes[0]; //=> { kind: 'http-option', ..., name: 'AuthToken', value: '{{t}}' }
 * ```
 */
export function headerNodes(headers: readonly (readonly [string, string])[]): { nodes: IrNode[]; contentType?: string } {
  const nodes: IrNode[] = [];
  let contentType: string | undefined;
  for (const [name, value] of headers) {
    const bearer = /^bearer\s+(.*)$/i.exec(value);
    if (name.toLowerCase() === 'authorization' && bearer !== null) nodes.push({ kind: 'http-option', line: 1, handle: 'http', name: 'AuthToken', value: bearer[1] ?? '' });
    else if (name.toLowerCase() === 'content-type') contentType = value;
    else nodes.push({ kind: 'header', line: 1, handle: 'http', name, value });
  }
  return contentType === undefined ? { nodes } : { nodes, contentType };
}

/**
 * Basic-auth IR: `BasicAuth`, `Login`, `Password`.
 *
 * @example
 * ```ts
 * basicNodes('{{user}}', '{{password}}').length; //=> 3
 * ```
 */
export function basicNodes(username: string, password: string): IrNode[] {
  return [
    { kind: 'http-option', line: 1, handle: 'http', name: 'BasicAuth', value: true },
    { kind: 'http-option', line: 1, handle: 'http', name: 'Login', value: username },
    { kind: 'http-option', line: 1, handle: 'http', name: 'Password', value: password },
  ];
}

/**
 * The body's IR (one `Update*` per leaf of the JSON, emitted into a StringBuilder) and the send call.
 *
 * @param json - the JSON body text, or `undefined` for a request without one.
 * @example
 * ```ts
 * bodyAndSendNodes('{"a":1}', 'PATCH', 'https://x.example', undefined).at(-1)?.kind; //=> 'send'
 * ```
 */
export function bodyAndSendNodes(json: string | undefined, method: string, url: string, contentType: string | undefined): IrNode[] {
  const nodes: IrNode[] = [];
  if (json !== undefined) {
    nodes.push({ kind: 'new', line: 1, handle: 'json', class: 'JsonObject' }, ...jsonToUpdates(json, 'json', 1));
    nodes.push({ kind: 'new', line: 1, handle: 'sb', class: 'StringBuilder' }, { kind: 'emit-sb', line: 1, handle: 'json', sb: 'sb' });
  }
  nodes.push({
    kind: 'send',
    line: 1,
    handle: 'http',
    call: json === undefined ? 'QuickRequest' : 'PTextSb',
    method: method.toUpperCase(),
    url,
    body: json === undefined ? { kind: 'none' } : { kind: 'sb', handle: 'sb' },
    ...(json === undefined ? {} : { contentType: contentType ?? 'application/json', charset: 'utf-8' }),
  });
  return nodes;
}
