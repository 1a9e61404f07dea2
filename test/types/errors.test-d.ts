import { describe, expectTypeOf, test } from 'vitest';
import { payload, type ValidPath } from '../../src/index.js';

interface Schema {
  name: string;
  jwt_configuration: { alg: 'HS256' | 'RS256'; lifetime_in_seconds: number };
  callbacks: string[];
  pair: [string, number];
}

describe('errors name the path and what is wrong', () => {
  test('unknown key', () => {
    expectTypeOf<ValidPath<Schema, 'jwt_configuration.nope'>>().toEqualTypeOf<'✗ unknown path "jwt_configuration.nope": jwt_configuration has no key "nope"'>();
    expectTypeOf<ValidPath<Schema, 'nope.deeper'>>().toEqualTypeOf<'✗ unknown path "nope.deeper": the payload has no key "nope"'>();
  });

  test('a key typed halfway: the keys it may become (a bounded "did you mean")', () => {
    expectTypeOf<ValidPath<Schema, 'jwt_configuration.li'>>().toEqualTypeOf<'jwt_configuration.lifetime_in_seconds'>();
  });

  test('wrong container kind', () => {
    expectTypeOf<ValidPath<Schema, 'name[0]'>>().toEqualTypeOf<'✗ unknown path "name[0]": name is not an array'>();
    expectTypeOf<ValidPath<Schema, 'name.first'>>().toEqualTypeOf<'✗ unknown path "name.first": name is not an object'>();
    expectTypeOf<ValidPath<Schema, 'callbacks.first'>>().toEqualTypeOf<'✗ unknown path "callbacks.first": callbacks is an array, so it takes an index such as [0] or []'>();
    expectTypeOf<ValidPath<Schema, 'pair[2]'>>().toEqualTypeOf<'✗ unknown path "pair[2]": index 2 is out of range of pair'>();
    expectTypeOf<ValidPath<Schema, 'pair[]'>>().toEqualTypeOf<'✗ unknown path "pair[]": pair is a fixed-length tuple'>();
  });

  test('malformed paths, as the run-time grammar rejects them', () => {
    expectTypeOf<ValidPath<Schema, 'callbacks[01]'>>().toEqualTypeOf<'✗ malformed path "callbacks[01]": "[01]" is not an index (a non-negative integer without sign, spaces or leading zeros)'>();
    expectTypeOf<ValidPath<Schema, 'callbacks[-1]'>>().toEqualTypeOf<'✗ malformed path "callbacks[-1]": "[-1]" is not an index (a non-negative integer without sign, spaces or leading zeros)'>();
    expectTypeOf<ValidPath<Schema, 'callbacks[ 1]'>>().toEqualTypeOf<'✗ malformed path "callbacks[ 1]": "[ 1]" is not an index (a non-negative integer without sign, spaces or leading zeros)'>();
    expectTypeOf<ValidPath<Schema, 'callbacks[0'>>().toEqualTypeOf<'✗ malformed path "callbacks[0": expected "]" after "[0"'>();
    expectTypeOf<ValidPath<Schema, 'jwt_configuration..alg'>>().toEqualTypeOf<'✗ malformed path "jwt_configuration..alg": expected a key after "jwt_configuration."'>();
    expectTypeOf<ValidPath<Schema, '[0]'>>().toEqualTypeOf<'✗ malformed path "[0]": expected a key at the start'>();
    expectTypeOf<ValidPath<Schema, 'na"me'>>().toEqualTypeOf<'✗ malformed path "na"me": quote the whole key to use """ in it'>();
    expectTypeOf<ValidPath<Schema, '"name'>>().toEqualTypeOf<'✗ malformed path ""name": a quoted key has no closing quote'>();
    expectTypeOf<ValidPath<Schema, '"name"x'>>().toEqualTypeOf<'✗ malformed path ""name"x": expected ".", "[" or the end after ""name""'>();
  });

  test('"[]" is for writing only', () => {
    expectTypeOf<ValidPath<Schema, 'callbacks[]', false>>().toEqualTypeOf<'✗ "[]" only appends, so "callbacks[]" cannot be read or removed: use an index'>();
  });

  test('a path of type string cannot be checked', () => {
    const dynamic = 'name' as string;
    // @ts-expect-error -- ✗ a path of type string cannot be checked against the schema
    payload<Schema>().set(dynamic, 'x');
  });

  test('the error lands on the path argument, and the value is not blamed too', () => {
    // TypeScript reports the first argument that fails, so the message is about the path.
    // @ts-expect-error -- Argument of type '"jwt_configuration.nope"' is not assignable to parameter of type '"✗ unknown path ..."'
    payload<Schema>().set('jwt_configuration.nope', 1);
  });
});
