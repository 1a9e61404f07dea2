import { describe, expectTypeOf, test } from 'vitest';
import { payload, rawNumber, type JsonPatchOperation, type Payload, type PayloadOutput, type ReadonlyJson } from '../../src/index.js';
import type { SendResult } from '../../src/send/index.js';

interface Schema {
  name?: string;
  price?: number;
  tags?: string[];
  settings?: { theme: 'dark' | 'light'; flags?: { beta: boolean } };
  metadata?: Record<string, string>;
}

describe('every method is typed by the schema', () => {
  const b = payload<Schema>();

  test('set and its value', () => {
    expectTypeOf(b.set('name', 'x')).toEqualTypeOf<Payload<Schema>>();
    b.set('price', rawNumber('1.50'));
    // @ts-expect-error -- a raw number only where a number fits
    b.set('name', rawNumber('1'));
  });

  test('get returns the readonly value or undefined; has takes the same paths', () => {
    expectTypeOf(b.get('settings.theme')).toEqualTypeOf<'dark' | 'light' | undefined>();
    expectTypeOf(b.get('tags')).toEqualTypeOf<readonly string[] | undefined>();
    expectTypeOf(b.get('settings')).toEqualTypeOf<{ readonly theme: 'dark' | 'light'; readonly flags?: { readonly beta: boolean } } | undefined>();
    expectTypeOf(b.has('settings.flags.beta')).toEqualTypeOf<boolean>();
    // @ts-expect-error -- unknown path
    b.get('settings.nope');
    // @ts-expect-error -- "[]" cannot be read
    b.has('tags[]');
  });

  test('remove', () => {
    b.remove('settings.flags').remove('tags[0]');
    // @ts-expect-error -- "[]" cannot be removed
    b.remove('tags[]');
  });

  test('update gets the current value and must return one of the path type', () => {
    b.update('price', (current) => {
      expectTypeOf(current).toEqualTypeOf<number | undefined>();
      return (current ?? 0) + 1;
    });
    // @ts-expect-error -- returns a string where a number is needed
    b.update('price', () => 'x');
  });

  test('push needs an array and takes an element', () => {
    b.push('tags', 'a');
    // @ts-expect-error -- element type
    b.push('tags', 1);
    // @ts-expect-error -- not an array
    b.push('name', 'a');
  });

  test('object and array need a container of that kind', () => {
    b.object('settings').object('metadata').array('tags');
    // @ts-expect-error -- tags is an array
    b.object('tags');
    // @ts-expect-error -- settings is an object
    b.array('settings');
  });

  test('merge takes a deep partial of the schema or a builder of it', () => {
    b.merge({ settings: { flags: { beta: true } } }).merge(payload<Schema>().set('name', 'x'));
    // @ts-expect-error -- wrong value inside the partial
    b.merge({ settings: { theme: 'blue' } });
  });

  test('build and toJSON return readonly schema-shaped data', () => {
    expectTypeOf(b.build()).toEqualTypeOf<ReadonlyJson<Schema>>();
    expectTypeOf(b.build().settings).toEqualTypeOf<{ readonly theme: 'dark' | 'light'; readonly flags?: { readonly beta: boolean } } | undefined>();
    expectTypeOf(b.toJSON()).toEqualTypeOf<ReadonlyJson<Schema>>();
    const built = b.build();
    // @ts-expect-error -- readonly
    built.name = 'x';
  });

  test('when and pipe keep the schema', () => {
    const withName = (builder: Payload<Schema>) => builder.set('name', 'n');
    expectTypeOf(b.when(true, withName).pipe(withName, (x) => x.set('price', 1))).toEqualTypeOf<Payload<Schema>>();
    // @ts-expect-error -- the callback's builder is typed too
    b.when(true, (x) => x.set('nope', 1));
  });

  test('a base is a deep partial of the schema', () => {
    payload<Schema>({ settings: { theme: 'dark' } });
    // @ts-expect-error -- wrong base
    payload<Schema>({ settings: { theme: 'blue' } });
  });

  test('send is kept, typed from send()', () => {
    expectTypeOf(b.send({ url: 'https://api.example/clients/:id' })).toEqualTypeOf<Promise<SendResult>>();
    expectTypeOf(payload().send<{ id: string }>({ url: 'https://api.example' })).toEqualTypeOf<Promise<SendResult<{ id: string }>>>();
  });

  test('a bare Payload is a builder of any schema', () => {
    const any: Payload = payload<Schema>();
    any.set('whatever.you[0].like', 1);
    const untyped: Payload = payload().set('a', 1);
    expectTypeOf(untyped).toEqualTypeOf<Payload>();
  });

  test('what every builder gives out is one type, PayloadOutput, that typed and untyped builders share', () => {
    const emitOf = (body: PayloadOutput): string => body.emit();
    emitOf(b.set('name', 'x'));
    emitOf(payload().set('a.b', 1));
    expectTypeOf<Payload<Schema>['toJsonPatch']>().toEqualTypeOf<PayloadOutput['toJsonPatch']>();
    expectTypeOf(payload().set('a', 1).diff({})).toEqualTypeOf<JsonPatchOperation[]>();
    expectTypeOf(b.entries()).toEqualTypeOf<[string, unknown][]>();
    // @ts-expect-error -- only the output: a PayloadOutput cannot be changed
    ((body: PayloadOutput) => body.set('a', 1))(b);
    // @ts-expect-error -- equals() compares with an object or a builder
    b.equals('text');
  });
});
