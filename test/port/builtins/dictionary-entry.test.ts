import { describe, expect, it } from 'vitest';
import { dictionaryEntry } from '../../../src/port.js';

describe('dictionaryEntry', () => {
  it('gives the value at a key the dictionary has, falsy values included', () => {
    const fields = new Map<string, string | number | boolean | null>([['tier', 'gold'], ['count', 0], ['on', false], ['none', null]]);
    expect(dictionaryEntry(fields, 'tier')).toBe('gold');
    expect(dictionaryEntry(fields, 'count')).toBe(0);
    expect(dictionaryEntry(fields, 'on')).toBe(false);
    expect(dictionaryEntry(fields, 'none')).toBeNull();
  });

  it('stops at a missing key with an error naming it', () => {
    expect(() => dictionaryEntry(new Map([['a', 1]]), 'b "quoted"')).toThrow(
      'the dictionary has no key "b \\"quoted\\"": the script reads a key it never set, and the port stops here rather than guess what the script\'s language would have sent',
    );
  });
});
