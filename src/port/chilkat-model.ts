/**
 * The default evaluator: replays `Update*` calls with Chilkat's path semantics
 * (docs/chilkat-semantics.md §2 to §5) and reports, for each
 * call, the canonical strict path it really wrote to, so the builder output
 * says `callbacks[1]` where Chilkat appended for `callbacks[5]`.
 *
 * Kept inside the porter (rather than reusing `pathpatch/chilkat`) because
 * codegen needs the resolved segments of every call, which a JsonObject does
 * not expose; {@link PathEvaluator} keeps the step pluggable.
 *
 * @example
 * const model = createChilkatModel();
 * model.update({ method: 'UpdateString', path: 'a[5]', value: { type: 'string', value: 'x' } }).segments; //=> ['a', 0]
 */
import type { IrValue, JsonOption, UpdateMethod } from './ir.js';

/**
 * A node of the evaluated document; objects keep insertion order.
 *
 * @example
 * const node: ModelNode = { kind: 'number', text: '1.50' };
 */
export type ModelNode =
  | { readonly kind: 'object'; readonly entries: [string, ModelNode][] }
  | { readonly kind: 'array'; readonly items: ModelNode[] }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'number'; readonly text: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'null' }
  | { readonly kind: 'placeholder' };

/**
 * A container the call created on its way, kept even when the call fails (Chilkat does not roll back).
 *
 * @example
 * const created: CreatedContainer = { segments: ['a', 0], kind: 'object' };
 */
export interface CreatedContainer {
  readonly segments: readonly (string | number)[];
  readonly kind: 'object' | 'array';
}

/**
 * What one update did.
 *
 * @example
 * createChilkatModel().update({ method: 'UpdateString', path: 'a[3]', value: { type: 'string', value: 'x' } }).segments; //=> ['a', 0]
 */
export interface UpdateOutcome {
  readonly ok: boolean;
  /** Why it failed. */
  readonly reason?: string;
  /** The resolved segments of the written value (keys decoded, indexes resolved). */
  readonly segments: readonly (string | number)[];
  /** How to reproduce the write: set a value, ensure a container, or replace with an empty one. */
  readonly write: 'set' | 'object' | 'array' | 'keep';
  /** The value written, for `set`. */
  readonly value?: ModelNode;
  /** Containers created before the final write (needed when the call fails half-way). */
  readonly created: readonly CreatedContainer[];
  /** Keys Chilkat writes raw in a way JSON text cannot reproduce (an inner quote, a lone backslash, a control character). */
  readonly rawKeys: readonly string[];
}

/**
 * One update to evaluate.
 *
 * @example
 * const call: ModelUpdate = { method: 'UpdateNull', path: 'deleted_at' };
 */
export interface ModelUpdate {
  readonly method: UpdateMethod;
  readonly path: string;
  readonly value?: IrValue;
}

/**
 * The pluggable evaluation step: Chilkat's semantics for Update* calls and options.
 *
 * @example
 * const evaluator: PathEvaluator = createChilkatModel();
 */
export interface PathEvaluator {
  update(call: ModelUpdate): UpdateOutcome;
  setOption(name: JsonOption, value: string | number | boolean): void;
  /** The document so far. */
  root(): ModelNode;
}

class Fail extends Error {
  override readonly name = 'Fail';
}

const BLANK = new Set([' ', '\t', '\r', '\n']);
/** An index that appends (empty, negative or past the end); a symbol so no key can collide with it. */
const APPEND: unique symbol = Symbol('append');
type Slot = string | number | typeof APPEND;

function indexValue(text: string, vars: { I: number; J: number; K: number }): number | typeof APPEND {
  if (text === '') return APPEND;
  const first = text[0]?.toLowerCase();
  if (first === 'i') return vars.I;
  if (first === 'j') return vars.J;
  if (first === 'k') return vars.K;
  const match = /^[ \t]*([+-]?)(\d*)/.exec(text);
  let value = 0;
  for (const digit of match?.[2] ?? '') value = (value * 10 + Number(digit)) | 0;
  return match?.[1] === '-' ? -value | 0 : value;
}

/**
 * Decodes a raw Chilkat key as JSON string content, the way a JSON reader sees the emitted key:
 * the one spelling of a key that the interface and the builder path both use.
 *
 * @example
 * decodeKey('k\\bs'); //=> 'k\bs'
 */
