// The part of the Standard Schema v1 interface (standardschema.dev) that pathpatch reads, declared
// here so that the package stays free of dependencies; zod 4, valibot 1 and arktype 2 all fit it.

/**
 * A validator that implements Standard Schema v1 (zod 4, valibot 1, arktype 2, …): the
 * `~standard` property with `validate()` and the input and output types.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import type { StandardSchemaV1 } from 'pathpatch';
 * const schema: StandardSchemaV1<{ name?: string }> = z.object({ name: z.string().optional() });
 * ```
 */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  /** The Standard Schema properties. */
  readonly '~standard': StandardSchemaProps<Input, Output>;
}

/**
 * The `~standard` property of a {@link StandardSchemaV1} validator.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import type { StandardSchemaProps } from 'pathpatch';
 * const props: StandardSchemaProps<string> = z.string()['~standard'];
 * props.vendor; //=> 'zod'
 * ```
 */
export interface StandardSchemaProps<Input = unknown, Output = Input> {
  /** The version of the interface: 1. */
  readonly version: 1;
  /** The library that made the validator (`'zod'`, `'valibot'`, `'arktype'`). */
  readonly vendor: string;
  /** Checks a value; may answer synchronously or with a promise. */
  readonly validate: (value: unknown) => StandardResult<Output> | Promise<StandardResult<Output>>;
  /** Type-only: the input and output types. */
  readonly types?: { readonly input: Input; readonly output: Output } | undefined;
}

/**
 * What a Standard Schema validator answers: the (possibly transformed) value, or issues.
 *
 * @example
 * ```ts
 * import type { StandardResult } from 'pathpatch';
 * const failed: StandardResult<string> = { issues: [{ message: 'Required', path: ['name'] }] };
 * ```
 */
export type StandardResult<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | { readonly issues: ReadonlyArray<StandardIssue> };

/**
 * One issue from a Standard Schema validator: a message and where, as keys or `{ key }` segments.
 *
 * @example
 * ```ts
 * import type { StandardIssue } from 'pathpatch';
 * const issue: StandardIssue = { message: 'Invalid URL', path: ['addons', { key: 'rms' }, 'url'] };
 * ```
 */
export interface StandardIssue {
  /** The validator's message. */
  readonly message: string;
  /** Where: property keys and array indexes, each possibly wrapped as `{ key }`. */
  readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined;
}

/**
 * The input type of a Standard Schema validator: what the builder of `payloadFor()` is typed by.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import type { InferInput } from 'pathpatch';
 * type Input = InferInput<typeof schema>; // with const schema = z.object({ n: z.string().transform(Number) })
 * //=> { n: string }
 * ```
 */
export type InferInput<Schema extends StandardSchemaV1> = NonNullable<Schema['~standard']['types']>['input'];

/**
 * The output type of a Standard Schema validator: what `validate()` gives back.
 *
 * @example
 * ```ts
 * import type { InferOutput } from 'pathpatch';
 * type Output = InferOutput<typeof schema>; // with const schema = z.object({ n: z.string().transform(Number) })
 * //=> { n: number }
 * ```
 */
export type InferOutput<Schema extends StandardSchemaV1> = NonNullable<Schema['~standard']['types']>['output'];
