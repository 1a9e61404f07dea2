// Headless Chromium from the registry: @sparticuz/chromium ships a build inside its package (no download at
// install or test time, no system browser), and playwright-core drives it.
import sparticuz from '@sparticuz/chromium';
import { chromium, type BrowserServer } from 'playwright-core';

// Its serverless defaults that would change what the tests see: one process for everything, and no CORS.
const DROPPED = new Set(['--single-process', '--disable-web-security', '--no-zygote']);
// A closed network: no background requests, no component updates, no first-run work.
const QUIET = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--disable-gpu'];

/** The flags the tests launch Chromium with. */
export function chromiumArgs(): string[] {
  return [...sparticuz.args.filter((arg) => !DROPPED.has(arg) && !arg.startsWith('--headless')), ...QUIET];
}

/**
 * Starts one headless Chromium that test files connect to (`chromium.connect(server.wsEndpoint())`).
 *
 * @returns The browser server; close it when the run ends.
 */
export async function startChromiumServer(): Promise<BrowserServer> {
  // Decompresses the packaged build into the temp folder on first use.
  const executablePath = await sparticuz.executablePath();
  return chromium.launchServer({ executablePath, args: chromiumArgs(), headless: true });
}
