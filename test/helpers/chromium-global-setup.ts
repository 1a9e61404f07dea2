// One headless Chromium for the whole package run: the playground and runtime suites connect to it.
import type { TestProject } from 'vitest/node';
import { startChromiumServer } from './chromium.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where `chromium.connect()` reaches the shared browser. */
    chromiumEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startChromiumServer();
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return () => server.close();
}
