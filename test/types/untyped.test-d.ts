import { describe, expectTypeOf, test } from 'vitest';
import { APPEND, payload, rawNumber, type UntypedPayload } from '../../src/index.js';

describe('without a schema, the result type accumulates', () => {
  test('set builds up the shape, literals widened', () => {
    const b = payload().set('a.b', 1).set('c[0]', 'x');
    expectTypeOf(b).toEqualTypeOf<UntypedPayload<{ a: { b: number }; c: string[] }>>();
    expectTypeOf(b.build()).toEqualTypeOf<{ readonly a: { readonly b: number }; readonly c: readonly string[] }>();
  });

  test('any path and any value are accepted (the run time checks them)', () => {
    payload().set('a..b', 1).set('x', undefined).remove('a[]');
  });

  test('later sets replace or widen what is there', () => {
    const b = payload().set('a', 1).set('a', 'x').set('list[0]', 1).set('list[1]', 'y');
    expectTypeOf(b.build()).toEqualTypeOf<{ readonly a: string; readonly list: readonly (string | number)[] }>();
  });

  test('nested writes merge into what is there', () => {
    const b = payload().set('o.x', 1).set('o.y', true).set('arr[0].k', 'v').set(['q', 'r.s'], null);
    expectTypeOf(b.build()).toEqualTypeOf<{
      readonly o: { readonly x: number; readonly y: boolean };
      readonly arr: readonly { readonly k: string }[];
      readonly q: { readonly 'r.s': null };
    }>();
  });

  test('push, object, array, merge, raw numbers, segment arrays', () => {
    const b = payload()
      .push('tags', 'a')
      .object('meta')
      .array('list')
      .set(['n', APPEND], rawNumber('1.0'))
      .merge({ meta: { k: 'v' } });
    expectTypeOf(b.build()).toEqualTypeOf<{
      readonly tags: readonly string[];
      readonly meta: { readonly k: string };
      readonly list: readonly never[];
      readonly n: readonly number[];
    }>();
  });

  test('the base gives the starting type; a builder base its result', () => {
    const b = payload({ a: 1 }).set('b', true);
    expectTypeOf(b.build()).toEqualTypeOf<{ readonly a: number; readonly b: boolean }>();
    expectTypeOf(payload(b).build()).toEqualTypeOf<{ readonly a: number; readonly b: boolean }>();
  });

  test('get is typed where the result type knows the path', () => {
    const b = payload().set('a.b', 1);
    expectTypeOf(b.get('a.b')).toEqualTypeOf<number | undefined>();
    expectTypeOf(b.get('z')).toEqualTypeOf<unknown>();
  });

  test('payload<unknown>() is the same as payload()', () => {
    expectTypeOf(payload<unknown>()).toEqualTypeOf(payload());
  });
});
