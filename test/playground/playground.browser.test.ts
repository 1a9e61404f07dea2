import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildPlayground } from '../../playground/build.js';
import { CSHARP, CURL, JSON_SAMPLE, PHP, PYTHON, VB6, type PastedScript } from './scripts.js';

// The built playground in headless Chromium, loaded from file:// as a user who downloaded it would.
const root = resolve(import.meta.dirname, '../..');
const out = join(root, '.tmp', 'playground-test');
const shots = join(root, 'test-results', 'playground');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

// The page's globals as far as these tests use them: this test program has no DOM library.
interface PageGlobals {
  document: { activeElement: { classList: { contains(name: string): boolean } } | null; documentElement: { scrollWidth: number } };
  getSelection(): { toString(): string } | null;
  navigator: { clipboard: { readText(): Promise<string> } };
  DataTransfer: new () => { setData(type: string, value: string): void };
  ClipboardEvent: new (type: string, init: object) => unknown;
  axe: { run(context: unknown, options: { preload: boolean }): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> };
}

let browser: Browser;
let context: BrowserContext;
// One page serves the tests that only paste and read; opening a page costs seconds on a busy machine.
let page: Page;
let pageUrl = '';
// Anything the page fetched that is not its own files, and anything it threw or logged as an error.
const foreignRequests: string[] = [];
const pageErrors: string[] = [];

