import type { IrNode, IrScript } from '../ir.js';
import { basicNodes, bodyAndSendNodes, headerNodes } from './request-nodes.js';

/**
 * A curl command line that cannot be used, with what is wrong.
 *
 * @example
 * ```ts
 * curlToIr('wget https://x.example'); // throws CurlError: expected a command starting with "curl", found "wget"
 * ```
 */
export class CurlError extends Error {
  override name = 'CurlError' as const;
}

/**
 * Splits a shell command line into words: single and double quotes, backslash escapes, and
 * backslash-newline continuations, as POSIX shells read them (no expansion).
 *
 * @example
 * ```ts
 * shellWords(`curl -H 'A: b' "x y"`); //=> ['curl', '-H', 'A: b', 'x y']
 * ```
 */
// Hand-written: the few well-kept shell-word splitters on npm either expand variables or are unmaintained; this is 30 lines.
export function shellWords(text: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c === '\\') {
      const next = text[i + 1];
      if (next === '\n') i++;
      else if (next === '\r' && text[i + 2] === '\n') i += 2;
      else if (next !== undefined) {
        word += next;
        inWord = true;
        i++;
      }
    } else if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) throw new CurlError(`unterminated single quote at ${String(i)}`);
      word += text.slice(i + 1, end);
      inWord = true;
      i = end;
    } else if (c === '"') {
      i++;
      for (; i < text.length && text[i] !== '"'; i++) {
        if (text[i] === '\\' && '"\\$`\n'.includes(text[i + 1] ?? '')) i++;
        if (text[i] !== '\n' || text[i - 1] !== '\\') word += text[i];
      }
      if (i >= text.length) throw new CurlError('unterminated double quote');
      inWord = true;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (inWord) words.push(word);
  return words;
}

// Options the reader acts on, and whether they take a value.
const READ_WITH_VALUE = new Set(['-X', '--request', '-H', '--header', '-d', '--data', '--data-raw', '--data-binary', '--data-ascii', '--json', '-u', '--user', '--url', '-A', '--user-agent']);
// Options that change nothing in the ported request (output and progress only).
const QUIET = new Set(['-s', '--silent', '-S', '--show-error', '-v', '--verbose', '-i', '--include', '-f', '--fail', '--fail-with-body']);
// Options with a meaning the port does not carry over: reported, with what differs.
const REPORTED: Readonly<Record<string, string>> = {
  '-k': 'curl skips TLS certificate checks (-k); send() keeps them on',
  '--insecure': 'curl skips TLS certificate checks (--insecure); send() keeps them on',
  '-L': 'curl follows redirects only with -L; send() follows them always',
  '--location': 'curl follows redirects only with --location; send() follows them always',
  '--compressed': 'curl asks for a compressed response (--compressed); send() leaves that to fetch',
  '-m': 'the time limit is not ported; pass timeout (milliseconds) to send()',
  '--max-time': 'the time limit is not ported; pass timeout (milliseconds) to send()',
  '--connect-timeout': 'the connect time limit is not ported; pass timeout (milliseconds) to send()',
  '-o': 'curl writes the response to a file; main() prints it',
  '--output': 'curl writes the response to a file; main() prints it',
  '-e': 'the Referer header option is not ported; add the header with -H',
  '--referer': 'the Referer header option is not ported; add the header with -H',
};
// Every other curl option that takes a value (curl 8's manual), so that its value is never read as the URL.
const OTHER_WITH_VALUE = new Set([
  '-b', '--cookie', '-c', '--cookie-jar', '-F', '--form', '--form-string', '-x', '--proxy', '-U', '--proxy-user', '--proxy-header',
  '-E', '--cert', '--cert-type', '--key', '--key-type', '--pass', '--cacert', '--capath', '--ciphers', '--crlfile', '--pinnedpubkey',
  '-T', '--upload-file', '-r', '--range', '-C', '--continue-at', '-D', '--dump-header', '-w', '--write-out', '-K', '--config',
  '--resolve', '--connect-to', '--interface', '--dns-servers', '--retry', '--retry-delay', '--retry-max-time', '-y', '--speed-time',
  '-Y', '--speed-limit', '--limit-rate', '--max-filesize', '--max-redirs', '-z', '--time-cond', '--data-urlencode', '--oauth2-bearer',
  '--aws-sigv4', '--noproxy', '--proto', '--proto-redir', '--local-port', '--trace', '--trace-ascii', '--stderr', '--url-query',
  '--variable', '--expand-data', '--expand-url', '--request-target', '--unix-socket', '--abstract-unix-socket', '-Q', '--quote',
  '--tls-max', '--tlsuser', '--tlspassword', '--sasl-authzid', '--login-options', '--mail-from', '--mail-rcpt', '--mail-auth',
  '--hostpubmd5', '--hostpubsha256', '--pubkey', '--krb', '--delegation', '--socks4', '--socks4a', '--socks5', '--socks5-hostname',
  '--preproxy', '--happy-eyeballs-timeout-ms', '--expect100-timeout', '--keepalive-time', '--create-file-mode', '--output-dir', '-P', '--ftp-port',
]);
const REPORTED_WITH_VALUE = new Set(['-m', '--max-time', '--connect-timeout', '-o', '--output', '-e', '--referer']);