export function decodeKey(raw: string): string {
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

function int32Text(text: string, unsigned: boolean): string {
  const n = Number(text);
  if (unsigned) return String(n);
  // Observed: Chilkat prints INT_MIN as -8.
  return n === -2147483648 ? '-8' : String(n);
}

/**
 * Why pathpatch/chilkat refuses an `UpdateInt`/`UpdateUInt` value (it returns
 * false and writes nothing, not even the containers on the way), or `undefined`.
 */
function intRefusal(method: UpdateMethod, value: IrValue | undefined): string | undefined {
  if ((method !== 'UpdateInt' && method !== 'UpdateUInt') || value?.type !== 'number') return undefined;
  const n = Number(value.text);
  if (method === 'UpdateInt' && !(Number.isInteger(n) && n >= -2147483648 && n <= 2147483647)) return `the value must be a 32-bit integer, not ${value.text}`;
  if (method === 'UpdateUInt' && !(Number.isInteger(n) && n >= 0 && n <= 4294967295)) return `the value must be an unsigned 32-bit integer, not ${value.text}`;
  return undefined;
}

function scalarOf(method: UpdateMethod, value: IrValue | undefined): ModelNode {
  if (!value || value.type === 'null') return { kind: 'null' };
  if (value.type === 'boolean') return { kind: 'boolean', value: value.value };
  if (value.type === 'string') return { kind: 'string', value: value.value };
  if (method === 'UpdateInt' || method === 'UpdateUInt') return { kind: 'number', text: int32Text(value.text, method === 'UpdateUInt') };
  const text = value.text.replace(',', '.');
  if (text === 'true' || text === 'false') return { kind: 'boolean', value: text === 'true' };
  if (text === 'null') return { kind: 'null' };
  return { kind: 'number', text };
}

// Entries by key, per object (entries are only ever appended): a scan per lookup made wide documents quadratic.
const entryIndexes = new WeakMap<[string, ModelNode][], Map<string, [string, ModelNode]>>();

function entryOf(entries: [string, ModelNode][], key: string | number): [string, ModelNode] | undefined {
  let index = entryIndexes.get(entries);
  if (index === undefined) {
    index = new Map(entries.map((entry) => [entry[0], entry] as const));
    entryIndexes.set(entries, index);
  }
  return typeof key === 'string' ? index.get(key) : undefined;
}

function addEntry(entries: [string, ModelNode][], entry: [string, ModelNode]): void {
  entries.push(entry);
  entryIndexes.get(entries)?.set(entry[0], entry);
}

/**
 * Creates the built-in Chilkat-semantics evaluator.
 *
 * @returns A fresh evaluator over an empty root object.
 * @example
 * createChilkatModel().update({ method: 'UpdateNull', path: 'x' }).ok; //=> true
 */
export function createChilkatModel(): PathEvaluator {
  const root: ModelNode = { kind: 'object', entries: [] };
  const vars = { I: 0, J: 0, K: 0 };
  let delimiter = '.';

  function update(call: ModelUpdate): UpdateOutcome {
    const created: CreatedContainer[] = [];
    const segments: (string | number)[] = [];
    const rawKeys: string[] = [];
    const refusal = intRefusal(call.method, call.value);
    if (refusal !== undefined) return { ok: false, reason: refusal, segments, write: 'keep', created, rawKeys };
    const segment = (resolved: string | number): void => {
      if (typeof resolved === 'number') {
        segments.push(resolved);
        return;
      }
      const decoded = decodeKey(resolved);
      if (JSON.stringify(decoded) !== `"${resolved}"`) rawKeys.push(resolved);
      segments.push(decoded);
    };
    const full = call.path;
    let pos = 0;
    const final = call.method === 'UpdateNewObject' ? 'object' : call.method === 'UpdateNewArray' ? 'array' : 'scalar';
    let outcome: Pick<UpdateOutcome, 'write' | 'value'> = { write: 'keep' };

    const segmentStart = (): void => {
      while (BLANK.has(full[pos] ?? '')) pos += 1;
      if (full[pos] === delimiter) pos += 1;
    };
    const child = (parent: ModelNode, key: string | number): ModelNode | undefined =>
      parent.kind === 'object' ? entryOf(parent.entries, key)?.[1] : parent.kind === 'array' && typeof key === 'number' ? parent.items[key] : undefined;
    const put = (parent: ModelNode, key: string | number, node: ModelNode): void => {
      if (parent.kind === 'object') {
        const entry = entryOf(parent.entries, key);
        if (entry) entry[1] = node;
        else addEntry(parent.entries, [key as string, node]);
      } else if (parent.kind === 'array') {
        if (typeof key === 'number' && key < parent.items.length) parent.items[key] = node;
        else parent.items.push(node);
      }
    };
    /** Gets or creates a container at parent[key]; key for arrays is a resolved index or APPEND. */
    const container = (parent: ModelNode, key: Slot, kind: 'object' | 'array'): ModelNode => {
      const resolved = key === APPEND ? (parent.kind === 'array' ? parent.items.length : 0) : key;
      const existing = key === APPEND ? undefined : child(parent, resolved);
      segment(resolved);
      if (existing) {
        if (existing.kind !== kind) throw new Fail(`${existing.kind} in the way where ${kind === 'object' ? 'an object' : 'an array'} is needed`);
        return existing;
      }
      const node: ModelNode = kind === 'object' ? { kind: 'object', entries: [] } : { kind: 'array', items: [] };
      put(parent, resolved, node);
      created.push({ segments: [...segments], kind });
      return node;
    };
    const write = (parent: ModelNode, key: Slot, element: boolean): void => {
      const resolved = key === APPEND ? (parent.kind === 'array' ? parent.items.length : 0) : key;
      const existing = key === APPEND ? undefined : child(parent, resolved);
      segment(resolved);
      const realObject = existing?.kind === 'object';
      if (final === 'scalar') {
        if (realObject) throw new Fail('an object stands there');
        const value = scalarOf(call.method, call.value);
        put(parent, resolved, value);
        outcome = { write: 'set', value };
      } else if (final === 'object') {
        if (realObject || existing?.kind === 'placeholder') return;
        const value: ModelNode = element ? { kind: 'placeholder' } : { kind: 'object', entries: [] };
        put(parent, resolved, value);
        outcome = existing ? { write: 'set', value } : { write: 'object' };
      } else {
        if (realObject) throw new Fail('an object stands there');
        put(parent, resolved, { kind: 'array', items: [] });
        outcome = { write: existing ? 'set' : 'array', value: { kind: 'array', items: [] } };
      }
    };
    const arrayIndex = (arr: ModelNode): number | typeof APPEND => {
      const close = full.indexOf(']', pos + 1);
      if (close < 0) throw new Fail('"[" without "]"');
      const raw = indexValue(full.slice(pos + 1, close), vars);
      pos = close + 1;
      const length = arr.kind === 'array' ? arr.items.length : 0;
      return raw === APPEND || raw < 0 || raw >= length ? APPEND : raw;
    };

    try {
      segmentStart();
      let current: ModelNode = root;
      for (;;) {
        let key: string;
        let quoted = false;
        if (full[pos] === '"') {
          quoted = true;
          const start = pos + 1;
          pos = start;
          while (pos < full.length && full[pos] !== '"') {
            if (full[pos] === '\\') {
              if (pos + 1 >= full.length) throw new Fail('a backslash ends the path');
              pos += 2;
            } else pos += 1;
          }
          key = full.slice(start, Math.min(pos, full.length));
          if (pos < full.length) pos += 1;
        } else {
          const start = pos;
          while (pos < full.length && full[pos] !== delimiter && full[pos] !== '[' && !['\t', '\r', '\n'].includes(full[pos] ?? '')) pos += 1;
          key = full.slice(start, pos);
        }
        if (pos >= full.length) {
          if (key === '' && !quoted) throw new Fail('the path ends with an empty key');
          write(current, key, false);
          break;
        }
        if (full[pos] === '[') {
          let arr = container(current, key, 'array');
          let done = false;
          for (;;) {
            const index = arrayIndex(arr);
            while (BLANK.has(full[pos] ?? '')) pos += 1;
            if (pos >= full.length) {
              write(arr, index, true);
              done = true;
              break;
            }
            if (full[pos] === '[') {
              arr = container(arr, index, 'array');
              continue;
            }
            if (full[pos] === delimiter) {
              current = container(arr, index, 'object');
              pos += 1;
              segmentStart();
              break;
            }
            throw new Fail(`unexpected "${full[pos] ?? ''}" after "]"`);
          }
          if (done) break;
          continue;
        }
        current = container(current, key, 'object');
        if (full[pos] !== delimiter) throw new Fail(`unexpected "${full[pos] ?? ''}" after a key`);
        pos += 1;
        segmentStart();
      }
    } catch (error) {
      if (!(error instanceof Fail)) throw error;
      return { ok: false, reason: error.message, segments, write: 'keep', created, rawKeys };
    }
    return { ok: true, segments, ...outcome, created, rawKeys };
  }

  return {
    update,
    setOption(name, value) {
      if (name === 'I' || name === 'J' || name === 'K') vars[name] = Number(value) | 0;
      if (name === 'DelimiterChar') {
        const first = String(value).trim()[0];
        if (first !== undefined) delimiter = first;
      }
    },
    root: () => root,
  };
}

const SHORT_ESCAPES: Readonly<Record<string, string>> = { '"': '\\"', '\\': '\\\\', '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r' };

/** Chilkat's string escaping (docs/chilkat-semantics.md §7.1): short escapes, other controls as upper-case `\u00XX`, the rest raw. */
function escapeText(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what Chilkat escapes
  return text.replace(/["\\\u0000-\u001f]/g, (ch) => SHORT_ESCAPES[ch] ?? `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/**
 * Writes a model document as Chilkat's compact `Emit()` would: keys raw, strings
 * escaped the Chilkat way, numbers with their exact text.
 *
 * @param node - A model node.
 * @returns Compact JSON text.
 * @example
 * emitModel({ kind: 'object', entries: [['price', { kind: 'number', text: '1.50' }]] }); //=> '{"price":1.50}'
 */
export function emitModel(node: ModelNode): string {
  switch (node.kind) {
    case 'object':
      // Keys are stored and written raw, exactly as the path spelled them.
      return `{${node.entries.map(([key, value]) => `"${key}":${emitModel(value)}`).join(',')}}`;
    case 'array':
      return `[${node.items.map(emitModel).join(',')}]`;
    case 'string':
      return `"${escapeText(node.value)}"`;
    case 'number':
      return node.text;
    case 'boolean':
      return String(node.value);
    case 'null':
      return 'null';
    case 'placeholder':
      return '{}';
  }
}