async function openPage(url = pageUrl, width = 1280, height = 900): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  page.on('request', (request) => {
    if (!request.url().startsWith('file:')) foreignRequests.push(request.url());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(url);
  await page.locator('.cm-content').waitFor();
  return page;
}

// A real paste: a ClipboardEvent carrying the text, into the focused editor with everything selected.
async function paste(page: Page, text: string): Promise<void> {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.locator('.cm-content').evaluate((content, pasted) => {
    const page = globalThis as unknown as PageGlobals;
    const data = new page.DataTransfer();
    data.setData('text/plain', pasted);
    content.dispatchEvent(new page.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

async function text(page: Page, selector: string): Promise<string> {
  return (await page.locator(selector).textContent()) ?? '';
}

async function showsScript(page: Page, script: PastedScript): Promise<void> {
  await expect.poll(() => text(page, '#detected')).toBe(script.detected);
  await expect.poll(() => text(page, '#out-json-bytes')).toBe(script.bytes);
  expect(await text(page, '#out-builder')).toContain(script.builderLine);
  expect(await text(page, '#out-chilkat')).toContain(script.chilkatLine);
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  pageUrl = pathToFileURL(await buildPlayground(out)).href;
  browser = await chromium.connect(inject('chromiumEndpoint'));
  context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  page = await openPage();
});

afterAll(async () => {
  await page.close();
  await browser.close();
});

describe('the playground in Chromium', () => {
  it('ports scripts pasted in six kinds of input and shows the JSON and both TypeScript styles', async () => {
    for (const script of [VB6, CSHARP, PYTHON, PHP, CURL, JSON_SAMPLE]) {
      await paste(page, script.text);
      await showsScript(page, script);
    }
    expect(await text(page, '#out-json-pretty')).toBe('{\n  "lamp": {\n    "lumens": 800,\n    "warm": true\n  },\n  "rooms": [\n    "hall"\n  ]\n}\n');
  });

  it('shows the request with secrets masked, and a Postman collection with a request menu', async () => {
    await paste(page, CURL.text.replace('{{ferry_token}}', 'tok_live_5f2a9c'));
    await page.getByRole('tab', { name: 'Request' }).click();
    await expect.poll(() => text(page, '#out-request')).toBe('PATCH https://{{ferry_host}}/routes/:route_id\nAuthorization: Bearer [redacted]\nContent-Type: application/json');
    // The editor holds the token as pasted; no output shows it.
    for (const output of ['#out-request', '#out-builder', '#out-chilkat', '#out-json-bytes']) expect(await text(page, output)).not.toContain('live_5f2a9c');
    await paste(page, readFileSync(join(root, 'test/fixtures/cli/shop.postman_collection.json'), 'utf8'));
    await expect.poll(() => text(page, '#detected')).toBe('Detected: Postman v2.1 collection');
    expect(await text(page, '#out-request')).toMatch(/^PATCH https:\/\/\{\{shop_host\}\}\/v1\/widgets\/:widget_id\n/);
    await page.getByLabel('Postman request').selectOption('Widgets / List widgets');
    await expect.poll(() => text(page, '#out-request')).toBe('GET https://{{shop_host}}/v1/widgets');
  });

  it('follows a diagnostic link to its line in the editor', async () => {
    await paste(page, PHP.text);
    await showsScript(page, PHP);
    await page.getByRole('tab', { name: 'Diagnostics (1)' }).click();
    await page.getByRole('button', { name: '6: JsonObject.UpdateBd is not ported' }).click();
    // The editor has the focus and line 6 selected.
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.classList.contains('cm-content'))).toBe(true);
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).getSelection()?.toString())).toBe("$json->UpdateBd('photo',$bd);");
    expect(await text(page, '.cm-lineNumbers .cm-activeLineGutter')).toBe('6');
  });

  it('lets the language menu override detection and says when the input does not fit', async () => {
    await paste(page, VB6.text);
    await showsScript(page, VB6);
    await page.getByLabel('Language').selectOption('vbscript');
    await expect.poll(() => text(page, '#detected')).toBe('Read as: VBScript (chosen)');
    expect(await text(page, '#out-json-bytes')).toBe(VB6.bytes);
    await page.getByLabel('Language').selectOption('json');
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/^Cannot read this input as JSON sample: /);
    expect(await text(page, '#out-builder')).toBe('');
    await page.getByLabel('Language').selectOption('auto');
    await expect.poll(() => text(page, '#detected')).toBe(VB6.detected);
  });

  it('restores a port from its shared URL after a reload, tab and language included', async () => {
    await paste(page, PHP.text);
    await showsScript(page, PHP);
    await page.getByLabel('Language').selectOption('php-ax');
    await page.getByRole('tab', { name: 'JSON body' }).click();
    await page.getByRole('button', { name: 'Copy share link' }).click();
    await expect.poll(() => text(page, '#copied')).toBe('Copied the share link.');
    const shared = await page.evaluate(() => (globalThis as unknown as PageGlobals).navigator.clipboard.readText());
    expect(shared).toBe(page.url());
    expect(shared).toMatch(/#s=[A-Za-z0-9+\-$]+$/);
    const reopened = await openPage(shared);
    await expect.poll(() => text(reopened, '#detected')).toBe('Read as: PHP (ActiveX) (chosen)');
    expect(await reopened.getByLabel('Language').inputValue()).toBe('php-ax');
    expect(await reopened.getByRole('tab', { name: 'JSON body' }).getAttribute('aria-selected')).toBe('true');
    expect(await reopened.locator('.cm-line').allTextContents()).toEqual(PHP.text.split('\n'));
    await reopened.reload();
    await expect.poll(() => text(reopened, '#out-json-bytes')).toBe(PHP.bytes);
    await reopened.close();
    await page.getByLabel('Language').selectOption('auto');
  });

  it('copies an output with its button', async () => {
    await paste(page, JSON_SAMPLE.text);
    await showsScript(page, JSON_SAMPLE);
    await page.getByRole('tab', { name: 'JSON body' }).click();
    await page.locator('[data-copy="out-json-bytes"]').click();
    await expect.poll(() => text(page, '#copied')).toBe("Copied JSON body, Chilkat's exact bytes.");
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).navigator.clipboard.readText())).toBe(JSON_SAMPLE.bytes);
  });

  it('is usable from the keyboard: tabs move with the arrow keys', async () => {
    await page.getByRole('tab', { name: 'TypeScript (builder)' }).click();
    await page.getByRole('tab', { name: 'TypeScript (builder)' }).focus();
    await page.keyboard.press('ArrowRight');
    const chilkatTab = page.getByRole('tab', { name: 'TypeScript (chilkat)' });
    expect(await chilkatTab.getAttribute('aria-selected')).toBe('true');
    expect(await chilkatTab.evaluate((tab) => tab === (globalThis as unknown as PageGlobals).document.activeElement)).toBe(true);
    expect(await page.locator('#panel-chilkat').isVisible()).toBe(true);
    expect(await page.locator('#panel-builder').isVisible()).toBe(false);
    await page.keyboard.press('End');
    expect(await page.getByRole('tab', { name: /^Diagnostics/ }).getAttribute('aria-selected')).toBe('true');
  });

  it('shows the Auth0 example, fits 360 px, and axe finds no serious or critical violation', async () => {
    for (const [width, height, name] of [[1280, 900, 'desktop'], [360, 740, 'phone']] as const) {
      const sized = await openPage(pageUrl, width, height);
      await paste(sized, VB6.text);
      await expect.poll(() => text(sized, '#detected')).toBe(VB6.detected);
      await sized.getByLabel('Example').selectOption({ label: 'Auth0 client update (AutoIt)' });
      await expect.poll(() => text(sized, '#detected')).toBe('Detected: AutoIt');
      await sized.getByRole('tab', { name: 'JSON body' }).click();
      expect(await text(sized, '#out-json-bytes')).toMatch(/^\{"name":"Acme Dashboard","client_secret":"\{\{auth0_client_secret\}\}",/);
      expect(await sized.evaluate(() => (globalThis as unknown as PageGlobals).document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await sized.screenshot({ path: join(shots, `auth0-${name}.png`), fullPage: name === 'phone' });
      // axe takes seconds on this page; once, at desktop width, is the check (the phone run checks the fit).
      if (name === 'phone') {
        await sized.close();
        continue;
      }
      await sized.addScriptTag({ path: axePath });
      const violations = await sized.evaluate(async () => {
        const { axe, document } = globalThis as unknown as PageGlobals;
        // No preload: axe would fetch the stylesheets again, which file:// pages may not.
        const results = await axe.run(document, { preload: false });
        return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
      });
      expect(violations).toEqual([]);
      await sized.close();
    }
  });

  it('made no network request and raised no error in any page', () => {
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
