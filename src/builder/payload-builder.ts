import { JsonValueError, PathpatchError, PathSyntaxError, UnsafeKeyError } from '../errors/index.js';
import type { EmitOptions } from '../emit/index.js';
import { copyJsonValue, describeValue, isObjectNode, MAX_DEPTH, toPlain, type StoredObject, type StoredValue } from '../json/index.js';
import { APPEND, formatPath, parsePathCached, segmentsText, toSegments, type PathInput, type PathSegment } from '../path/index.js';
import type { SendOptions, SendResult } from '../send/index.js';
import { applyOp, read, type Draft } from './apply.js';
import { emitCompact, emitPretty } from './emit-tree.js';
import { leafEntries } from './entries.js';
import { diffJson, type JsonPatchOperation } from './json-patch.js';
import { mergePatchOf } from './merge-patch.js';
import type { Op, Operation } from './ops.js';
import { resolveOptions, type PayloadOptions, type ResolvedOptions } from './options.js';
import { currentProducer, PRODUCE_NEEDS_IMMER } from './produce-plugin.js';
import { materialize, ObjectNode, objectFromStored, type Token } from './tree.js';

// The owner of origin states: no replay has it, so every replay copies them before a change.
const ORIGIN: Token = Object.freeze({});

/** What every builder of one chain shares. */
interface Origin {
  readonly root: ObjectNode;
  readonly baseRaw: boolean;
  readonly options: ResolvedOptions;
}

/**
 * @internal The runtime builder behind `payload()`. Each call records an op
 * and returns a new builder pointing at its parent (an op-log); `emit()` and
 * `build()` replay the ops since the nearest computed ancestor into a tree of
 * nodes (see tree.ts), copying shared nodes on write, so branches share
 * structure and a long chain costs one pass. `emit()` writes the text straight
 * from the tree; `build()` turns it into deep-frozen objects, cached per node.
 */
export class PayloadBuilder {
  /** The class's name for `Object.prototype.toString` and error texts; unlike `constructor.name`, it survives minification. */
  get [Symbol.toStringTag](): string {
    return 'PayloadBuilder';
  }

  readonly #origin: Origin;
  readonly #parent: PayloadBuilder | undefined;
  readonly #op: Op | undefined;
  readonly #length: number;
  readonly #raw: boolean;
  #state: ObjectNode | undefined;
  #stateRaw = false;
  // Eager checks: the replay that made #state, and whether a child may take the state over and change it in place.
  #token: Token | undefined;
  #handOver = false;
  #plain: Readonly<Record<string, unknown>> | undefined;
  #text: string | undefined;

  constructor(origin: Origin, parent?: PayloadBuilder, op?: Op, raw = false) {
    this.#origin = origin;
    this.#parent = parent;
    this.#op = op;
    this.#length = parent === undefined ? 0 : parent.#length + 1;
    this.#raw = raw || (parent === undefined ? origin.baseRaw : parent.#raw);
    if (parent === undefined) {
      this.#state = origin.root;
      this.#stateRaw = origin.baseRaw;
    }
  }

