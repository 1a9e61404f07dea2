import type { IrNode, IrScript } from '../ir.js';
import { JsonSyntaxError } from './json-leaves.js';
import { basicNodes, bodyAndSendNodes, headerNodes } from './request-nodes.js';

/**
 * A Postman collection (v2.1) that cannot be used, with what is wrong.
 *
 * @example
 * ```ts
 * postmanToIr('{"item":[]}'); // throws PostmanError: the collection holds no request
 * ```
 */
export class PostmanError extends Error {
  override name = 'PostmanError' as const;
}

type PostmanAuth = { readonly type?: string } & Record<string, unknown>;

interface PostmanItem {
  readonly name?: string;
  readonly item?: readonly PostmanItem[];
  readonly request?: PostmanRequest | string;
  /** Folders and the collection carry auth that their requests inherit. */
  readonly auth?: PostmanAuth;
}

interface PostmanRequest {
  readonly method?: string;
  readonly url?: string | { readonly raw?: string };
  readonly header?: readonly { readonly key?: string; readonly value?: string; readonly disabled?: boolean }[] | string;
  readonly body?: { readonly mode?: string; readonly raw?: string };
  readonly auth?: PostmanAuth;
}

// Each request with the auth it inherits: its own, else the nearest folder's, else the collection's
// (Postman's rule; an explicit `noauth` stops the inheritance).
function itemsOf(container: PostmanItem, trail: string[] = [], inherited?: PostmanAuth): { path: string; item: PostmanItem; auth?: PostmanAuth }[] {
  const auth = container.auth ?? inherited;
  return (container.item ?? []).flatMap((item) => {
    const path = [...trail, item.name ?? '(unnamed)'];
    return item.request === undefined ? itemsOf(item, path, auth) : [{ path: path.join(' / '), item, ...(auth === undefined ? {} : { auth }) }];
  });
}

function authValue(auth: Record<string, unknown>, type: string, key: string): string | undefined {
  const list = auth[type];
  if (!Array.isArray(list)) return undefined;
  const entry = (list as { key?: unknown; value?: unknown }[]).find((e) => e.key === key);
  return typeof entry?.value === 'string' ? entry.value : undefined;
}

/**
 * Reads one request of a Postman v2.1 collection (or a single item, as Postman's "copy item JSON" gives)
 * into the porter's IR: its method, URL template (`{{vars}}`, `:params`), headers, auth and raw JSON body.
 *
 * @param text - the collection or item JSON.
 * @param itemName - the item to take, by name or `Folder / Name`; required when there are several.
 * @returns the IR, as if a Chilkat script had built the body and sent it.
 * @throws {PostmanError} naming what is missing, and listing the items when the name matches none.
 * @example
 * ```ts
 * postmanToIr(collectionText, 'Update a client').nodes.at(-1)?.kind; //=> 'send'
 * ```
 */
export function postmanToIr(text: string, itemName?: string): IrScript {
  let document: PostmanItem;
  try {
    document = JSON.parse(text) as PostmanItem;
  } catch (error) {
    throw new PostmanError(`the collection is not JSON: ${(error as Error).message}`);
  }
  const candidates = document.request === undefined ? itemsOf(document) : [{ path: document.name ?? '(unnamed)', item: document }];
  if (candidates.length === 0) throw new PostmanError('the collection holds no request');
  const chosen =
    itemName === undefined
      ? candidates.length === 1
        ? candidates[0]
        : undefined
      : candidates.find((c) => c.path === itemName || c.item.name === itemName);
  if (chosen === undefined) {
    const list = candidates.map((c) => `  ${c.path}`).join('\n');
    throw new PostmanError(
      itemName === undefined ? `the collection holds ${String(candidates.length)} requests; pick one with --item NAME:\n${list}` : `no item named ${JSON.stringify(itemName)}; the items are:\n${list}`,
    );
  }
  const request = typeof chosen.item.request === 'string' ? { url: chosen.item.request, method: 'GET' } : (chosen.item.request ?? {});
  const url = typeof request.url === 'string' ? request.url : (request.url?.raw ?? '');
  if (url === '') throw new PostmanError(`the request ${JSON.stringify(chosen.path)} has no URL`);
  const nodes: IrNode[] = [{ kind: 'new', line: 1, handle: 'http', class: 'Http' }];
  type Header = { readonly key?: string; readonly value?: string; readonly disabled?: boolean };
  const headerList: readonly Header[] = typeof request.header === 'string' || request.header === undefined ? [] : request.header;
  const parsedHeaders = headerNodes(headerList.flatMap((h) => (h.disabled === true || h.key === undefined ? [] : [[h.key, h.value ?? ''] as const])));
  nodes.push(...parsedHeaders.nodes);
  const auth = request.auth ?? chosen.auth;
  if (auth?.type === 'bearer') {
    const token = authValue(auth, 'bearer', 'token');
    if (token !== undefined) nodes.push({ kind: 'http-option', line: 1, handle: 'http', name: 'AuthToken', value: token });
  } else if (auth?.type === 'basic') {
    nodes.push(...basicNodes(authValue(auth, 'basic', 'username') ?? '', authValue(auth, 'basic', 'password') ?? ''));
  } else if (auth?.type !== undefined && auth.type !== 'noauth') {
    nodes.push({ kind: 'unsupported', line: 1, message: `${auth.type} auth is not ported`, source: `auth: ${auth.type}` });
  }
  const raw = request.body?.mode === 'raw' ? (request.body.raw ?? '') : '';
  if (request.body?.mode !== undefined && request.body.mode !== 'raw') {
    nodes.push({ kind: 'unsupported', line: 1, message: `a ${request.body.mode} body is not ported (only raw JSON)`, source: `body: ${request.body.mode}` });
  }
  try {
    nodes.push(...bodyAndSendNodes(raw.trim() === '' ? undefined : raw, request.method ?? 'GET', url, parsedHeaders.contentType));
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const hint = /\{\{[\w.-]+\}\}/.test(raw) ? ' (a {{variable}} outside quotes is not JSON: quote it or give a sample value)' : '';
    throw new PostmanError(`the body of ${JSON.stringify(chosen.path)} is not JSON: ${error.message}${hint}`);
  }
  return { language: 'postman', nodes };
}
