import { describe, expectTypeOf, test } from 'vitest';
import { payload, type Auth0ClientUpdate, type MergePatch } from '../../src/index.js';

interface Schema {
  name?: string;
  tags?: string[];
  settings?: { theme: 'dark' | 'light'; flags?: { beta: boolean } } | null;
  metadata?: Record<string, string>;
}

describe('toMergePatch() is typed by what the builder builds', () => {
  test('with a schema: every member optional and nullable (null deletes), arrays whole', () => {
    const patch = payload<Schema>({ name: 'a' }).set('settings.theme', 'dark').remove('name').toMergePatch();
    expectTypeOf(patch).toEqualTypeOf<MergePatch<Schema>>();
    expectTypeOf(patch).toEqualTypeOf<{
      readonly name?: string | null;
      readonly tags?: readonly string[] | null;
      readonly settings?: { readonly theme?: 'dark' | 'light' | null; readonly flags?: { readonly beta?: boolean | null } | null } | null;
      readonly metadata?: { readonly [key: string]: string | null | undefined } | null;
    }>();
  });

  test('a patch is read, not written', () => {
    const patch = payload<Schema>().set('name', 'b').toMergePatch();
    // @ts-expect-error -- readonly
    patch.name = 'c';
    // @ts-expect-error -- arrays are readonly too
    patch.tags?.push('x');
  });

  test('on the Auth0 body, a member reads as its own type, or null', () => {
    const patch = payload<Auth0ClientUpdate>().set('jwt_configuration.alg', 'RS256').toMergePatch();
    expectTypeOf(patch.jwt_configuration).toEqualTypeOf<MergePatch<Auth0ClientUpdate>['jwt_configuration']>();
    expectTypeOf(patch.jwt_configuration?.alg).toEqualTypeOf<'HS256' | 'RS256' | 'RS512' | 'PS256' | null | undefined>();
  });

  test('without a schema: a patch of the result type', () => {
    const patch = payload({ a: 1 }).set('b.c', 'x').array('list').toMergePatch();
    expectTypeOf(patch).toEqualTypeOf<{
      readonly a?: number | null;
      readonly b?: { readonly c?: string | null } | null;
      readonly list?: readonly unknown[] | null;
    }>();
  });

  test('MergePatch of any is unknown; of unknown, unknown', () => {
    expectTypeOf<MergePatch<any>>().toEqualTypeOf<unknown>(); // eslint-disable-line @typescript-eslint/no-explicit-any -- the case under test
    expectTypeOf<MergePatch<unknown>>().toEqualTypeOf<unknown>();
  });
});
