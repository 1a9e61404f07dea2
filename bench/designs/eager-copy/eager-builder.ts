import { leafEntries } from '../../../src/builder/entries.js';
import { diffJson, type JsonPatchOperation } from '../../../src/builder/json-patch.js';
import { mergePatchOf } from '../../../src/builder/merge-patch.js';
import { resolveOptions, type PayloadOptions, type ResolvedOptions } from '../../../src/builder/options.js';
import { currentProducer, PRODUCE_NEEDS_IMMER } from '../../../src/builder/produce-plugin.js';
import type { EmitOptions } from '../../../src/emit/index.js';
import { JsonValueError, PathpatchError, PathSyntaxError, UnsafeKeyError } from '../../../src/errors/index.js';
import { copyJsonValue, describeValue, isObjectNode, MAX_DEPTH, toPlain, type StoredObject, type StoredValue } from '../../../src/json/index.js';
import { APPEND, formatPath, parsePathCached, segmentsText, toSegments, type ParsedPath, type PathInput, type PathSegment } from '../../../src/path/index.js';
import type { SendOptions, SendResult } from '../../../src/send/index.js';
import { emitCompact, emitPretty } from './emit.js';
import { EMPTY_OBJ, frozen, nodeOf, Obj, type Call, type Child } from './nodes.js';
import { mergeInto, removeAt, writeAt, type PathCall } from './write.js';
import { copyContext } from '../../../src/builder/options.js';

type Operation = 'set' | 'push' | 'object' | 'array' | 'remove' | 'update';

/**
 * The eager persistent builder: every call applies at once to an immutable tree and returns a builder
 * holding the new root (the nodes on the path copied, the rest shared). No op-log and no replay, so a
 * conflict throws from the call that causes it. emit() and build() read the tree, and their results are
 * kept per node, so builders that share nodes share them.
 */
export class EagerBuilder {
  get [Symbol.toStringTag](): string {
    return 'PayloadBuilder';
  }

  readonly #options: ResolvedOptions;
  // The root the chain started from (what the patches are relative to) and this builder's.
  readonly #base: Obj;
  readonly #root: Obj;
  // Whether the tree may hold raw numbers; the number of calls so far (the next call's index).
  readonly #raw: boolean;
  readonly #count: number;

  private constructor(options: ResolvedOptions, base: Obj, root: Obj, raw: boolean, count: number) {
    this.#options = options;
    this.#base = base;
    this.#root = root;
    this.#raw = raw;
    this.#count = count;
  }