// What curl would take for a URL worth porting: http(s)://, a {{var}} template, or a host (with a port or path).
const URL_LIKE = /^(?:https?:\/\/|\{\{|[\w.-]+(?::\d+)?(?:[/?#]|$))/i;

function takesValue(option: string): boolean {
  return READ_WITH_VALUE.has(option) || REPORTED_WITH_VALUE.has(option) || OTHER_WITH_VALUE.has(option);
}

/**
 * Reads a curl command line (as Postman and API docs print them) into the porter's IR: method, URL,
 * headers, bearer or basic auth, and a JSON body.
 *
 * @param text - the command line; line continuations are fine.
 * @returns the IR, as if a Chilkat script had built the body and sent it.
 * @throws {CurlError} for a command that is not curl, has no URL, or an option the porter cannot read.
 * @example
 * ```ts
 * curlToIr(`curl -X PATCH -H 'Authorization: Bearer {{token}}' -d '{"a":1}' https://x.example/a`).nodes.at(-1);
 * //=> { kind: 'send', method: 'PATCH', url: 'https://x.example/a', ... }
 * ```
 */
export function curlToIr(text: string): IrScript {
  const words = shellWords(text.replace(/^\s*\$\s+/, ''));
  if (words[0] !== 'curl') throw new CurlError(`expected a command starting with "curl", found ${JSON.stringify(words[0] ?? '')}`);
  let method: string | undefined;
  let url: string | undefined;
  let data: string | undefined;
  let user: string | undefined;
  const headers: [string, string][] = [];
  const unsupported: { message: string; source: string }[] = [];
  for (let i = 1; i < words.length; i++) {
    const raw = words[i] ?? '';
    // `--name=value`, and a short option with its value attached (`-XPATCH`, `-uuser:pass`).
    const eq = raw.startsWith('--') ? raw.indexOf('=') : /^-[A-Za-z]./.test(raw) && takesValue(raw.slice(0, 2)) ? 2 : -1;
    const option = eq > 0 ? raw.slice(0, eq) : raw;
    const withValue = takesValue(option);
    const value = withValue ? (eq > 0 ? raw.slice(eq + (raw.startsWith('--') ? 1 : 0)) : words[++i]) : undefined;
    if (withValue && value === undefined) throw new CurlError(`${option} needs a value`);
    switch (option) {
      case '-X':
      case '--request':
        method = value;
        break;
      case '-H':
      case '--header': {
        const colon = (value ?? '').indexOf(':');
        if (colon < 0) throw new CurlError(`expected "Name: value" after ${option}, found ${JSON.stringify(value)}`);
        headers.push([(value ?? '').slice(0, colon).trim(), (value ?? '').slice(colon + 1).trim()]);
        break;
      }
      case '--json':
        headers.push(['Content-Type', 'application/json'], ['Accept', 'application/json']);
        if (data !== undefined) unsupported.push({ message: `${option} given twice: curl would join the bodies`, source: raw });
        data = value;
        break;
      case '-d':
      case '--data':
      case '--data-raw':
      case '--data-binary':
      case '--data-ascii':
        // curl joins several -d values with "&": not one JSON body any more.
        if (data !== undefined) unsupported.push({ message: `${option} given twice: curl would join the bodies with "&"`, source: raw });
        data = value;
        break;
      case '-u':
      case '--user':
        user = value;
        break;
      case '--url':
        url = value;
        break;
      case '-A':
      case '--user-agent':
        headers.push(['User-Agent', value ?? '']);
        break;
      default:
        if (raw.startsWith('-') && raw !== '-') {
          const reported = Object.hasOwn(REPORTED, option) ? REPORTED[option] : undefined;
          // The option's value is never quoted: it may be a proxy password or a cookie.
          if (reported !== undefined) unsupported.push({ message: reported, source: option });
          else if (!QUIET.has(option)) unsupported.push({ message: `the curl option ${option} is not ported${withValue ? ' (its value was skipped)' : ''}`, source: option });
        } else if (/\s/.test(raw)) {
          // No URL holds a blank: this is a stray argument (a header without -H?), maybe a credential, so it is not quoted.
          unsupported.push({ message: 'an argument with blanks is not a URL; it is not ported', source: '(argument not quoted)' });
        } else if (!URL_LIKE.test(raw)) {
          // `user:password` left behind by a misplaced option must not become the URL written into the module.
          unsupported.push({ message: 'an argument that is neither an option nor an http(s) URL or host is not ported', source: '(argument not quoted)' });
        } else {
          if (url === undefined) url = raw;
          else unsupported.push({ message: 'a second URL: curl would make a second request, which is not ported', source: raw });
        }
    }
  }
  if (url === undefined) throw new CurlError('the command has no URL');
  const nodes: IrNode[] = [{ kind: 'new', line: 1, handle: 'http', class: 'Http' }];
  for (const { message, source } of unsupported) nodes.push({ kind: 'unsupported', line: 1, message, source });
  const parsedHeaders = headerNodes(headers);
  nodes.push(...parsedHeaders.nodes);
  if (user !== undefined) {
    const colon = user.indexOf(':');
    nodes.push(...basicNodes(colon < 0 ? user : user.slice(0, colon), colon < 0 ? '' : user.slice(colon + 1)));
  }
  const hasJson = data !== undefined && data.trim().startsWith('{');
  if (data !== undefined && !hasJson) nodes.push({ kind: 'unsupported', line: 1, message: 'a body that is not a JSON object is not ported', source: '(body not quoted: it may hold credentials)' });
  nodes.push(...bodyAndSendNodes(hasJson ? data : undefined, method ?? (data === undefined ? 'GET' : 'POST'), url, parsedHeaders.contentType));
  return { language: 'curl', nodes };
}
