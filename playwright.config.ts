import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './src/build/chromium.ts';

/** The built deck is served under a sub-path, as a wiki's static folder would serve it. */
export const BASE_PATH = '/static/onboarding/';
// Ports and the built folder can be moved (E2E_PORT, E2E_FIXTURE_PORT, E2E_DIST), so two checkouts
// or two builds can be tested side by side on one machine.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const FIXTURE_PORT = Number(process.env.E2E_FIXTURE_PORT ?? 4174);
const DIST = process.env.E2E_DIST ?? 'dist';
/** The feature fixture deck (e2e/fixtures/features), built by `npm run build:fixture`. */
export const FIXTURE_URL = `http://127.0.0.1:${FIXTURE_PORT}/`;
const SINGLE_PORT = Number(process.env.E2E_SINGLE_PORT ?? 4175);
/** The single file (`npm run build:single`), served as a wiki's attachment would be: no CORS headers. */
export const SINGLE_URL = `http://127.0.0.1:${SINGLE_PORT}/files/`;

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'line' : 'list',
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    viewport: { width: 1280, height: 720 },
    launchOptions: chromiumLaunchOptions(),
    trace: 'off',
  },
  webServer: [
    {
      command: `tsx scripts/serveDist.ts ${PORT} ${BASE_PATH} ${DIST}`,
      url: `http://127.0.0.1:${PORT}${BASE_PATH}`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `tsx scripts/serveDist.ts ${FIXTURE_PORT} / ${process.env.E2E_FIXTURE_DIST ?? 'dist-fixture'}`,
      url: FIXTURE_URL,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `tsx scripts/serveDist.ts ${SINGLE_PORT} /files/ ${process.env.E2E_SINGLE_DIST ?? 'dist-single'}`,
      url: SINGLE_URL,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
