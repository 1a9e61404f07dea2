// pathpatch/chilkat as the corpus test gives it to chilkat-style ports: the real classes, with every
// request's URL moved to the local test server, its origin kept in the path (bodies untouched). The
// requests still go over a socket, through the real wire code, to a real server on 127.0.0.1, and
// nothing leaves it: a request to another host than the script's arrives there too, and shows it.
import { JsonArray, JsonObject, StringBuilder } from '../../src/chilkat.js';
import { Http as ChilkatHttp, HttpResponse } from '../../src/chilkat-http.js';

const PREFIX = '/__origin/';

let redirect = (url: string): string => url;

/**
 * Sends every http(s) request to `to` (the test server's origin), for both styles: this Http and
 * `globalThis.fetch`. The path it arrives with is `/__origin/ENCODED-ORIGIN/path?query`.
 *
 * @returns A function that restores `globalThis.fetch` and stops redirecting.
 */
export function redirectAll(to: string): () => void {
  redirect = (url) => {
    const parsed = URL.canParse(url) ? new URL(url) : undefined;
    if (parsed === undefined || !/^https?:$/.test(parsed.protocol) || parsed.origin === to) return url;
    return `${to}${PREFIX}${encodeURIComponent(parsed.origin)}${parsed.pathname}${parsed.search}`;
  };
  const fetch = globalThis.fetch;
  globalThis.fetch = (input, init) => fetch(typeof input === 'string' ? redirect(input) : input instanceof URL ? redirect(input.href) : new Request(redirect(input.url), input), init);
  return () => {
    globalThis.fetch = fetch;
    redirect = (url) => url;
  };
}

/** The URL a request was sent to, from the path it arrived with at the test server. */
export function sentTo(path: string, server: string): string {
  if (!path.startsWith(PREFIX)) return `${server}${path}`;
  const end = path.indexOf('/', PREFIX.length);
  const rest = end < 0 ? '' : path.slice(end);
  return `${decodeURIComponent(path.slice(PREFIX.length, end < 0 ? undefined : end))}${rest}`;
}

/** pathpatch/chilkat's Http, redirected by {@link redirectAll}. */
export class Http extends ChilkatHttp {
  override PTextSb(verb: string, url: string, ...rest: Tail<Parameters<ChilkatHttp['PTextSb']>>): ReturnType<ChilkatHttp['PTextSb']> {
    return super.PTextSb(verb, redirect(url), ...rest);
  }

  override PText(verb: string, url: string, ...rest: Tail<Parameters<ChilkatHttp['PText']>>): ReturnType<ChilkatHttp['PText']> {
    return super.PText(verb, redirect(url), ...rest);
  }

  override HttpStr(verb: string, url: string, ...rest: Tail<Parameters<ChilkatHttp['HttpStr']>>): ReturnType<ChilkatHttp['HttpStr']> {
    return super.HttpStr(verb, redirect(url), ...rest);
  }

  override HttpJson(verb: string, url: string, ...rest: Tail<Parameters<ChilkatHttp['HttpJson']>>): ReturnType<ChilkatHttp['HttpJson']> {
    return super.HttpJson(verb, redirect(url), ...rest);
  }

  override PostJson3(url: string, ...rest: Parameters<ChilkatHttp['PostJson3']> extends [string, ...infer More] ? More : never): ReturnType<ChilkatHttp['PostJson3']> {
    return super.PostJson3(redirect(url), ...rest);
  }

  override PostJson2(url: string, ...rest: Parameters<ChilkatHttp['PostJson2']> extends [string, ...infer More] ? More : never): ReturnType<ChilkatHttp['PostJson2']> {
    return super.PostJson2(redirect(url), ...rest);
  }

  override PostJson(url: string, jsonText: string): ReturnType<ChilkatHttp['PostJson']> {
    return super.PostJson(redirect(url), jsonText);
  }

  override QuickGetStr(url: string): ReturnType<ChilkatHttp['QuickGetStr']> {
    return super.QuickGetStr(redirect(url));
  }

  override QuickDeleteStr(url: string): ReturnType<ChilkatHttp['QuickDeleteStr']> {
    return super.QuickDeleteStr(redirect(url));
  }
}

type Tail<List extends unknown[]> = List extends [unknown, unknown, ...infer Rest] ? Rest : never;

export { HttpResponse, JsonArray, JsonObject, StringBuilder };
