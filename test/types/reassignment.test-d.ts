import { describe, expectTypeOf, test } from 'vitest';
import { payload, type Auth0ClientUpdate, type Payload, type UntypedPayload } from '../../src/index.js';

declare const keys: string[];
declare const loose: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- what JSON.parse and untyped code hand over

describe('a builder variable can be reassigned in a loop, without an annotation', () => {
  test('untyped: a builder that grew is assignable to the one it grew from', () => {
    let b = payload();
    for (const k of keys) b = b.set(['metadata', k], 'v');
    for (const k of keys) b = b.set(`tags[${keys.indexOf(k)}]`, k).push('list', 1).object('o').array('a');
    for (const k of keys) b = b.update(['metadata', k], (current) => current).update('flag', true).remove('x');
    for (const k of keys) b = b.merge({ [k]: 1 }).when(k === 'a', (x) => x.set('a', 1)).pipe((x) => x);
    // The variable keeps the type it was declared with: the empty start.
    expectTypeOf(b).toEqualTypeOf<UntypedPayload<Record<never, never>>>();
    expectTypeOf(b.build()).toEqualTypeOf<Record<never, never>>();
  });

  test('untyped from a base: the base type stays known', () => {
    let b = payload({ name: 'app' });
    for (const k of keys) b = b.set(['client_metadata', k], 'v');
    expectTypeOf(b.build()).toEqualTypeOf<{ readonly name: string }>();
    expectTypeOf(b.get('name')).toEqualTypeOf<string | undefined>();
  });

  test('untyped: a builder is not assignable to one that claims more than it holds', () => {
    const grown = payload().set('a', 1);
    // @ts-expect-error -- the empty builder has no "a"
    const empty: typeof grown = payload();
    // @ts-expect-error -- "a" is a number, not a string
    const other: typeof grown = payload().set('a', 'x');
    expectTypeOf(grown.build()).toEqualTypeOf<{ readonly a: number }>();
    expectTypeOf([empty, other]).toEqualTypeOf<UntypedPayload<{ a: number }>[]>();
  });

  test('typed: every method returns the same builder type', () => {
    let b = payload<Auth0ClientUpdate>();
    for (const k of keys) b = b.set(['client_metadata', k], 'v');
    for (const k of keys) b = b.push('callbacks', `https://${k}.example/callback`).update('name', k).object('addons.samlp');
    expectTypeOf(b).toEqualTypeOf<Payload<Auth0ClientUpdate>>();
    expectTypeOf(b.build().name).toEqualTypeOf<string | undefined>();
  });

  test('typed: the loop still checks paths and values', () => {
    let b = payload<Auth0ClientUpdate>();
    for (const k of keys) {
      // @ts-expect-error -- client_metadata holds strings (or null)
      b = b.set(['client_metadata', k], 1);
      // @ts-expect-error -- a key of type string cannot be checked on an object with fixed keys
      b = b.set(['jwt_configuration', k], 'v');
    }
  });
});

describe('build() is never any', () => {
  test('a bare Payload builds unknown', () => {
    const b: Payload = payload();
    expectTypeOf(b.build()).toEqualTypeOf<unknown>();
    expectTypeOf(b.toJSON()).toEqualTypeOf<unknown>();
    expectTypeOf(b.get('a.b')).toEqualTypeOf<unknown>();
    expectTypeOf(b.toMergePatch()).toEqualTypeOf<unknown>();
    let c: Payload = payload();
    for (const k of keys) c = c.set(['metadata', k], 'v');
    expectTypeOf(c.build()).toEqualTypeOf<unknown>();
  });

  test('payload<any>() builds unknown', () => {
    expectTypeOf(payload<any>().build()).toEqualTypeOf<unknown>(); // eslint-disable-line @typescript-eslint/no-explicit-any -- the case under test
  });

  test('a base typed any starts from unknown; a merge of any keeps the type', () => {
    expectTypeOf(payload(loose).build()).toEqualTypeOf<unknown>();
    expectTypeOf(payload(loose).set('a', 1).build()).toEqualTypeOf<{ readonly a: number }>();
    expectTypeOf(payload().set('a', 1).merge(loose).build()).toEqualTypeOf<{ readonly a: number }>();
  });

  test('a value typed any stays any where it was put, and only there', () => {
    const built = payload().set('a', 1).set('b', loose).build();
    expectTypeOf(built.a).toEqualTypeOf<number>();
    expectTypeOf(built.b).toBeAny();
  });

  test('a helper generic in the result type can hand its builder on as a bare Payload', () => {
    const widen = <Result>(builder: UntypedPayload<Result>): Payload => builder;
    expectTypeOf(widen(payload().set('a', 1))).toEqualTypeOf<Payload>();
  });
});
