// Retry-After in each form RFC 9110 allows, read with an injected clock. HTTP dates are UTC: the
// asctime form names no zone, and was read as local time (37 s became 5 h 0 min 37 s in New York,
// and a wait east of UTC shrank to nothing).
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { serverWait } from '../../src/send/index.js';

const NOW = Date.UTC(1994, 10, 6, 8, 49, 0);
const zone = process.env['TZ'];
afterEach(() => {
  if (zone === undefined) delete process.env['TZ'];
  else process.env['TZ'] = zone;
});

const wait = (value: string): number | undefined => serverWait(new Headers({ 'retry-after': value }), NOW)?.wait;

describe('Retry-After', () => {
  it('reads the three HTTP-date forms as UTC whatever the local time zone', () => {
    for (const local of ['America/New_York', 'Asia/Tokyo', 'UTC']) {
      process.env['TZ'] = local;
      expect([wait('Sun, 06 Nov 1994 08:49:37 GMT'), wait('Sunday, 06-Nov-94 08:49:37 GMT'), wait('Sun Nov  6 08:49:37 1994')], local).toEqual([37_000, 37_000, 37_000]);
    }
  });

  it('reads delay-seconds, and ignores what is neither a date nor whole seconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 6 }), fc.constantFrom('', ' ', '\t'), (seconds, pad) => {
        expect(wait(`${pad}${seconds}${pad}`)).toBe(seconds * 1000);
      }),
    );
    for (const ignored of ['1.5', '-1', '+3', '1e3', '0x10', '3 seconds', 'tomorrow', 'Nov 6 1994']) expect(wait(ignored), ignored).toBeUndefined();
  });

  it('waits no less than nothing for a date in the past', () => {
    expect(wait('Sat, 05 Nov 1994 08:49:37 GMT')).toBe(0);
  });
});
