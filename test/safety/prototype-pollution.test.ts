import { afterEach, describe, expect, it } from 'vitest';
import { fromPointer, payload, type PathInput, type Payload, UnsafeKeyError, isPathpatchError } from '../../src/index.js';

// Payloads gathered from the prototype-pollution advisories of lodash (set, zipObjectDeep, merge), dot-prop,
// dset, set-value, object-path and object-path-immutable, immer (applyPatches), flat (unflatten),
// dot-object, json-ptr and fast-json-patch: string paths, pointers, and array-wrapped segments.
const stringPaths = [
  '__proto__.polluted',
  '__proto__[0]',
  'a.__proto__.polluted',
  'a[0].__proto__.polluted',
  '"__proto__".polluted',
  'constructor.prototype.polluted',
  'a.constructor.prototype.polluted',
  'a.constructor.keys',
  'constructor.polluted',
  'prototype.polluted',
  '__proto__',
];
const segmentPaths: unknown[][] = [
  ['__proto__', 'polluted'],
  ['constructor', 'prototype', 'polluted'],
  [['__proto__'], 'polluted'],
  [['constructor', 'prototype'], 'polluted'],
  [new String('__proto__'), 'polluted'],
  [{ toString: () => '__proto__' }, 'polluted'],
  fromPointer('/__proto__/polluted'),
  fromPointer('/constructor/prototype/polluted'),
];
const parsedValues = [
  JSON.parse('{"__proto__":{"polluted":"yes"}}') as unknown,
  JSON.parse('{"a":{"__proto__":{"polluted":"yes"}}}') as unknown,
  JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}') as unknown,
  JSON.parse('[{"__proto__":{"polluted":"yes"}}]') as unknown,
];

function assertClean(): void {
  for (const proto of [Object.prototype, Array.prototype, Function.prototype, String.prototype]) {
    expect(Object.hasOwn(proto, 'polluted')).toBe(false);
  }
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.keys).toBeTypeOf('function');
}

// Runs every builder method with the path; any error must be a pathpatch error, never a pollution.
function everyMethod(builder: Payload, path: PathInput, value: unknown): void {
  const attempts: (() => unknown)[] = [
    () => builder.set(path, value).build(),
    () => builder.push(path, value).build(),
    () => builder.object(path).build(),
    () => builder.array(path).build(),
    () => builder.remove(path).build(),
    () => builder.update(path, () => value).build(),
    () => builder.get(path),
    () => builder.has(path),
  ];
  for (const attempt of attempts) {
    try {
      attempt();
    } catch (error) {
      if (!isPathpatchError(error) && !(error instanceof TypeError)) throw error;
    }
    assertClean();
  }
}

afterEach(() => {
  delete (Object.prototype as Record<string, unknown>)['polluted'];
});

describe('no path or value reaches a prototype', () => {
  for (const protoKeys of ['error', 'keep'] as const) {
    describe(`protoKeys: '${protoKeys}'`, () => {
      const builder = payload({ a: [{}], constructor: {} }, { protoKeys });

      it.each(stringPaths)('string path %j, every method', (path) => {
        everyMethod(builder, path, { polluted: 'yes' });
        everyMethod(builder, path, 'yes');
      });

      it.each(segmentPaths.map((p, i) => [i, p] as const))('segment path #%i, every method', (_i, path) => {
        everyMethod(builder, path as PathInput, 'yes');
      });

      it.each(parsedValues.map((v, i) => [i, v] as const))('JSON-parsed value #%i through set, merge, base, update and produce', (_i, value) => {
        const attempts: (() => unknown)[] = [
          () => builder.set('v', value).build(),
          () => builder.merge(value as object).build(),
          () => payload(value as object, { protoKeys }).set('x.y', 1).build(),
          () => builder.update('v', () => value).build(),
          () => builder.produce((draft: Record<string, unknown>) => ({ ...draft, v: value })).build(),
          () => builder.set('v', value).diff(builder),
          () => payload({}, { protoKeys }).set('v', value).toJsonPatch(),
          () => payload({}, { protoKeys }).set('v', value).toMergePatch(),
        ];
        for (const attempt of attempts) {
          try {
            attempt();
          } catch (error) {
            if (!isPathpatchError(error)) throw error;
          }
          assertClean();
        }
      });
    });
  }

  it('refuses __proto__ by default with an UnsafeKeyError naming the spot', () => {
    expect(() => payload().set('a.__proto__.x', 1)).toThrow(UnsafeKeyError);
    expect(() => payload().set('a.__proto__.x', 1)).toThrow(
      `unsafe key "__proto__" at 2 in path "a.__proto__.x"; pass { protoKeys: 'keep' } to store it as a plain own key\n  a.__proto__.x\n    ^`,
    );
    expect(() => payload().set(['a', '__proto__'], 1)).toThrow(`unsafe key "__proto__" at "a.__proto__"; pass { protoKeys: 'keep' } to store it as a plain own key`);
    expect(() => payload().set('v', JSON.parse('{"x":{"__proto__":{}}}'))).toThrow(`unsafe key "__proto__" at "v.x.__proto__"`);
    expect(() => payload().merge(JSON.parse('{"__proto__":{"polluted":1}}') as object)).toThrow(UnsafeKeyError);
  });

  it("with protoKeys: 'keep', stores __proto__ as a plain own key, as JSON.parse does", () => {
    const builder = payload({}, { protoKeys: 'keep' }).set('__proto__.polluted', 'yes').set('a', JSON.parse('{"__proto__":{"p":1}}'));
    expect(builder.emit()).toBe('{"__proto__":{"polluted":"yes"},"a":{"__proto__":{"p":1}}}');
    const built = builder.build();
    expect(Object.getPrototypeOf(built)).toBe(Object.prototype);
    expect(Object.hasOwn(built, '__proto__')).toBe(true);
    expect(builder.get('__proto__.polluted')).toBe('yes');
    expect(builder.toJsonPatch()).toEqual([
      { op: 'add', path: '/__proto__', value: JSON.parse('{"polluted":"yes"}') },
      { op: 'add', path: '/a', value: JSON.parse('{"__proto__":{"p":1}}') },
    ]);
    assertClean();
  });

  it('does not read inherited members', () => {
    const builder = payload().set('a', {});
    expect(builder.get('a.constructor')).toBeUndefined();
    expect(builder.has('a.toString')).toBe(false);
    expect(builder.get('a.hasOwnProperty')).toBeUndefined();
    expect(builder.set('a.toString.x', 1).emit()).toBe('{"a":{"toString":{"x":1}}}');
  });
});
