// Options from JavaScript callers or config files: a missing or mistyped url or method used to fail
// inside the implementation ("url.replace is not a function", "Cannot read properties of undefined
// (reading 'token')"); each is now a TypeError naming the option and the type found.
import { describe, expect, it } from 'vitest';
import { createClient, send } from '../../src/send/index.js';
import type { SendOptions } from '../../src/send/index.js';

const attempt = (options: unknown): Promise<unknown> => send('{}', options as SendOptions).catch((caught: unknown) => caught);

describe('options of the wrong type', () => {
  it('name the option and the type found', async () => {
    expect(await attempt(undefined)).toEqual(new TypeError('send() expects options with at least a url, found undefined'));
    expect(await attempt({})).toEqual(new TypeError('url must be a string, found undefined'));
    expect(await attempt({ url: 42 })).toEqual(new TypeError('url must be a string, found number'));
    expect(await attempt({ url: 'https://x.example/', method: 5 })).toEqual(new TypeError('method must be a string, found number'));
    const client = createClient({ baseURL: 'https://x.example/api' });
    expect(await client.send('{}', { url: undefined } as unknown as SendOptions).catch((caught: unknown) => caught)).toEqual(new TypeError('url must be a string, found undefined'));
    // A client's send() refuses missing options as send() does: a rejection in its words, not a crash thrown from the call.
    for (const options of [undefined, null]) {
      const pending = client.send('{}', options as unknown as SendOptions);
      expect(await pending.catch((caught: unknown) => caught)).toEqual(new TypeError(`send() expects options with at least a url, found ${String(options)}`));
    }
  });
});
