/**
 * Builder style's reading of responses. A `JsonObject` the script loads with
 * a response's text (`jResp.Load(resp.BodyStr)`) is not a body: it becomes
 * that response's data, typed by what the script reads from it
 * (`let jResp: JRespData = {}; … jResp = resp.data as JRespData;`), and its
 * reads become member reads with Chilkat's answer for a missing member
 * (`jResp.StringOf("user.id")` → `(jResp.user?.id ?? '')`). Which objects
 * hold a response is read from the whole program before anything is written,
 * since the object is declared before the send whose answer it loads.
 *
 * @example
 * const data = new ResponseData(responseHolders(program));
 * data.create('tok'); //=> ['let tok: TokData = {};']
 */
import type { Expression, Program, Statement } from '../ast/index.js';
import { canonicalMethod, propertyName } from '../chilkat-names.js';
import { tsIdentifier, tsPropertyName } from '../codegen/ts-text.js';
import { BodyType } from './body-type.js';
import type { ExpressionWriter } from './expressions.js';
import type { Typed } from './scope.js';

/**
 * Each read: its kind, the member's type in the data's interface (none: whatever else says), and how it is
 * written from the member's access, with Chilkat's answer when the member is missing.
 */
const READS: Readonly<Record<string, { readonly kind: 'text' | 'integer' | 'boolean'; readonly type?: string; readonly write: (access: string) => string }>> = {
  StringOf: { kind: 'text', type: 'string', write: (access) => `(${access} ?? '')` },
  IntOf: { kind: 'integer', type: 'number', write: (access) => `(${access} ?? 0)` },
  BoolOf: { kind: 'boolean', type: 'boolean', write: (access) => `(${access} ?? false)` },
  HasMember: { kind: 'boolean', write: (access) => `(${access} !== undefined)` },
  SizeOfArray: { kind: 'integer', type: 'array', write: (access) => `(${access}?.length ?? -1)` },
};
/** Stands for an index the script computes while a path's shape is checked. */
const HOLE = '\uE000';
/** A key of a plain path: what Chilkat and a member read agree on (no quotes, spaces, braces or escapes). */
const KEY = /^[^\s.[\]"'\\{}]+$/;
/** How a response's text is written, so a `Load` of it is recognised as that response's data. */
const TEXT = /^JSON\.stringify\(([\w$]+)\.data\)$/;

/**
 * How a script loads one JsonObject with responses: how many `Load` calls, and whether each is a statement
 * of main()'s top level (then the object is declared where it is first loaded, `const` when loaded once).
 *
 * @example
 * const holder: ResponseHolder = { loads: 1, atTop: true };
 */
export interface ResponseHolder {
  readonly loads: number;
  readonly atTop: boolean;
}

/**
 * The variables (their TypeScript names, lower case) the program loads with a response's text.
 *
 * @param program - The statement tree.
 * @param top - main()'s top-level statements.
 * @returns Each JsonObject that holds a response, and how it is loaded.
 * @example
 * responseHolders(program, mainStatements(program)).get('tok'); //=> { loads: 1, atTop: true }
 */
export function responseHolders(program: Program, top: readonly Statement[]): ReadonlyMap<string, ResponseHolder> {
  const all = loadsOfResponses(program);
  const atTop = loadsOfResponses(top.map((statement) => (statement.kind === 'expression-statement' ? statement.expression : statement.kind === 'assign' || statement.kind === 'declare' ? statement.value : undefined)));
  return new Map([...all].map(([name, loads]) => [name, { loads, atTop: atTop.get(name) === loads }]));
}

/** How many times each JsonObject (TypeScript name, lower case) is loaded with a response's text in the tree. */
function loadsOfResponses(tree: unknown): Map<string, number> {
  const loads = new Map<string, number>();
  visit(tree, (node) => {
    if (node.kind !== 'call') return;
    const { callee, args } = node as Extract<Expression, { kind: 'call' }>;
    const flat = callee.kind === 'name' && /^CkJsonObject_load$/i.test(callee.name);
    const receiver = flat ? args[0] : callee.kind === 'member' && canonicalMethod(callee.name) === 'Load' ? callee.object : undefined;
    const text = flat ? args[1] : args[0];
    if (receiver?.kind !== 'name' || text === undefined || args.length !== (flat ? 2 : 1) || !readsBody(text)) return;
    const name = tsIdentifier(receiver.name).toLowerCase();
    loads.set(name, (loads.get(name) ?? 0) + 1);
  });
  return loads;
}

/** Does the expression read a response's `BodyStr` (any spelling: `BodyStr`, `bodyStr()`, `get_BodyStr()`, `CkHttpResponse_bodyStr(r)`)? */
function readsBody(expression: Expression): boolean {
  let found = false;
  visit(expression, (node) => {
    if (node.kind === 'member' && propertyName((node as Extract<Expression, { kind: 'member' }>).name) === 'BodyStr') found = true;
    if (node.kind === 'name' && /^CkHttpResponse_(?:get_?)?bodyStr$/i.test((node as Extract<Expression, { kind: 'name' }>).name)) found = true;
  });
  return found;
}

/** Calls `seen` with every node of a statement or expression tree (anything with a `kind`). */
function visit(node: unknown, seen: (node: { readonly kind: string }) => void): void {
  if (Array.isArray(node)) {
    for (const item of node) visit(item, seen);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  if (typeof (node as { kind?: unknown }).kind === 'string') seen(node as { kind: string });
  for (const value of Object.values(node)) visit(value, seen);
}

/**
 * The responses' data a builder-style module reads.
 *
 * @example
 * new ResponseData(new Map([['tok', { loads: 1, atTop: true }]])).create('tok'); //=> [] (declared at its Load)
 */
export class ResponseData {
  readonly #holders: ReadonlyMap<string, ResponseHolder>;
  /** Each holder's interface name and shape, the kind each path is read as, and whether it is declared yet. */
  readonly #data = new Map<string, { readonly name: string; readonly type: BodyType; readonly kinds: Map<string, string>; readonly shapes: Map<string, 'leaf' | 'container'>; declared: boolean }>();

  constructor(holders: ReadonlyMap<string, ResponseHolder>) {
    this.#holders = holders;
  }

  /** Is this JsonObject a response's data (rather than a body)? */
  holds(id: string): boolean {
    return this.#data.has(id);
  }

  /**
   * The declaration of a JsonObject the script loads with a response (none yet when it is declared at its
   * Load), or `undefined` for a body.
   */
  create(writer: ExpressionWriter, id: string, declare?: 'let' | 'assign'): readonly string[] | undefined {
    const holder = this.#holders.get(id.toLowerCase());
    if (holder === undefined) return undefined;
    const known = this.#data.get(id);
    if (known !== undefined) return known.declared ? [`${id} = {};`] : writer.fail(`a second JsonObject in ${id} before it holds a response`);
    const name = `${id.charAt(0).toUpperCase()}${id.slice(1)}Data`;
    this.#data.set(id, { name, type: new BodyType(), kinds: new Map<string, string>(), shapes: new Map<string, 'leaf' | 'container'>(), declared: !holder.atTop || declare === 'let' });
    if (holder.atTop && declare !== 'let') return [];
    // Loaded inside a block, or made again: declared empty now (every member optional; a read gives Chilkat's empty value).
    return [`let ${id}: ${name} = {};`];
  }

  /** A response's text (`resp.BodyStr`), as JSON text of its data. */
  text(response: string): Typed {
    return { code: `JSON.stringify(${response}.data)`, kind: 'text' };
  }

  /** `holder.Load(resp.BodyStr)`: the holder is the response's data from now on. */
  load(writer: ExpressionWriter, id: string, text: Typed): string {
    const response = TEXT.exec(text.code)?.[1];
    const data = this.#data.get(id);
    if (response === undefined || data === undefined) return writer.fail(`a Load into ${id} of text that is not a response's body`);
    const value = `${response}.data as ${data.name}`;
    if (data.declared) return `${id} = ${value}`;
    data.declared = true;
    return `${this.#holders.get(id.toLowerCase())?.loads === 1 ? 'const' : 'let'} ${id} = ${value}`;
  }

  /** A read of the data (`StringOf`, `IntOf`, `BoolOf`, `HasMember`, `SizeOfArray`) at a plain path, its indexes constant or computed. */
  read(writer: ExpressionWriter, id: string, method: string, args: readonly Expression[] | undefined): Typed {
    const read = READS[canonicalMethod(method)];
    const data = this.#data.get(id);
    const [pathExpression] = args ?? [];
    if (read === undefined || data === undefined || pathExpression === undefined || args?.length !== 1) return writer.fail(`reading ${method} from the response in ${id}`);
    if (!data.declared) return writer.fail(`a read of ${id} before it holds a response`);
    const path = readPath(writer.write(pathExpression));
    if (path === undefined) return writer.fail(`a read of ${id} at a path that is not plain (keys written as constants)`);
    const shape = path.parts.map((part) => ('key' in part ? part.key : 0));
    // A member read as a value and also stepped into (`a` and `a.b`) would be a union the reads cannot type-check on.
    const steps = shape.map((_, at) => shape.slice(0, at + 1).map((part) => (typeof part === 'number' ? '[]' : part)).join('.'));
    const wants = steps.map((_, at): 'leaf' | 'container' | undefined => (at < steps.length - 1 || read.type === 'array' ? 'container' : read.type === undefined ? undefined : 'leaf'));
    if (steps.some((step, at) => wants[at] !== undefined && (data.shapes.get(step) ?? wants[at]) !== wants[at])) return writer.fail(`reading ${id} at ${path.text.replaceAll(HOLE, '…')} both as a value and as an object or array`);
    steps.forEach((step, at) => {
      const want = wants[at];
      if (want !== undefined) data.shapes.set(step, want);
    });
    if (read.type === undefined) data.type.mention(shape);
    else {
      const before = data.kinds.get(path.text);
      if (before !== undefined && before !== read.type) return writer.fail(`reading ${path.text.replaceAll(HOLE, '…')} from ${id} as both ${before} and ${read.type}`);
      data.kinds.set(path.text, read.type);
      data.type.record(shape, read.type);
    }
    const access = path.parts.map((part, at) => `${at === 0 ? '' : '?.'}${'key' in part ? memberAccess(part.key, at === 0) : `[${part.index}]`}`).join('');
    return { code: read.write(`${id}${access}`), kind: read.kind };
  }

  /** The interfaces of the data the script reads, for the module's declarations. */
  declarations(): string[] {
    return [...this.#data.entries()].flatMap(([id, { name, type }]) => [`/** What the script reads from the response it loads into ${id} (every member optional: the server decides). */`, type.source(name), '']);
  }
}

/** A member read: `.key` or `['key']` (after `?.`, the bracket form stands alone). */
function memberAccess(key: string, first: boolean): string {
  const name = tsPropertyName(key);
  if (name === key) return first ? `.${key}` : key;
  return `[${name}]`;
}

/**
 * The keys and indexes of a plain Chilkat path (`a.b[0].c`, or `"items[" & i & "].id"` with an index the
 * script computes), with its text (a computed index marked), or `undefined` for anything else.
 */
function readPath(path: Typed): { readonly text: string; readonly parts: readonly ({ readonly key: string } | { readonly index: string })[] } | undefined {
  if (path.kind !== 'text') return undefined;
  const constant = path.literal ?? path.known;
  const pieces = constant !== undefined ? [constant] : path.parts;
  if (pieces === undefined) return undefined;
  const holes: string[] = [];
  let text = '';
  for (const piece of pieces) {
    // An integer, or one the script turned into text (`CStr(i)`, `str(i)`), may stand only as an index.
    const index = typeof piece === 'string' ? undefined : piece.kind === 'integer' ? piece.code : /^String\(([\w$.]+)\)$/.exec(piece.code)?.[1];
    if (typeof piece !== 'string' && index === undefined) return undefined;
    if (index !== undefined) holes.push(index);
    text += typeof piece === 'string' ? piece.replaceAll(HOLE, '') : HOLE;
  }
  const parts: ({ key: string } | { index: string })[] = [];
  let hole = 0;
  for (const segment of text.split('.')) {
    const match = new RegExp(`^([^[\\]]+)((?:\\[(?:\\d+|${HOLE})\\])*)$`, 'u').exec(segment);
    const key = match?.[1];
    // A key every object has (`constructor`, `toString`, `__proto__`) would read the prototype's where the response has none.
    if (key === undefined || !KEY.test(key) || key.includes(HOLE) || key in Object.prototype) return undefined;
    parts.push({ key });
    for (const [, index = ''] of (match?.[2] ?? '').matchAll(/\[([^\]]+)\]/g)) parts.push({ index: index === HOLE ? (holes[hole++] ?? '') : String(Number(index)) });
  }
  return { text, parts };
}