  /** Makes the first builder of a chain. */
  static create(base: unknown, options: PayloadOptions | undefined): EagerBuilder {
    const resolved = resolveOptions(options, base instanceof EagerBuilder ? base.#options : undefined);
    const [root, raw] = base === undefined ? [EMPTY_OBJ(), false] : objectInput(base, resolved, 'as the base');
    const node = root instanceof Obj ? root : (nodeOf(root, 'base') as Obj);
    return new EagerBuilder(resolved, node, node, raw, 0);
  }

  set(path: PathInput, value: unknown): EagerBuilder {
    return this.#write('set', path, value);
  }

  push(path: PathInput, value: unknown): EagerBuilder {
    return this.#write('push', path, value);
  }

  object(path: PathInput): EagerBuilder {
    return this.#write('object', path);
  }

  array(path: PathInput): EagerBuilder {
    return this.#write('array', path);
  }

  remove(path: PathInput): EagerBuilder {
    return this.#write('remove', path);
  }

  update(path: PathInput, fnOrValue: unknown): EagerBuilder {
    return this.#write('update', path, fnOrValue);
  }

  merge(partial: unknown): EagerBuilder {
    const [value, raw] = objectInput(partial, this.#options, 'to merge');
    return this.#next(mergeInto(this.#root, value, { operation: 'merge', index: this.#count }), raw);
  }

  when(condition: boolean | ((builder: EagerBuilder) => boolean), fn: (builder: EagerBuilder) => EagerBuilder): EagerBuilder {
    const holds = typeof condition === 'function' ? condition(this) : condition;
    return holds ? checkBuilder(fn(this), 'when') : this;
  }

  pipe(...fns: ((builder: EagerBuilder) => EagerBuilder)[]): EagerBuilder {
    return fns.reduce<EagerBuilder>((builder, fn) => checkBuilder(fn(builder), 'pipe'), this);
  }

  produce(recipe: (draft: never) => unknown): EagerBuilder {
    if (typeof recipe !== 'function') throw new TypeError(`produce() expects a recipe function, found ${typeof recipe}`);
    const producer = currentProducer();
    if (producer === undefined) throw new PathpatchError(PRODUCE_NEEDS_IMMER);
    // The recipe sees plain numbers, as build() and get() read them.
    const next: unknown = producer(this.build(), recipe);
    const context = copyContext(this.#options);
    const value = copyJsonValue(next, [], context);
    if (!isObjectNode(value)) throw new JsonValueError('', `${describeValue(value)} from produce()`, 'an object at the root');
    return this.#next(nodeOf(value, { operation: 'produce', index: this.#count }) as Obj, context.raw);
  }

  build(): Readonly<Record<string, unknown>> {
    // Without raw numbers the frozen tree already is plain JSON; with them, build() reads them as numbers.
    return (this.#raw ? toPlain(frozen(this.#root)) : frozen(this.#root)) as Readonly<Record<string, unknown>>;
  }

  toJSON(): Readonly<Record<string, unknown>> {
    return this.build();
  }

  emit(options?: EmitOptions): string {
    // crlf changes only line breaks, which compact text has none of.
    if (options?.pretty !== true) return emitCompact(this.#root, this.#raw);
    const text = emitPretty(this.#root, this.#raw, '');
    return options.crlf === true ? text.replace(/\n/g, '\r\n') : text;
  }

  get(path: PathInput): unknown {
    return read(this.build(), this.#path(path, 'get', false));
  }

  has(path: PathInput): boolean {
    return read(this.build(), this.#path(path, 'has', false)) !== undefined;
  }

  entries(): [string, unknown][] {
    return leafEntries(this.build(), this.#options.delimiter);
  }

  equals(other: unknown): boolean {
    return this.diff(other).length === 0;
  }

  diff(other: unknown): JsonPatchOperation[] {
    const plain = other instanceof EagerBuilder ? other.build() : toPlain(copyJsonValue(other, [], copyContext(this.#options)));
    return diffJson(this.build(), plain);
  }

  toJsonPatch(): JsonPatchOperation[] {
    return diffJson(toPlain(frozen(this.#base)), this.build());
  }

  toMergePatch(): unknown {
    return mergePatchOf(toPlain(frozen(this.#base)), this.build());
  }

  send<Data = unknown>(options: SendOptions): Promise<SendResult<Data>> {
    // Loaded on first use, so that a bundle of payload() alone leaves send() and its HTTP client out.
    return import('../../../src/send/send.js').then((module) => module.send<Data>(this, options));
  }

  /** The chain's options. */
  get options(): ResolvedOptions {
    return this.#options;
  }

  /** A builder's tree, whether it may hold raw numbers, and its options (for payload(builder) and merge(builder)). */
  static stateOf(builder: EagerBuilder): [Obj, boolean, ResolvedOptions] {
    return [builder.#root, builder.#raw, builder.#options];
  }

  #next(root: Obj | undefined, raw: boolean): EagerBuilder {
    return new EagerBuilder(this.#options, this.#base, root ?? this.#root, this.#raw || raw, this.#count + 1);
  }

  // Every call that takes a path, applied now.
  #write(operation: Operation, path: PathInput, value?: unknown): EagerBuilder {
    const segments = this.#path(path, operation, operation !== 'remove', operation === 'push');
    const call: PathCall = { operation, index: this.#count, segments };
    const options = this.#options;
    if (operation === 'remove') return this.#next(removeAt(this.#root, call, options), false);
    let raw = false;
    const compute = operation === 'update' && typeof value === 'function' ? (value as (current: unknown) => unknown) : undefined;
    if (compute === undefined && (operation === 'set' || operation === 'push' || operation === 'update')) {
      const context = copyContext(options);
      value = copyJsonValue(value, segments, context);
      raw = context.raw;
    }
    const root = writeAt(this.#root, {
      call,
      options,
      ensure: operation === 'object' || operation === 'array' ? operation : undefined,
      value: value as Child,
      compute:
        compute &&
        ((current) => {
          // The function sees frozen plain JSON (raw numbers as numbers).
          const context = copyContext(options);
          const next = copyJsonValue(compute(current === undefined ? undefined : toPlain(frozen(current))), segments, context);
          raw ||= context.raw;
          return next;
        }),
    });
    return this.#next(root, raw);
  }

  /**
   * A path checked: at least one segment, at most MAX_DEPTH, no `__proto__` (unless kept), and `[]` only where it
   * can append; push adds the append. (The same checks and messages as the op-log builder's #path.)
   */
  #path(path: PathInput, method: string, appendable: boolean, push = false): readonly PathSegment[] {
    const { delimiter, protoKeys } = this.#options;
    const parsed: ParsedPath | undefined = typeof path === 'string' ? parsePathCached(path, delimiter) : undefined;
    const given = parsed?.segments ?? toSegments(path, delimiter);
    const segments: readonly PathSegment[] = push ? [...given, APPEND] : given;
    if (parsed !== undefined && !parsed.special && segments.length <= MAX_DEPTH) return segments;
    const count = given.length;
    const syntax = (at: number, expected: string, found: string, text?: string): PathSyntaxError =>
      parsed === undefined ? new PathSyntaxError(text ?? segmentsText(given), at, expected, found, true) : new PathSyntaxError(path as string, parsed.positions[at] ?? (path as string).length, expected, found);
    const deep = (): PathSyntaxError => syntax(MAX_DEPTH, `at most ${MAX_DEPTH} segments (the nesting limit)`, `${count} segments`, `[${count} segments]`);
    if (count === 0) throw syntax(0, 'at least one segment', 'none');
    if (count > MAX_DEPTH) throw deep();
    const append = parsed === undefined ? 'APPEND' : '"[]"';
    for (let i = 0; i < count; i++) {
      const segment = given[i];
      if (segment === '__proto__' && protoKeys === 'error') {
        throw parsed === undefined ? UnsafeKeyError.inValue(formatPath(given.slice(0, i + 1), delimiter), segment) : UnsafeKeyError.inPath(path as string, parsed.positions[i] ?? 0, segment);
      }
      if (segment === APPEND && !appendable) throw syntax(i, `an index (${method}() reads, and ${append} only appends)`, append);
    }
    if (segments.length > MAX_DEPTH) throw deep();
    return segments;
  }
}

// What payload(base) and merge(partial) take: another builder's tree, or a JSON object (copied, checked).
function objectInput(input: unknown, options: ResolvedOptions, role: string): [Obj | StoredObject, boolean] {
  if (input instanceof EagerBuilder) {
    const [root, raw, from] = EagerBuilder.stateOf(input);
    // A chain that kept __proto__ keys hands its tree to one that refuses them: checked as any value is (by copying it).
    if (options.protoKeys === 'error' && from.protoKeys === 'keep') copyJsonValue(frozen(root), [], { protoKeys: 'error', delimiter: '.', raw: false });
    return [root, raw];
  }
  const context = copyContext(options);
  const value = copyJsonValue(input, [], context);
  if (!isObjectNode(value)) throw new JsonValueError('', describeValue(value), `an object (or a builder) ${role}`);
  return [value, context.raw];
}

// get()/has(): the value at a path of the built JSON, or undefined where a step is missing or of the wrong kind.
function read(root: unknown, segments: readonly PathSegment[]): unknown {
  let node = root;
  for (const segment of segments) {
    if (typeof segment === 'string' ? !isObjectNode(node) || !Object.hasOwn(node, segment) : !Array.isArray(node) || segment === APPEND || segment >= node.length) return undefined;
    node = (node as Record<string | number, StoredValue>)[segment as string | number];
  }
  return node;
}

function checkBuilder(value: unknown, method: string): EagerBuilder {
  if (value instanceof EagerBuilder) return value;
  throw new TypeError(`the function given to ${method}() must return a builder, found ${value === null ? 'null' : typeof value}`);
}

export type { Call };
