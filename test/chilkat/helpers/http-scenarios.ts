// Http calls replayed both on Chilkat (test/fuzz/record-chilkat-http.ts, which records what goes on
// the wire into test/fixtures/chilkat/http-requests.json) and on pathpatch's Http (test/chilkat/http.test.ts).
// `{{base}}` stands for the local server's http://127.0.0.1:PORT; the server answers by path:
// /r302 and /r307 redirect, /s404 → 404, /s500 → 500, /s401 → 401 with a Basic challenge, anything else → 200 with JSON.

export type HttpStep =
  | { readonly set: Readonly<Record<string, string | boolean>> }
  | { readonly call: string; readonly args: readonly unknown[] };

export interface HttpScenario {
  readonly name: string;
  readonly steps: readonly HttpStep[];
  /** Set when pathpatch deliberately differs from Chilkat here (docs/chilkat.md); the reason. */
  readonly difference?: string;
}

const body = '{"name":"My App","callbacks":["https://x.example/cb"]}';

export const HTTP_SCENARIOS: readonly HttpScenario[] = [
  {
    name: 'ptextsb-bearer',
    steps: [
      { set: { AuthToken: 'tok-123' } },
      { call: 'PTextSb', args: ['PATCH', '{{base}}/api/v2/clients/abc', { $sb: body }, 'utf-8', 'application/json', false, false] },
    ],
  },
  {
    name: 'ptextsb-lower-verb-query-space',
    steps: [{ call: 'PTextSb', args: ['patch', '{{base}}/a b/é?x=1&y=a b', { $sb: '{}' }, 'utf-8', 'application/json', false, false] }],
  },
  {
    name: 'headers-order-replace-basic',
    steps: [
      { set: { BasicAuth: true, Login: 'user', Password: 'p@ss:wörd' } },
      { call: 'SetRequestHeader', args: ['X-First', '1'] },
      { call: 'SetRequestHeader', args: ['X-Second', '2'] },
      { call: 'SetRequestHeader', args: ['x-first', 'one'] },
      { call: 'SetRequestHeader', args: ['X-Empty', ''] },
      { call: 'SetRequestHeader', args: ['Accept', 'application/json'] },
      { call: 'PTextSb', args: ['POST', '{{base}}/h', { $sb: body }, 'utf-8', 'application/json', false, false] },
    ],
  },
  {
    name: 'token-beats-basic-and-extra-authorization',
    steps: [
      { set: { BasicAuth: true, Login: 'user', Password: 'pw', AuthToken: 'Bearer already' } },
      { call: 'SetRequestHeader', args: ['Authorization', 'Custom x'] },
      { call: 'PTextSb', args: ['PUT', '{{base}}/t', { $sb: body }, 'utf-8', 'application/json', false, false] },
    ],
  },
  {
    name: 'md5-latin1-empty-content-type',
    steps: [{ call: 'PTextSb', args: ['POST', '{{base}}/m', { $sb: '{"n":"é"}' }, 'iso-8859-1', '', true, false] }],
  },
  {
    name: 'gzip',
    steps: [{ call: 'PTextSb', args: ['POST', '{{base}}/g', { $sb: body }, 'utf-8', 'application/json', false, true] }],
  },
  {
    name: 'get-has-no-body',
    steps: [{ call: 'PTextSb', args: ['GET', '{{base}}/get', { $sb: body }, 'utf-8', 'application/json', false, false] }],
  },
  {
    name: 'empty-body-post',
    steps: [{ call: 'PText', args: ['POST', '{{base}}/e', '', 'utf-8', 'text/plain', false, false] }],
  },
  {
    name: 'httpstr',
    steps: [{ call: 'HttpStr', args: ['DELETE', '{{base}}/d', '{"x":1}', 'utf-8', 'application/json'] }],
  },
  {
    name: 'httpjson',
    steps: [{ call: 'HttpJson', args: ['PATCH', '{{base}}/j', { $json: '{"a":1.50}' }, 'application/json', { $response: true }] }],
  },
  {
    name: 'postjson3',
    steps: [{ call: 'PostJson3', args: ['{{base}}/p', 'application/json', { $json: '{"a":[1]}' }] }],
  },
  {
    name: 'quickgetstr',
    steps: [
      { set: { AuthToken: 'tok' } },
      { call: 'QuickGetStr', args: ['{{base}}/q'] },
    ],
  },
  {
    name: 'redirect-302',
    steps: [{ call: 'PTextSb', args: ['POST', '{{base}}/r302', { $sb: '{"a":1}' }, 'utf-8', 'application/json', false, false] }],
  },
  {
    name: 'redirect-307',
    steps: [
      { set: { AuthToken: 'tok' } },
      { call: 'PTextSb', args: ['PATCH', '{{base}}/r307', { $sb: '{"a":1}' }, 'utf-8', 'application/json', false, false] },
    ],
  },
  {
    name: 'redirect-other-host',
    difference: 'a redirect to another host drops Authorization and sends the new Host',
    steps: [
      { set: { AuthToken: 'tok' } },
      { call: 'PTextSb', args: ['POST', '{{base}}/rx/{{port}}', { $sb: '{"a":1}' }, 'utf-8', 'application/json', false, false] },
    ],
  },
  {
    name: 'quickgetstr-404',
    steps: [{ call: 'QuickGetStr', args: ['{{base}}/s404/q'] }],
  },
  {
    name: 'status-404-is-a-response',
    steps: [{ call: 'PTextSb', args: ['PATCH', '{{base}}/s404/x', { $sb: body }, 'utf-8', 'application/json', false, false] }],
  },
  {
    name: 'status-500-is-a-response',
    steps: [{ call: 'PTextSb', args: ['PATCH', '{{base}}/s500/x', { $sb: body }, 'utf-8', 'application/json', false, false] }],
  },
  {
    name: 'status-401-basic-off-no-retry',
    steps: [
      { set: { Login: 'user', Password: 'pw' } },
      { call: 'PTextSb', args: ['PATCH', '{{base}}/s401/x', { $sb: body }, 'utf-8', 'application/json', false, false] },
    ],
  },
];

/** What the local server answers for a request path. */
export function answerFor(path: string): { status: number; reason: string; headers: [string, string][]; body: string } {
  const other = /^\/rx\/(\d+)/.exec(path);
  if (other !== null) return { status: 302, reason: 'Found', headers: [['Location', `http://localhost:${other[1] ?? ''}/after-x`]], body: '' };
  if (path.startsWith('/r302')) return { status: 302, reason: 'Found', headers: [['Location', '/after-302']], body: '' };
  if (path.startsWith('/r307')) return { status: 307, reason: 'Temporary Redirect', headers: [['Location', '/after-307']], body: '' };
  if (path.startsWith('/s404')) return { status: 404, reason: 'Not Found', headers: [['Content-Type', 'application/json']], body: '{"error":"Not Found","message":"no such client"}' };
  if (path.startsWith('/s500')) return { status: 500, reason: 'Internal Server Error', headers: [['Content-Type', 'text/plain; charset=utf-8']], body: 'oops é' };
  if (path.startsWith('/s401')) return { status: 401, reason: 'Unauthorized', headers: [['WWW-Authenticate', 'Basic realm="x"'], ['Content-Type', 'text/plain']], body: 'auth please' };
  return { status: 200, reason: 'OK', headers: [['Content-Type', 'application/json; charset=utf-8'], ['X-Reply', 'yes']], body: '{"ok":true,"n":"é"}' };
}
