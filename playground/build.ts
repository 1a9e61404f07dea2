// `npm run playground`: bundles the page for the browser into playground/dist (static files, file:// friendly).
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = resolve(fileURLToPath(import.meta.url), '..');

/**
 * Builds the playground into `outdir`: index.html, playground.js (one classic script, so file:// works) and playground.css.
 *
 * @param outdir - Where the files go (emptied first).
 * @returns The path of index.html.
 */
export async function buildPlayground(outdir = join(here, 'dist')): Promise<string> {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: [join(here, 'src', 'main.ts')],
    outfile: join(outdir, 'playground.js'),
    bundle: true,
    // An IIFE, not a module: browsers refuse module scripts from file:// pages.
    format: 'iife',
    platform: 'browser',
    target: ['chrome100', 'firefox100', 'safari15'],
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    // The porter's file-name hint uses node:path's extname; the page passes no file name, so a tiny stand-in does.
    alias: { 'node:path': join(here, 'src', 'path-shim.ts') },
  });
  copyFileSync(join(here, 'index.html'), join(outdir, 'index.html'));
  copyFileSync(join(here, 'playground.css'), join(outdir, 'playground.css'));
  return join(outdir, 'index.html');
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const index = await buildPlayground();
  process.stdout.write(`playground built: ${index}\n`);
}
