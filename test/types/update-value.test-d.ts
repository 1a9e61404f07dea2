import { describe, expectTypeOf, test } from 'vitest';
import { payload, rawNumber, type Auth0ClientUpdate, type Payload, type UntypedPayload } from '../../src/index.js';

describe('update(path, value) sets a value, typed exactly like set(path, value)', () => {
  const client = payload<Auth0ClientUpdate>();

  test('the line the project is described by', () => {
    expectTypeOf(client.update('jwt_configuration.secret_encoded', true)).toEqualTypeOf<Payload<Auth0ClientUpdate>>();
    expectTypeOf(payload().update('jwt_configuration.secret_encoded', true).build()).toEqualTypeOf<{
      readonly jwt_configuration: { readonly secret_encoded: boolean };
    }>();
  });

  test('the value must fit the type at the path, as for set()', () => {
    client.update('jwt_configuration.alg', 'RS256').update('callbacks[0]', 'https://a.example').update('client_metadata.team', null);
    client.update('jwt_configuration.lifetime_in_seconds', rawNumber('36000'));
    client.update('callbacks', ['https://a.example']).update(['client_metadata', 'team'], 'payments');
    // @ts-expect-error -- '"RS999"' is not assignable to '"HS256" | "RS256" | "RS512" | "PS256" | …'
    client.update('jwt_configuration.alg', 'RS999');
    // @ts-expect-error -- a boolean where the schema says number
    client.update('jwt_configuration.lifetime_in_seconds', true);
    // @ts-expect-error -- a raw number only where a number fits
    client.update('name', rawNumber('1'));
    // @ts-expect-error -- arrays are whole values: an array of strings, not one string
    client.update('callbacks', 'https://a.example');
  });

  test('the path is checked as for set()', () => {
    // @ts-expect-error -- unknown path
    client.update('jwt_configuration.nope', true);
    // @ts-expect-error -- a path of type string cannot be checked
    client.update('name' as string, 'x');
    client.update('callbacks[]', 'https://a.example');
  });

  test('a function keeps its meaning: it gets the current value and returns the new one', () => {
    client.update('jwt_configuration.lifetime_in_seconds', (seconds) => {
      expectTypeOf(seconds).toEqualTypeOf<number | undefined>();
      return (seconds ?? 3600) * 2;
    });
    client.update('jwt_configuration.alg', (alg) => {
      expectTypeOf(alg).toEqualTypeOf<'HS256' | 'RS256' | 'RS512' | 'PS256' | undefined>();
      return alg ?? 'RS256';
    });
    // @ts-expect-error -- the function must return the type at the path
    client.update('jwt_configuration.alg', () => 'RS999');
  });

  test('a bare Payload takes any value', () => {
    const any: Payload = payload<Auth0ClientUpdate>();
    expectTypeOf(any.update('whatever.you[0].like', 1)).toEqualTypeOf<Payload>();
    any.update('a', (current) => {
      expectTypeOf(current).toEqualTypeOf<unknown>();
      return 1;
    });
  });
});

describe('without a schema, update(path, value) grows the result type as set() does', () => {
  test('values are widened and placed at the path', () => {
    const b = payload().update('a.b', 1).update('c[0]', 'x').update(['d', 'e'], null);
    expectTypeOf(b).toEqualTypeOf<UntypedPayload<{ a: { b: number }; c: string[]; d: { e: null } }>>();
    expectTypeOf(b.build()).toEqualTypeOf<ReturnType<typeof b.build>>();
    expectTypeOf(payload().update('a', { x: [1] }).build()).toEqualTypeOf<{ readonly a: { readonly x: readonly number[] } }>();
  });

  test('a function gets what is known at the path and its return value is placed there', () => {
    const b = payload()
      .set('n', 1)
      .update('n', (n) => {
        expectTypeOf(n).toEqualTypeOf<number | undefined>();
        return String(n);
      });
    expectTypeOf(b.build()).toEqualTypeOf<{ readonly n: string }>();
    payload().update('unknown.path', (current) => {
      expectTypeOf(current).toEqualTypeOf<unknown>();
      return true;
    });
  });
});
