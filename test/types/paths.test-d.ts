import type { JsonValue } from 'type-fest';
import { describe, expectTypeOf, test } from 'vitest';
import { APPEND, payload, type PathOf, type ValidPath, type ValueAt } from '../../src/index.js';

interface Schema {
  name: string;
  count?: number;
  settings: { theme: 'dark' | 'light'; flags?: { beta: boolean } };
  session: { token: string } | null;
  callbacks: string[];
  frozen: readonly string[];
  pair: [string, number];
  rest: [string, ...number[]];
  grid: number[][];
  servers: { identifier: string; scopes: string[] }[];
  metadata: Record<string, string>;
  headers: { [name: `x-${string}`]: string };
  'dotted.key': boolean;
  'quote"key': number;
  shape: { kind: 'circle'; radius: number } | { kind: 'square'; side: number; label: string };
  extra: JsonValue;
  anything: unknown;
}

describe('path forms', () => {
  const b = payload<Schema>();

  test('nested objects and optional properties', () => {
    expectTypeOf<ValueAt<Schema, 'name'>>().toEqualTypeOf<string>();
    expectTypeOf<ValueAt<Schema, 'count'>>().toEqualTypeOf<number>();
    expectTypeOf<ValueAt<Schema, 'settings.theme'>>().toEqualTypeOf<'dark' | 'light'>();
    expectTypeOf<ValueAt<Schema, 'settings.flags.beta'>>().toEqualTypeOf<boolean>();
    b.set('settings.flags.beta', true).set('count', 3);
    // @ts-expect-error -- wrong value type
    b.set('count', 'three');
    // @ts-expect-error -- `undefined` is not JSON, even for an optional property
    b.set('count', undefined);
  });

  test('nullable properties: null is a value, and the path goes through', () => {
    expectTypeOf<ValueAt<Schema, 'session'>>().toEqualTypeOf<{ token: string } | null>();
    expectTypeOf<ValueAt<Schema, 'session.token'>>().toEqualTypeOf<string>();
    b.set('session', null).set('session.token', 't');
    // @ts-expect-error -- a string cannot hold null
    b.set('session.token', null);
  });

  test('arrays, readonly arrays and append', () => {
    expectTypeOf<ValueAt<Schema, 'callbacks[0]'>>().toEqualTypeOf<string>();
    expectTypeOf<ValueAt<Schema, `callbacks[${number}]`>>().toEqualTypeOf<string>();
    expectTypeOf<ValueAt<Schema, 'callbacks[]'>>().toEqualTypeOf<string>();
    expectTypeOf<ValueAt<Schema, 'frozen[3]'>>().toEqualTypeOf<string>();
    b.set('callbacks[0]', 'a').set('callbacks[]', 'b').set('frozen[]', 'c').set('callbacks', ['x']);
    const index = 2 as number;
    b.set(`callbacks[${index}]`, 'c');
    // @ts-expect-error -- wrong element type
    b.set('callbacks[1]', 1);
    // @ts-expect-error -- indexing a non-array
    b.set('name[0]', 'x');
    // @ts-expect-error -- a key on an array
    b.set('callbacks.first', 'x');
  });

  test('tuples and variadic tuples', () => {
    expectTypeOf<ValueAt<Schema, 'pair[0]'>>().toEqualTypeOf<string>();
    expectTypeOf<ValueAt<Schema, 'pair[1]'>>().toEqualTypeOf<number>();
    expectTypeOf<ValueAt<Schema, 'rest[0]'>>().toEqualTypeOf<string>();
    expectTypeOf<ValueAt<Schema, 'rest[5]'>>().toEqualTypeOf<string | number>();
    b.set('pair[1]', 2).set('rest[]', 1);
    // @ts-expect-error -- out of the tuple's range
    b.set('pair[2]', 1);
    // @ts-expect-error -- no append on a fixed-length tuple
    b.set('pair[]', 1);
  });

  test('nested arrays and arrays of objects', () => {
    expectTypeOf<ValueAt<Schema, 'grid[0][1]'>>().toEqualTypeOf<number>();
    expectTypeOf<ValueAt<Schema, 'servers[0].scopes[1]'>>().toEqualTypeOf<string>();
    b.set('grid[0][1]', 1).set('servers[0].identifier', 'api').set('servers[0].scopes[]', 'read');
    // @ts-expect-error -- one index too many
    b.set('grid[0][1][2]', 1);
  });

  test('records and index signatures', () => {
    expectTypeOf<ValueAt<Schema, 'metadata.anything'>>().toEqualTypeOf<string>();
    expectTypeOf<ValueAt<Schema, `metadata.${string}`>>().toEqualTypeOf<string>();
    expectTypeOf<ValueAt<Schema, 'headers.x-trace'>>().toEqualTypeOf<string>();
    b.set('metadata.team', 'payments').set('headers.x-id', '1');
    // @ts-expect-error -- the key does not match the template
    b.set('headers.trace', '1');
    // @ts-expect-error -- record values are strings
    b.set('metadata.team', 1);
  });

  test('quoted keys for keys holding ".", "[" or a quote', () => {
    expectTypeOf<ValueAt<Schema, '"dotted.key"'>>().toEqualTypeOf<boolean>();
    expectTypeOf<ValueAt<Schema, '"quote\\"key"'>>().toEqualTypeOf<number>();
    expectTypeOf<ValueAt<Schema, 'metadata."a.b[c]"'>>().toEqualTypeOf<string>();
    b.set('"dotted.key"', true);
    // @ts-expect-error -- unquoted, the dot splits the key
    b.set('dotted.key', true);
  });

  test('unions of object types: a path of any member, the union of their values', () => {
    expectTypeOf<ValueAt<Schema, 'shape.kind'>>().toEqualTypeOf<'circle' | 'square'>();
    expectTypeOf<ValueAt<Schema, 'shape.side'>>().toEqualTypeOf<number>();
    b.set('shape.radius', 1).set('shape.label', 'x');
    // @ts-expect-error -- a key of neither member
    b.set('shape.color', 'red');
    // @ts-expect-error -- the member that has `label` says string
    b.set('shape.label', 1);
  });

  test('recursive JSON types accept any deeper path', () => {
    expectTypeOf<ValueAt<Schema, 'extra.a.b[0].c'>>().toEqualTypeOf<JsonValue>();
    b.set('extra.a.b[0].c', { d: [1, 'x', null] }).set('extra[3]', true);
    // @ts-expect-error -- still JSON only
    b.set('extra.a', () => 1);
  });

  test('unknown-typed fields accept any deeper path and any JSON value', () => {
    expectTypeOf<ValueAt<Schema, 'anything.a[0].b'>>().toEqualTypeOf<unknown>();
    b.set('anything.a[0].b', { x: 1 }).set('anything', 'text');
  });

  test('arrays of segments', () => {
    expectTypeOf<ValueAt<Schema, ['servers', 0, 'scopes', 1]>>().toEqualTypeOf<string>();
    expectTypeOf<ValueAt<Schema, ['metadata', 'a.b']>>().toEqualTypeOf<string>();
    b.set(['servers', 0, 'identifier'], 'api').set(['callbacks', APPEND], 'x').set(['metadata', 'key.with.dots'], 'v');
    // @ts-expect-error -- unknown key in a segment array
    b.set(['settings', 'nope'], 1);
    // @ts-expect-error -- wrong value for a segment array
    b.set(['settings', 'theme'], 'blue');
    // @ts-expect-error -- APPEND only appends
    b.get(['callbacks', APPEND]);
  });

  test('completion: a key typed halfway offers the keys it starts', () => {
    expectTypeOf<ValidPath<Schema, ''>>().toEqualTypeOf<keyof Schema extends infer Key ? (Key extends 'dotted.key' ? '"dotted.key"' : Key extends 'quote"key' ? '"quote\\"key"' : Key) : never>();
    expectTypeOf<ValidPath<Schema, 'settings.'>>().toEqualTypeOf<'settings.theme' | 'settings.flags'>();
    expectTypeOf<ValidPath<Schema, 'settings.th'>>().toEqualTypeOf<'settings.theme'>();
    expectTypeOf<ValidPath<Schema, 'servers[0].'>>().toEqualTypeOf<'servers[0].identifier' | 'servers[0].scopes'>();
    expectTypeOf<ValidPath<Schema, 'settings.theme'>>().toEqualTypeOf<'settings.theme'>();
  });

  test('PathOf lists the paths, for helpers', () => {
    const path: PathOf<Schema> = 'servers[0].scopes[1]';
    expectTypeOf<'settings.flags.beta'>().toExtend<PathOf<Schema>>();
    expectTypeOf<`callbacks[${number}]`>().toExtend<PathOf<Schema>>();
    expectTypeOf<'metadata.any'>().toExtend<PathOf<Schema>>();
    expectTypeOf<'settings.nope'>().not.toExtend<PathOf<Schema>>();
    // A PathOf union is accepted by set(); the value is then the union of the values.
    b.set(path, 'read');
  });
});
