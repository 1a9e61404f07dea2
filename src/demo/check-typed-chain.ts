import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One update of the chain that does not compile against the typed body. */
export interface ChainError {
  /** The update as written in the chain, e.g. `.set('resource_servers[0].identifier', '…')`. */
  readonly update: string;
  /** The compiler's message, first line. */
  readonly message: string;
}

/** What {@link checkTypedChain} found; `skipped` when the TypeScript compiler is not installed. */
export type TypedChainReport = { readonly skipped: true; readonly reason: string } | { readonly skipped: false; readonly errors: readonly ChainError[] };

// Minimal view of the compiler API used here, so that TypeScript stays a dev dependency that is loaded only when present.
interface Compiler {
  readonly ScriptTarget: { readonly ES2022: number };
  readonly ModuleKind: { readonly NodeNext: number };
  readonly ModuleResolutionKind: { readonly NodeNext: number };
  createCompilerHost(options: object): CompilerHost;
  createProgram(files: readonly string[], options: object, host: CompilerHost): {
    getSourceFile(file: string): unknown;
    getSemanticDiagnostics(file: unknown): readonly { readonly start?: number; readonly messageText: string | { readonly messageText: string } }[];
  };
  createSourceFile(file: string, text: string, target: number, setParentNodes: boolean): unknown;
}

interface CompilerHost {
  getSourceFile(file: string, target: number, ...rest: unknown[]): unknown;
  fileExists(file: string): boolean;
  readFile(file: string): string | undefined;
}

/**
 * Type-checks the updates of a builder chain (one `.set(…)`/`.object(…)` per line) as a chain on
 * `Payload<Auth0ClientUpdate>`, with the TypeScript compiler when it is installed, and lists the
 * updates that do not compile. Only the chain's own file is checked, so it takes about a second.
 *
 * @param updates - the chain's update lines, as the porter writes them.
 * @returns the updates that fail and the compiler's messages, or why the check was skipped.
 * @example
 * ```ts
 * const report = checkTypedChain([".set('name', 'app')", ".set('resource_servers[0].identifier', 'x')"]);
 * report.skipped || report.errors.map((error) => error.update); //=> [".set('resource_servers[0].identifier', 'x')"]
 * ```
 */
export function checkTypedChain(updates: readonly string[]): TypedChainReport {
  const here = dirname(fileURLToPath(import.meta.url));
  // From the sources (src/demo), the two modules that declare the types; from the bundle (dist/cli.js), its declarations.
  const sources = [join(here, '../types/index.ts'), join(here, '../schemas/auth0-client-update.ts')];
  const imports = sources.every((file) => existsSync(file))
    ? [`import type { Payload } from ${JSON.stringify(toSpecifier(sources[0]))};`, `import type { Auth0ClientUpdate } from ${JSON.stringify(toSpecifier(sources[1]))};`]
    : existsSync(join(here, 'index.d.ts'))
      ? [`import type { Auth0ClientUpdate, Payload } from ${JSON.stringify(join(here, 'index.js'))};`]
      : undefined;
  if (imports === undefined) return { skipped: true, reason: "pathpatch's type declarations were not found next to the CLI" };
  let ts: Compiler;
  try {
    ts = createRequire(import.meta.url)('typescript') as Compiler;
  } catch {
    return { skipped: true, reason: 'the typescript package is not installed' };
  }
  const file = join(here, '__pathpatch-demo-typed-chain__.ts');
  const head = [...imports, 'declare const client: Payload<Auth0ClientUpdate>;', 'export const body = client'];
  const text = [...head, ...updates.map((update) => `  ${update.trim()}`), ';', ''].join('\n');
  const options = { strict: true, exactOptionalPropertyTypes: true, noEmit: true, skipLibCheck: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, types: [] };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, target, ...rest) => (name === file ? ts.createSourceFile(name, text, target, true) : read(name, target, ...rest));
  const exists = host.fileExists.bind(host);
  host.fileExists = (name) => name === file || exists(name);
  const program = ts.createProgram([file], options, host);
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const errors = program.getSemanticDiagnostics(program.getSourceFile(file)).map((diagnostic) => {
    const line = lineStarts.findLastIndex((start) => start <= (diagnostic.start ?? 0));
    const message = typeof diagnostic.messageText === 'string' ? diagnostic.messageText : diagnostic.messageText.messageText;
    return { update: updates[line - head.length]?.trim() ?? '(the chain)', message: message.split('\n')[0] ?? '' };
  });
  return { skipped: false, errors };
}

function toSpecifier(file: string | undefined): string {
  return (file ?? '').replace(/\.ts$/, '.js');
}
