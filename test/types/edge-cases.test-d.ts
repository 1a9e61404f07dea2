import type { JsonObject, JsonValue } from 'type-fest';
import { describe, expectTypeOf, test } from 'vitest';
import { payload, type PathOf, type Payload, type ValidPath, type ValueAt } from '../../src/index.js';

interface Deep10 {
  l1: { l2: { l3: { l4: { l5: { l6: { l7: { l8: { l9: { l10: { leaf: string; list: number[] } } } } } } } } } };
}

interface Tree {
  label: string;
  children: Tree[];
  parent?: Tree | null;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- these tests are about how `any` schemas and fields behave */
describe('any, unknown and never', () => {
  test('an any schema accepts everything and types values any', () => {
    const b = payload<any>();
    expectTypeOf(b).toEqualTypeOf<Payload<any>>();
    b.set('a.b[0]', 1).set(['x', 0], 'y');
    expectTypeOf<ValueAt<any, 'a.b'>>().toBeAny();
  });

  test('any-typed fields accept any deeper path and any value', () => {
    interface WithAny {
      free: any;
    }
    expectTypeOf<ValueAt<WithAny, 'free.a[0].b'>>().toBeAny();
    payload<WithAny>().set('free.a[0].b', () => 1);
  });

  test('unknown-typed fields take any deeper path and JSON values', () => {
    interface WithUnknown {
      opaque: unknown;
    }
    expectTypeOf<ValueAt<WithUnknown, 'opaque.a'>>().toBeUnknown();
    payload<WithUnknown>().set('opaque.a', { b: [1] });
  });

  test('never admits no path', () => {
    // @ts-expect-error -- no path is a path of never
    payload<never>().set('a', 1);
    interface WithNever {
      gone: never;
      kept: string;
    }
    expectTypeOf<ValueAt<WithNever, 'gone'>>().toBeNever();
    // @ts-expect-error -- a never-typed field cannot be set
    payload<WithNever>().set('gone', 1);
  });

  test('ValueAt of a wrong path is never', () => {
    expectTypeOf<ValueAt<{ a: number }, 'b'>>().toBeNever();
  });
});

/* eslint-enable @typescript-eslint/no-explicit-any */

describe('deep and recursive schemas never hit TS2589', () => {
  test('depth 10', () => {
    expectTypeOf<ValueAt<Deep10, 'l1.l2.l3.l4.l5.l6.l7.l8.l9.l10.leaf'>>().toEqualTypeOf<string>();
    expectTypeOf<ValueAt<Deep10, 'l1.l2.l3.l4.l5.l6.l7.l8.l9.l10.list[3]'>>().toEqualTypeOf<number>();
    payload<Deep10>().set('l1.l2.l3.l4.l5.l6.l7.l8.l9.l10.leaf', 'x').set('l1.l2.l3.l4.l5.l6.l7.l8.l9.l10.list[]', 1);
    // @ts-expect-error -- a typo ten levels down
    payload<Deep10>().set('l1.l2.l3.l4.l5.l6.l7.l8.l9.l10.leef', 'x');
    expectTypeOf<ValidPath<Deep10, 'l1.l2.l3.l4.l5.l6.l7.l8.l9.l10.'>>().toEqualTypeOf<
      'l1.l2.l3.l4.l5.l6.l7.l8.l9.l10.leaf' | 'l1.l2.l3.l4.l5.l6.l7.l8.l9.l10.list'
    >();
    // PathOf is bounded (default depth 5), so it stays finite and cheap too.
    expectTypeOf<'l1.l2.l3.l4.l5'>().toExtend<PathOf<Deep10>>();
    expectTypeOf<PathOf<Deep10, 12>>().toExtend<string>();
  });

  test('a self-referential interface', () => {
    const path = 'children[0].children[1].children[2].children[3].children[4].children[5].children[6].children[7].children[8].children[9].label';
    expectTypeOf<ValueAt<Tree, typeof path>>().toEqualTypeOf<string>();
    payload<Tree>().set(path, 'leaf').set('parent.parent.parent.label', 'root').set('children[0].parent', null);
    // @ts-expect-error -- wrong key deep in a recursive type
    payload<Tree>().set('children[0].children[1].labl', 'x');
    expectTypeOf<PathOf<Tree>>().toExtend<string>();
  });

  test('recursive JSON types as the schema or a field', () => {
    const deep = 'a.b[0].c.d[1][2].e.f.g.h.i.j.k';
    expectTypeOf<ValueAt<JsonObject, typeof deep>>().toEqualTypeOf<JsonValue>();
    payload<JsonObject>().set(deep, { x: [null] });
    expectTypeOf<PathOf<{ data: JsonValue }>>().toExtend<string>();
    expectTypeOf<ValueAt<{ data: JsonValue }, 'data.x[0]'>>().toEqualTypeOf<JsonValue>();
  });
});