  /** @internal Makes the first builder of a chain. */
  static create(base: unknown, options: PayloadOptions | undefined): PayloadBuilder {
    const resolved = resolveOptions(options, base instanceof PayloadBuilder ? base.#origin.options : undefined);
    if (base === undefined) return new PayloadBuilder({ root: new ObjectNode(ORIGIN), baseRaw: false, options: resolved });
    const [value, raw] = objectInput(base, resolved, 'as the base');
    return new PayloadBuilder({ root: value instanceof ObjectNode ? value : objectFromStored(value, 'base', ORIGIN), baseRaw: raw, options: resolved });
  }

  set(path: PathInput, value: unknown): PayloadBuilder {
    return this.#valued('set', path, false, value);
  }

  push(path: PathInput, value: unknown): PayloadBuilder {
    return this.#valued('push', path, true, value);
  }

  object(path: PathInput): PayloadBuilder {
    return this.#pathOp('ensure', 'object', path);
  }

  array(path: PathInput): PayloadBuilder {
    return this.#pathOp('ensure', 'array', path);
  }

  remove(path: PathInput): PayloadBuilder {
    return this.#pathOp('remove', 'remove', path);
  }

  update(path: PathInput, fnOrValue: unknown): PayloadBuilder {
    // JSON holds no functions, so a function means "compute from the current value" and anything else is set.
    if (typeof fnOrValue !== 'function') return this.#valued('update', path, false, fnOrValue);
    return this.#pathOp('update', 'update', path, fnOrValue);
  }

  merge(partial: unknown): PayloadBuilder {
    const [value, raw] = objectInput(partial, this.#origin.options, 'to merge');
    return this.#chain({ kind: 'merge', index: this.#length, operation: 'merge', value }, raw);
  }

  when(condition: boolean | ((builder: PayloadBuilder) => boolean), fn: (builder: PayloadBuilder) => PayloadBuilder): PayloadBuilder {
    const holds = typeof condition === 'function' ? condition(this) : condition;
    return holds ? checkBuilder(fn(this), 'when') : this;
  }

  pipe(...fns: ((builder: PayloadBuilder) => PayloadBuilder)[]): PayloadBuilder {
    return fns.reduce<PayloadBuilder>((builder, fn) => checkBuilder(fn(builder), 'pipe'), this);
  }

  produce(recipe: (draft: never) => unknown): PayloadBuilder {
    if (typeof recipe !== 'function') throw new TypeError(`produce() expects a recipe function, found ${typeof recipe}`);
    if (currentProducer() === undefined) throw new PathpatchError(PRODUCE_NEEDS_IMMER);
    return this.#chain({ kind: 'produce', index: this.#length, operation: 'produce', recipe }, true);
  }

  build(): Readonly<Record<string, unknown>> {
    if (this.#plain !== undefined) return this.#plain;
    const stored = materialize(this.#shared(), true);
    // Without raw numbers the frozen state already is plain JSON; with them, build() reads them as numbers.
    this.#plain = (this.#stateRaw ? toPlain(stored) : stored) as Readonly<Record<string, unknown>>;
    return this.#plain;
  }

  toJSON(): Readonly<Record<string, unknown>> {
    return this.build();
  }

  emit(options?: EmitOptions): string {
    if (options === undefined || (options.pretty !== true && options.crlf !== true)) {
      this.#text ??= emitCompact(this.#shared(), this.#stateRaw);
      return this.#text;
    }
    // crlf changes only line breaks, which compact text has none of.
    if (options.pretty !== true) return this.emit();
    const text = emitPretty(this.#shared(), this.#stateRaw, '');
    return options.crlf === true ? text.replace(/\n/g, '\r\n') : text;
  }

  get(path: PathInput): unknown {
    return read(this.build() as StoredObject, this.#segments(path, 'get', false)[0]);
  }

  has(path: PathInput): boolean {
    return read(this.build() as StoredObject, this.#segments(path, 'has', false)[0]) !== undefined;
  }

  entries(): [string, unknown][] {
    return leafEntries(this.build(), this.#origin.options.delimiter);
  }

  equals(other: unknown): boolean {
    return diffJson(this.build(), this.#plainOf(other)).length === 0;
  }

  diff(other: unknown): JsonPatchOperation[] {
    return diffJson(this.build(), this.#plainOf(other));
  }

  toJsonPatch(): JsonPatchOperation[] {
    return diffJson(this.#base(), this.build());
  }

  toMergePatch(): unknown {
    return mergePatchOf(this.#base(), this.build());
  }

  send<Data = unknown>(options: SendOptions): Promise<SendResult<Data>> {
    // Loaded on first use, so that a bundle of payload() alone leaves send() and its HTTP client out.
    return import('../send/send.js').then((module) => module.send<Data>(this, options));
  }

  /** @internal The chain's options (for façades such as the Chilkat layer). */
  get options(): ResolvedOptions {
    return this.#origin.options;
  }

  #valued(operation: Operation, path: PathInput, append: boolean, value: unknown): PayloadBuilder {
    const [parsed, quoted] = this.#segments(path, operation, true);
    const segments: readonly PathSegment[] = append ? [...parsed, APPEND] : parsed;
    if (segments.length > MAX_DEPTH) throw tooLong(path, segments.length - 1);
    let stored: StoredValue;
    let raw = false;
    // Scalars need no copy; this keeps the common case cheap.
    if (typeof value === 'string' || typeof value === 'boolean' || value === null) {
      stored = value;
    } else if (typeof value === 'number' && Number.isFinite(value)) {
      stored = value + 0; // JSON has no -0: emit() writes 0, so build() holds 0 too
    } else {
      const context = { protoKeys: this.#origin.options.protoKeys, raw: false };
      stored = copyJsonValue(value, segments, context);
      raw = context.raw;
    }
    return this.#chain({ kind: 'set', index: this.#length, operation: operation as 'set', segments, quoted, value: stored }, raw);
  }

  // object(), array(), remove() and update(path, fn): a path and nothing to copy.
  #pathOp(kind: 'ensure' | 'remove' | 'update', operation: 'object' | 'array' | 'remove' | 'update', path: PathInput, fn?: unknown): PayloadBuilder {
    const [segments, quoted] = this.#segments(path, operation, operation !== 'remove');
    return this.#chain({ kind, index: this.#length, operation, segments, quoted, fn } as Op);
  }

  // The state the chain started from, as plain JSON (what the patches are relative to).
  #base(): unknown {
    return toPlain(materialize(this.#origin.root, true));
  }

  #chain(op: Op, raw = false): PayloadBuilder {
    const next = new PayloadBuilder(this.#origin, this, op, raw);
    if (this.#origin.options.checks === 'eager') next.#replayNow();
    return next;
  }

  // Eager checks: replay this builder's op now, so that a conflict throws from the call that made it.
  #replayNow(): void {
    const parent = this.#parent as PayloadBuilder;
    if (parent.#state === undefined || !parent.#handOver) {
      this.#compute();
    } else {
      // A linear chain: take the parent's state over and change it in place (the parent recomputes it if ever asked).
      const draft: Draft = { root: parent.#state, token: parent.#token as Token, raw: parent.#stateRaw };
      parent.#state = undefined;
      parent.#handOver = false;
      applyOp(draft, this.#op as Op, this.#origin.options);
      this.#state = draft.root;
      this.#stateRaw = draft.raw || this.#raw;
      this.#token = draft.token;
    }
    this.#handOver = true;
  }

  #segments(path: PathInput, method: string, appendAllowed: boolean): [readonly PathSegment[], readonly string[] | undefined] {
    const { delimiter, protoKeys } = this.#origin.options;
    let segments: readonly PathSegment[];
    let quoted: readonly string[] | undefined;
    if (typeof path === 'string') {
      const parsed = parsePathCached(path, delimiter);
      segments = parsed.segments;
      quoted = parsed.quoted;
      // The common case: a cached path with no __proto__ and no [] needs no further check.
      if (!parsed.special && segments.length <= MAX_DEPTH) return [segments, quoted];
    } else {
      segments = toSegments(path, delimiter);
    }
    if (segments.length === 0) throw new PathSyntaxError(segmentsText(segments), 0, 'at least one segment', 'none', true);
    if (segments.length > MAX_DEPTH) throw tooLong(path, MAX_DEPTH);
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i];
      if (segment === '__proto__' && protoKeys === 'error') {
        throw typeof path === 'string'
          ? UnsafeKeyError.inPath(path, parsePathCached(path, delimiter).positions[i] ?? 0, segment)
          : UnsafeKeyError.inValue(formatPath(segments.slice(0, i + 1), delimiter), segment);
      }
      if (segment === APPEND && !appendAllowed) {
        throw typeof path === 'string'
          ? new PathSyntaxError(path, parsePathCached(path, delimiter).positions[i] ?? 0, `an index (${method}() reads, and "[]" only appends)`, '"[]"')
          : new PathSyntaxError(segmentsText(path), i, `an index (${method}() reads, and APPEND only appends)`, 'APPEND', true);
      }
    }
    return [segments, quoted];
  }

  // The computed state, from now on shared: no child may take it over and change it in place.
  #shared(): ObjectNode {
    const state = this.#compute();
    this.#handOver = false;
    return state;
  }

  #compute(): ObjectNode {
    if (this.#state !== undefined) return this.#state;
    const ops: Op[] = [];
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- walking up the chain starts from this builder
    let node: PayloadBuilder = this;
    while (node.#state === undefined && node.#parent !== undefined && node.#op !== undefined) {
      ops.push(node.#op);
      node = node.#parent;
    }
    const start = node.#state ?? this.#origin.root;
    // Another state's nodes are shared: a fresh token makes this replay copy them before any change.
    const draft: Draft = { root: start, token: {}, raw: node.#stateRaw };
    const { options } = this.#origin;
    for (let i = ops.length - 1; i >= 0; i--) applyOp(draft, ops[i] as Op, options);
    this.#stateRaw = draft.raw || this.#raw;
    this.#state = draft.root;
    this.#token = draft.token;
    return draft.root;
  }

  #plainOf(other: unknown): unknown {
    if (other instanceof PayloadBuilder) return other.build();
    // Checked like every value a builder takes: a diff must not carry undefined, NaN, a Date or a cycle into its operations.
    return toPlain(copyJsonValue(other, [], { protoKeys: this.#origin.options.protoKeys, raw: false }));
  }

  /** @internal A builder's state, shared, and whether it holds raw numbers. */
  static stateOf(builder: PayloadBuilder): [ObjectNode, boolean, ResolvedOptions] {
    return [builder.#shared(), builder.#stateRaw, builder.#origin.options];
  }
}

// What payload(base) and merge(partial) take: another builder's state, or a JSON object (copied, checked).
function objectInput(input: unknown, options: ResolvedOptions, role: string): [ObjectNode | StoredObject, boolean] {
  if (input instanceof PayloadBuilder) {
    const [state, raw, from] = PayloadBuilder.stateOf(input);
    // A chain that kept __proto__ keys hands its state to one that refuses them: checked as any value is (by copying it).
    if (options.protoKeys === 'error' && from.protoKeys === 'keep') copyJsonValue(materialize(state, true), [], { protoKeys: 'error', raw: false });
    return [state, raw];
  }
  const context = { protoKeys: options.protoKeys, raw: false };
  const value = copyJsonValue(input, [], context);
  if (!isObjectNode(value)) throw new JsonValueError('', describeValue(value), `an object (or a builder) ${role}`);
  return [value, context.raw];
}

function checkBuilder(value: unknown, method: string): PayloadBuilder {
  if (value instanceof PayloadBuilder) return value;
  throw new TypeError(`the function given to ${method}() must return a builder, found ${value === null ? 'null' : typeof value}`);
}

// A path deeper than the payload may nest: named at the first segment past the limit.
function tooLong(path: PathInput, at: number): PathSyntaxError {
  const expected = `at most ${MAX_DEPTH} segments (the nesting limit)`;
  if (typeof path !== 'string') return new PathSyntaxError(`[${path.length} segments]`, at, expected, `${path.length} segments`, true);
  const parsed = parsePathCached(path, '.');
  return new PathSyntaxError(path, parsed.positions[at] ?? path.length, expected, `${parsed.segments.length} segments`);
}
