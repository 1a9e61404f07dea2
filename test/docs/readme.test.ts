import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The README is for users first, yet a fresh clone must find the two commands before anything else.
const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');
const headings = readme.split('\n').filter((line) => line.startsWith('## '));
const blocks = [...readme.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((match) => ({ lang: match[1], code: (match[2] ?? '').trim() }));

describe('the README', () => {
  it('opens with the two commands for a fresh machine, before any section', () => {
    const intro = readme.slice(0, readme.indexOf('\n## '));
    expect(blocks.slice(0, 2)).toEqual([
      { lang: 'sh', code: 'npm ci && npm run demo' },
      { lang: 'sh', code: 'npm ci && npm test' },
    ]);
    expect(intro).toContain('npm ci && npm test');
  });

  it('then installs, shows update(path, value) first, and describes every entry', () => {
    expect(headings.slice(0, 3)).toEqual(['## Install', '## In 30 seconds', '## The entries']);
    expect(blocks[2]).toEqual({ lang: 'sh', code: 'npm install pathpatch' });
    const firstUse = blocks[3]?.code.split('\n').find((line) => line.trim() !== '' && !line.startsWith('import'));
    expect(firstUse).toMatch(/^payload\(\)\.update\('jwt_configuration\.secret_encoded', true\)/);
    for (const entry of ['`pathpatch`', '`pathpatch/chilkat`', '`pathpatch/chilkat/http`', '`pathpatch/testing`', '`pathpatch/port`', '`pathpatch/immer`']) expect(readme).toContain(`| ${entry}`);
  });

  it('keeps Develop with the same two commands, and a Runtimes section near the end', () => {
    const develop = readme.slice(readme.indexOf('## Develop'), readme.indexOf('\n## ', readme.indexOf('## Develop') + 1));
    expect(develop).toContain('```sh\nnpm ci && npm run demo\n```');
    expect(develop).toContain('```sh\nnpm ci && npm test\n```');
    expect(headings.indexOf('## Runtimes')).toBeGreaterThan(headings.indexOf('## Develop'));
    expect(headings.indexOf('## Develop')).toBeGreaterThan(headings.indexOf('## The entries'));
  });
});
