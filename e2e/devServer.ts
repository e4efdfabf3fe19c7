/**
 * `npm start` for a browser test: the Vite dev server on a copy of a fixture deck, on a free
 * loopback port. The copy can be edited by the test; it is removed on close.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'vite';

export interface DevDeck {
  url: string;
  deckDir: string;
  close(): Promise<void>;
}

export async function startDevDeck(fixture: string, env: Record<string, string> = {}): Promise<DevDeck> {
  const deckDir = mkdtempSync(join(tmpdir(), 'stack-tour-dev-'));
  cpSync(new URL(`fixtures/${fixture}`, import.meta.url), deckDir, { recursive: true });
  Object.assign(process.env, { SLIDES_DIR: deckDir, ...env });
  const server = await createServer({
    configFile: new URL('../vite.config.ts', import.meta.url).pathname,
    root: new URL('..', import.meta.url).pathname,
    server: { port: 0, host: '127.0.0.1' },
    logLevel: 'silent',
  });
  await server.listen();
  const url = server.resolvedUrls!.local[0];
  // The first request makes Vite transform the app and pre-bundle its dependencies, which takes
  // many seconds on a busy 2-core machine: done here, once, not inside a test's time budget.
  await server.warmupRequest('/src/main.ts');
  await fetch(url).then((r) => r.text());
  return {
    url,
    deckDir,
    async close() {
      await server.close();
      rmSync(deckDir, { recursive: true, force: true });
    },
  };
}
