/**
 * Which Chromium the browser tests and benchmarks drive: Debian's /usr/bin/chromium where it
 * exists (Playwright cannot download its own here), else Playwright's own browser.
 */
import { existsSync } from 'node:fs';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
  const executablePath =
    process.env.CHROMIUM_PATH || (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined);
  return {
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-quic',
      '--no-first-run',
      '--disable-sync',
    ],
  };
}
