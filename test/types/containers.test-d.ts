import { describe, expectTypeOf, test } from 'vitest';
import { payload, type ContainerPath } from '../../src/index.js';

interface Schema {
  name?: string;
  tags?: string[];
  settings?: { theme: 'dark' | 'light'; servers?: { hosts: string[] }; labels?: string[] } | null;
  deep?: { a: { b: { c: { d: { list: number[] } } } } };
  metadata?: Record<string, string[]>;
  anything?: unknown;
}

describe('push(), array() and object() offer only paths that can hold that kind', () => {
  test('while a key is typed, array paths complete it, including arrays inside the objects offered', () => {
    expectTypeOf<ContainerPath<Schema, '', 'array'>>().toEqualTypeOf<'tags' | 'settings.servers.hosts' | 'settings.labels' | 'anything'>();
    expectTypeOf<ContainerPath<Schema, 'settings.', 'array'>>().toEqualTypeOf<'settings.servers.hosts' | 'settings.labels'>();
    expectTypeOf<ContainerPath<Schema, 'ta', 'array'>>().toEqualTypeOf<'tags'>();
  });

  test('object paths complete object()', () => {
    expectTypeOf<ContainerPath<Schema, '', 'object'>>().toEqualTypeOf<'settings' | 'deep' | 'metadata' | 'anything'>();
    expectTypeOf<ContainerPath<Schema, 'settings.', 'object'>>().toEqualTypeOf<'settings.servers'>();
  });

  test('the search below an offered object is bounded: arrays deeper than three more keys are not offered', () => {
    expectTypeOf<ContainerPath<Schema, 'de', 'array'>>().toEqualTypeOf<'✗ no path starting with "de" can hold an array'>();
    expectTypeOf<ContainerPath<Schema, 'deep.a.', 'array'>>().toEqualTypeOf<'deep.a.b.c.d.list'>();
  });

  test('nothing that can hold the kind: an error that says so', () => {
    expectTypeOf<ContainerPath<Schema, 'na', 'array'>>().toEqualTypeOf<'✗ no path starting with "na" can hold an array'>();
    expectTypeOf<ContainerPath<Schema, 'ta', 'object'>>().toEqualTypeOf<'✗ no path starting with "ta" can hold an object'>();
  });

  test('a whole path is checked as before', () => {
    expectTypeOf<ContainerPath<Schema, 'tags', 'array'>>().toEqualTypeOf<'tags'>();
    expectTypeOf<ContainerPath<Schema, 'metadata.any', 'array'>>().toEqualTypeOf<'metadata.any'>();
    expectTypeOf<ContainerPath<Schema, 'name', 'array'>>().toEqualTypeOf<'✗ array() and push() need an array at "name", and the schema says string'>();
    expectTypeOf<ContainerPath<Schema, 'settings.nope', 'array'>>().toEqualTypeOf<'✗ unknown path "settings.nope": settings has no key "nope"'>();
  });

  test('the methods take them', () => {
    const b = payload<Schema>();
    b.push('settings.servers.hosts', 'h').array('settings.labels').object('settings.servers').push('metadata.k', 'v');
    // @ts-expect-error -- an object cannot take push()
    b.push('settings', 'x');
    // @ts-expect-error -- an unfinished key that no array path starts with
    b.push('na', 'x');
  });
});

describe('array() without a schema', () => {
  test('an array started empty reads as readonly unknown[], not never[]', () => {
    const built = payload().array('list').build();
    expectTypeOf(built).toEqualTypeOf<{ readonly list: readonly unknown[] }>();
    expectTypeOf(built.list[0]).toEqualTypeOf<unknown>();
    expectTypeOf(payload().array('list').get('list')).toEqualTypeOf<readonly unknown[] | undefined>();
  });

  test('elements pushed later give the element type', () => {
    expectTypeOf(payload().array('list').push('list', 'x').build()).toEqualTypeOf<{ readonly list: readonly string[] }>();
    expectTypeOf(payload().array('list').set('list[0].a', 1).build()).toEqualTypeOf<{ readonly list: readonly { readonly a: number }[] }>();
  });

  test('an array that exists keeps its type', () => {
    expectTypeOf(payload({ list: [1] }).array('list').build()).toEqualTypeOf<{ readonly list: readonly number[] }>();
  });
});
