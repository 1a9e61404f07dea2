import { PayloadBuilder, type JsonPatchOperation, type PayloadOptions } from '../builder/index.js';
import type { EmitOptions } from '../emit/index.js';
import { ValidationError } from '../errors/index.js';
import type { PathInput } from '../path/index.js';
import type { SendOptions, SendResult } from '../send/index.js';
import type { BaseFor } from '../types/index.js';
import type { SchemaPayload, ValidationResult } from './schema-payload.js';
import type { InferInput, InferOutput, StandardSchemaV1 } from './standard-schema.js';

/**
 * Starts a payload builder checked by a Standard Schema validator (zod 4, valibot 1, arktype 2, …):
 * typed by the schema's input type at compile time, validated by the schema at run time.
 *
 * Paths and values are checked as `payload<Input>()` checks them. `validate()` runs the schema
 * and resolves to its output or to its issues, with paths in pathpatch's syntax and the schema's
 * messages; `send()` validates first and throws a `ValidationError` before any request is made.
 * What is sent is the payload as built, not the schema's (possibly transformed) output.
 *
 * @param schema - any Standard Schema v1 validator.
 * @param base - a partial payload (copied) or a builder of the same input type. @default {}
 * @param options - `gaps`, `conflicts`, `protoKeys`, `delimiter`, as for `payload()`.
 * @returns a new builder.
 * @throws {TypeError} when `schema` is not a Standard Schema v1 validator.
 * @throws {JsonValueError} when `base` is not a JSON object.
 * @example
 * ```ts
 * import * as v from 'valibot';
 * import { payloadFor } from 'pathpatch';
 * const schema = v.object({ addons: v.optional(v.object({ rms: v.optional(v.object({ url: v.pipe(v.string(), v.url()) })) })) });
 * const result = await payloadFor(schema).set('addons.rms.url', 'nope').validate();
 * result.issues?.[0]?.path; //=> 'addons.rms.url'
 * ```
 */
export function payloadFor<Schema extends StandardSchemaV1>(
  schema: Schema,
  base?: BaseFor<InferInput<Schema>>,
  options?: PayloadOptions,
): SchemaPayload<InferInput<Schema>, InferOutput<Schema>>;
export function payloadFor<Schema extends StandardSchemaV1>(
  schema: Schema,
  base: NoInfer<SchemaPayload<InferInput<Schema>, InferOutput<Schema>>>,
  options?: PayloadOptions,
): SchemaPayload<InferInput<Schema>, InferOutput<Schema>>;
export function payloadFor(schema: StandardSchemaV1, base?: unknown, options?: PayloadOptions): unknown {
  const props = (schema as Partial<StandardSchemaV1> | null | undefined)?.['~standard'];
  if (props?.version !== 1 || typeof props.validate !== 'function') {
    throw new TypeError('payloadFor() expects a Standard Schema v1 validator (an object with a "~standard" property of version 1)');
  }
  const inner = base instanceof SchemaBuilder ? base.builder : base;
  return new SchemaBuilder(PayloadBuilder.create(inner, options), schema);
}

/** @internal The runtime behind {@link SchemaPayload}: a builder and its schema; every update returns a new one. */
class SchemaBuilder {
  /** @internal */
  readonly builder: PayloadBuilder;
  readonly #schema: StandardSchemaV1;

  constructor(builder: PayloadBuilder, schema: StandardSchemaV1) {
    this.builder = builder;
    this.#schema = schema;
  }

  set(path: PathInput, value: unknown): SchemaBuilder {
    return this.#next(this.builder.set(path, value));
  }

  push(path: PathInput, value: unknown): SchemaBuilder {
    return this.#next(this.builder.push(path, value));
  }

  object(path: PathInput): SchemaBuilder {
    return this.#next(this.builder.object(path));
  }

  array(path: PathInput): SchemaBuilder {
    return this.#next(this.builder.array(path));
  }

  remove(path: PathInput): SchemaBuilder {
    return this.#next(this.builder.remove(path));
  }

  update(path: PathInput, fn: (current: unknown) => unknown): SchemaBuilder {
    return this.#next(this.builder.update(path, fn));
  }

  merge(partial: unknown): SchemaBuilder {
    return this.#next(this.builder.merge(unwrap(partial)));
  }

  when(condition: boolean | ((builder: SchemaBuilder) => boolean), fn: (builder: SchemaBuilder) => unknown): SchemaBuilder {
    const holds = typeof condition === 'function' ? condition(this) : condition;
    return holds ? this.#adopt(fn(this), 'when') : this;
  }

  pipe(...fns: ((builder: SchemaBuilder) => unknown)[]): SchemaBuilder {
    return fns.reduce<SchemaBuilder>((builder, fn) => builder.#adopt(fn(builder), 'pipe'), this);
  }

  build(): Readonly<Record<string, unknown>> {
    return this.builder.build();
  }

  toJSON(): Readonly<Record<string, unknown>> {
    return this.builder.toJSON();
  }

  emit(options?: EmitOptions): string {
    return this.builder.emit(options);
  }

  get(path: PathInput): unknown {
    return this.builder.get(path);
  }

  has(path: PathInput): boolean {
    return this.builder.has(path);
  }

  entries(): [string, unknown][] {
    return this.builder.entries();
  }

  equals(other: unknown): boolean {
    return this.builder.equals(unwrap(other));
  }

  diff(other: unknown): JsonPatchOperation[] {
    return this.builder.diff(unwrap(other));
  }

  toJsonPatch(): JsonPatchOperation[] {
    return this.builder.toJsonPatch();
  }

  toMergePatch(): unknown {
    return this.builder.toMergePatch();
  }

  async validate(): Promise<ValidationResult<unknown>> {
    const built = this.builder.build();
    // A fresh, unfrozen copy: some validators write into what they are given (defaults, morphs).
    const result = await this.#schema['~standard'].validate(structuredClone(built));
    if (result.issues === undefined) return { value: result.value };
    // Loaded only when there are issues to report, with the secret scrubbing they need.
    const { toValidationIssues } = await import('./to-validation-issues.js');
    return { issues: toValidationIssues(result.issues, built) };
  }

  async send<Data = unknown>(options: SendOptions): Promise<SendResult<Data>> {
    await this.assertValid();
    return this.builder.send<Data>(options);
  }

  /** @internal Throws a {@link ValidationError} when the schema refuses the payload. */
  async assertValid(): Promise<void> {
    const checked = await this.validate();
    if (checked.issues !== undefined) throw new ValidationError(this.#schema['~standard'].vendor, checked.issues);
  }

  // What a when()/pipe() function returned: ours as it is, else checked by the inner builder's own method (same errors).
  #adopt(result: unknown, method: 'when' | 'pipe'): SchemaBuilder {
    if (result instanceof SchemaBuilder) return result;
    const give = (): PayloadBuilder => result as PayloadBuilder;
    return this.#next(method === 'when' ? this.builder.when(true, give) : this.builder.pipe(give));
  }

  #next(builder: PayloadBuilder): SchemaBuilder {
    return new SchemaBuilder(builder, this.#schema);
  }
}

/**
 * @internal Validates a body before it is sent, when it is a `payloadFor()` builder; other bodies pass.
 * @example
 * ```ts
 * await assertValidBody(payloadFor(schema).set('name', 1)); // throws ValidationError
 * ```
 */
export async function assertValidBody(body: unknown): Promise<void> {
  if (body instanceof SchemaBuilder) await body.assertValid();
}

function unwrap(value: unknown): unknown {
  return value instanceof SchemaBuilder ? value.builder : value;
}
