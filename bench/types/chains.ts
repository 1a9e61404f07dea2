import { SEED_UPDATES } from './seed-updates.js';
import { GITHUB_REPO_UPDATES } from './github-updates.js';

/** Which typing a generated chain uses. */
export type Typing = 'pathpatch' | 'type-fest';

/**
 * The source of one benchmark fixture: the same imports in every fixture (so
 * a baseline run can be subtracted), then a chain of `calls` typed updates on
 * the legacy Auth0 body, or none for the baseline. Beyond the seed's 55, the
 * updates repeat with the next index (`callbacks[1]`, …), so indexed paths differ.
 *
 * @param typing - pathpatch's `Payload` or a builder typed with type-fest's `Paths`/`Get`.
 * @param calls - the number of calls; 0 for the baseline.
 * @param declarations - the directory holding the declarations of src/types and bench/types.
 * @returns TypeScript source text.
 * @example
 * ```ts
 * import { chainSource } from './chains.js';
 * chainSource('pathpatch', 55, '/tmp/declarations').includes(".set('name', 'Acme Dashboard')"); //=> true
 * ```
 */
export function chainSource(typing: Typing, calls: number, declarations: string): string {
  const lines = [
    `import type { Get, Paths } from 'type-fest';`,
    `import type { Payload } from '${declarations}/src/types/index.js';`,
    `import type { LegacyClientBody } from '${declarations}/bench/types/legacy-body.js';`,
    '',
    '// The same chain typed with type-fest: the path constrained by the union of every path, the value by Get.',
    'interface FestPayload<Schema> {',
    '  set<Path extends Paths<Schema, { bracketNotation: true }>>(path: Path, value: Get<Schema, Path>): FestPayload<Schema>;',
    '  object<Path extends Paths<Schema, { bracketNotation: true }>>(path: Path): FestPayload<Schema>;',
    '}',
    '',
    'declare const typed: Payload<LegacyClientBody>;',
    'declare const fest: FestPayload<LegacyClientBody>;',
  ];
  if (calls === 0) {
    lines.push('export { typed, fest };');
    return `${lines.join('\n')}\n`;
  }
  lines.push(`export const chain = ${typing === 'pathpatch' ? 'typed' : 'fest'}`);
  for (let i = 0; i < calls; i++) {
    const [method, path, value] = SEED_UPDATES[i % SEED_UPDATES.length] ?? ['object', 'mobile.ios'];
    const round = Math.floor(i / SEED_UPDATES.length);
    const indexed = path.replace(/\[0\]/g, `[${round}]`);
    lines.push(method === 'set' ? `  .set(${JSON.stringify(indexed)}, ${JSON.stringify(value)})` : `  .object(${JSON.stringify(indexed)})`);
  }
  lines.push(';', 'export { typed, fest };');
  return `${lines.join('\n')}\n`;
}

/**
 * The source of the GitHub fixture: GitHub's `paths` type (@octokit/openapi-types) and pathpatch's
 * OpenAPI types imported in every variant; then, unless `calls` is 0 (the baseline: the bare import),
 * a chain of `calls` updates on the repository update body and a typed `client.patch` call sending it.
 *
 * @param calls - the number of chained updates; 0 for the baseline.
 * @param declarations - the directory holding the declarations of src/.
 * @returns TypeScript source text.
 * @example
 * ```ts
 * import { githubChainSource } from './chains.js';
 * githubChainSource(55, '/tmp/declarations').includes("github.patch('/repos/{owner}/{repo}'"); //=> true
 * ```
 */
export function githubChainSource(calls: number, declarations: string): string {
  const lines = [
    `import type { paths } from '@octokit/openapi-types';`,
    `import type { Payload } from '${declarations}/src/types/index.js';`,
    `import type { BodyOf, OpenApiClient } from '${declarations}/src/openapi/index.js';`,
    '',
    'declare const repo: Payload<BodyOf<paths, "/repos/{owner}/{repo}", "patch">>;',
    'declare const github: OpenApiClient<paths>;',
  ];
  if (calls === 0) {
    lines.push('export { repo, github };');
    return `${lines.join('\n')}\n`;
  }
  lines.push('export const chain = repo');
  for (let i = 0; i < calls; i++) {
    const [path, value] = GITHUB_REPO_UPDATES[i % GITHUB_REPO_UPDATES.length] ?? ['name', 'x'];
    lines.push(`  .set(${JSON.stringify(path)}, ${JSON.stringify(value)})`);
  }
  lines.push(';');
  lines.push("export const sent = github.patch('/repos/{owner}/{repo}', { params: { owner: 'octocat', repo: 'hello-world' }, body: chain });");
  lines.push('export { repo, github };');
  return `${lines.join('\n')}\n`;
}
