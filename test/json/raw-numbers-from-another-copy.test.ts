import { describe, expect, it, vi } from 'vitest';
import { payload, RawNumber, rawNumber } from '../../src/index.js';
import type * as Pathpatch from '../../src/index.js';

// pathpatch ships an ES module and a CommonJS build, and an application may hold both (or two installs):
// a raw number made by one copy is not an instance of the other's class.
async function anotherCopy(): Promise<typeof Pathpatch> {
  vi.resetModules();
  return import('../../src/index.js');
}

describe('a raw number made by another copy of pathpatch', () => {
  it('is taken as a raw number: written verbatim, read as a number', async () => {
    const other = await anotherCopy();
    const foreign = other.rawNumber('1.50');
    expect(foreign).not.toBeInstanceOf(RawNumber);
    const builder = payload().set('price', foreign).set('list', [other.rawNumber('12345678901234567890')]);
    expect(builder.emit()).toBe('{"price":1.50,"list":[12345678901234567890]}');
    expect(builder.build()).toEqual({ price: 1.5, list: [Number('12345678901234567890')] });
    expect(other.payload().merge({ a: rawNumber('-0') }).emit()).toBe('{"a":-0}');
  });

  it('is still checked: a forgery of its class with other text is refused', async () => {
    const other = await anotherCopy();
    const forged = Object.create(other.RawNumber.prototype, { text: { value: '1; drop' } }) as unknown;
    expect(() => payload().set('p', forged)).toThrow(
      'invalid value at "p": found a RawNumber whose text is not JSON number text, expected a raw number made by rawNumber()',
    );
  });

  it('counts only a mark that says true: an object whose mark is anything else is a plain object, copied by its keys', () => {
    const raw = Symbol.for('pathpatch.rawNumber');
    expect(payload().set('p', { [raw]: false, text: '7' }).emit()).toBe('{"p":{"text":"7"}}');
    expect(() => payload().set('p', { [raw]: true, text: '7,"x":1' })).toThrow(
      'invalid value at "p": found a RawNumber whose text is not JSON number text, expected a raw number made by rawNumber()',
    );
    expect(payload().set('p', { [raw]: true, text: '7' }).emit()).toBe('{"p":7}');
  });
});
