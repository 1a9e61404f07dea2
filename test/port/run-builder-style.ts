// Runs a builder-style module's main() in process and returns the bodies it sent: the generated code itself
// is executed (types stripped by esbuild) with the real payload() and rawNumber(), and send() replaced by a
// stand-in that keeps each body's text and answers 200.
import { transformSync } from 'esbuild';
import { payload, rawNumber } from '../../src/index.js';

export async function runBuilderStyle(code: string): Promise<string[]> {
  const js = transformSync(code, { loader: 'ts', format: 'esm' }).code.replace(/^import .*$/gm, '').replace(/^export /gm, '');
  const sent: string[] = [];
  const send = (body: { emit(): string }): Promise<{ status: number; data: unknown }> => {
    sent.push(body.emit());
    return Promise.resolve({ status: 200, data: {} });
  };
  const console = { log: () => undefined };
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- runs generated code against the real builder
  const main = new Function('payload', 'rawNumber', 'send', 'console', 'process', `${js}\nreturn main;`) as (...args: unknown[]) => () => Promise<void>;
  await main(payload, rawNumber, send, console, { env: { AUTH_TOKEN: 'token' } })();
  return sent;
}
