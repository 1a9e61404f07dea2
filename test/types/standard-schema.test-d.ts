import type { StandardSchemaV1 as SpecSchema } from '@standard-schema/spec';
import { type } from 'arktype';
import * as v from 'valibot';
import { describe, expectTypeOf, test } from 'vitest';
import { z } from 'zod';
import {
  payloadFor,
  type InferInput,
  type InferOutput,
  type SchemaPayload,
  type StandardSchemaV1,
  type ValidationIssue,
  type ValidationResult,
} from '../../src/index.js';

const zodSchema = z.object({
  name: z.string().optional(),
  callbacks: z.array(z.url()).optional(),
  addons: z.object({ rms: z.object({ url: z.url() }).optional() }).optional(),
  lifetime: z.string().transform(Number).optional(),
});
type ZodInput = z.input<typeof zodSchema>;
type ZodOutput = z.output<typeof zodSchema>;

describe('the Standard Schema interface', () => {
  test('our declaration is the spec one, as far as pathpatch reads it', () => {
    expectTypeOf<SpecSchema<{ a: string }, { a: number }>>().toExtend<StandardSchemaV1<{ a: string }, { a: number }>>();
    expectTypeOf(zodSchema).toExtend<StandardSchemaV1>();
    expectTypeOf<InferInput<SpecSchema<{ a: string }, { a: number }>>>().toEqualTypeOf<{ a: string }>();
    expectTypeOf<InferOutput<SpecSchema<{ a: string }, { a: number }>>>().toEqualTypeOf<{ a: number }>();
  });
});

describe('payloadFor()', () => {
  test("is typed by the schema's input; validate() gives its output", () => {
    const built = payloadFor(zodSchema);
    expectTypeOf(built).toEqualTypeOf<SchemaPayload<ZodInput, ZodOutput>>();
    expectTypeOf(built.set('lifetime', '3600').validate()).toEqualTypeOf<Promise<ValidationResult<ZodOutput>>>();
    expectTypeOf<ValidationResult<ZodOutput>>().toEqualTypeOf<
      { readonly value: ZodOutput; readonly issues?: undefined } | { readonly value?: undefined; readonly issues: readonly ValidationIssue[] }
    >();
  });

  test('the same typed paths as payload<T>(), every chaining method keeps validate()', () => {
    const built = payloadFor(zodSchema)
      .set('callbacks[0]', 'https://a.example')
      .push('callbacks', 'https://b.example')
      .object('addons.rms')
      .set('addons.rms.url', 'https://rms.example')
      .update('name', (name) => `${name ?? ''}!`)
      .merge({ name: 'x' })
      .remove('name')
      .when(true, (b) => b.set('name', 'y'))
      .pipe((b) => b.array('callbacks'));
    expectTypeOf(built.validate).toBeFunction();
    expectTypeOf(built.get('addons.rms.url')).toEqualTypeOf<string | undefined>();
    // @ts-expect-error -- not a path of the schema
    built.set('addon.rms.url', 'x');
    // @ts-expect-error -- a number is not a string
    built.set('callbacks[0]', 1);
    // @ts-expect-error -- name is not an array
    built.push('name', 'x');
    // @ts-expect-error -- the function must return a builder of the same schema
    built.when(true, () => 1);
  });

  test('valibot and arktype input types', () => {
    const valibotSchema = v.object({ tags: v.optional(v.array(v.picklist(['a', 'b']))) });
    payloadFor(valibotSchema).set('tags[0]', 'a');
    // @ts-expect-error -- "c" is not in the picklist
    payloadFor(valibotSchema).set('tags[0]', 'c');
    const arkSchema = type({ 'mode?': "'custom' | 'all'", 'limits?': { 'per_day?': 'number' } });
    payloadFor(arkSchema).set('mode', 'all').set('limits.per_day', 5);
    // @ts-expect-error -- "none" is not a mode
    payloadFor(arkSchema).set('mode', 'none');
  });

  test('a base: a partial payload or a builder of the same schema', () => {
    payloadFor(zodSchema, { addons: { rms: { url: 'https://rms.example' } } });
    payloadFor(zodSchema, payloadFor(zodSchema).set('name', 'x'));
    // @ts-expect-error -- not a partial of the schema's input
    payloadFor(zodSchema, { name: 1 });
    // @ts-expect-error -- not a Standard Schema
    payloadFor({ parse: () => 1 });
  });
});
