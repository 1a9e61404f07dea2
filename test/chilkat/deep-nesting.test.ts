import { describe, expect, it } from 'vitest';
import { JsonObject } from '../../src/chilkat.js';

// Chilkat's convention is "never a throw": documents nested deeper than the stack can follow fail politely.
describe('deep nesting', () => {
  it('Load of very deep text returns true with an empty object and a reason, like unreadable text', () => {
    const json = new JsonObject();
    const deep = '{"a":'.repeat(20_000) + '1' + '}'.repeat(20_000);
    expect(json.Load(deep)).toBe(true);
    expect(json.Emit()).toBe('{}');
    expect(json.Load(deep)).toBe(true);
    expect(json.LastErrorText).toBe('Load: the text is nested too deeply to read; the object is left empty (Chilkat 9.5.0.96 returns true here too)');
  });

  it('Emit of a very deep document returns an empty string and says why, instead of throwing', () => {
    const json = new JsonObject();
    expect(json.UpdateString(Array.from({ length: 20_000 }, () => 'a').join('.'), 'x')).toBe(true);
    expect(json.Emit()).toBe('');
    expect(json.LastMethodSuccess).toBe(false);
    expect(json.LastErrorText).toBe('Emit: the document is nested too deeply to write');
  });

  it('moderate depth still works', () => {
    const json = new JsonObject();
    expect(json.UpdateInt(Array.from({ length: 500 }, () => 'a').join('.'), 1)).toBe(true);
    expect(json.Emit()).toBe('{"a":'.repeat(500) + '1' + '}'.repeat(500));
  });
});
