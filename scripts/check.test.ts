/** `npm run check` and `npm run build` on decks with mistakes: every problem at its file:line. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const run = (command: string, args: string[], slidesDir: string) =>
  spawnSync(command, args, { cwd: root, env: { ...process.env, SLIDES_DIR: slidesDir }, encoding: 'utf8' });

const BROKEN = 'e2e/fixtures/broken';
const ERRORS = [
  'e2e/fixtures/broken/01-broken.md:12: error: missing image: assets/missing.png',
  'e2e/fixtures/broken/01-broken.md:14: error: missing background image: assets/no-background.png',
  'e2e/fixtures/broken/01-broken.md:16: error: malformed option "image": "image" needs a value, as in image=…',
  'e2e/fixtures/broken/01-broken.md:20: error: missing included file: parts/nowhere.md',
];
const WARNINGS = [
  'e2e/fixtures/broken/01-broken.md:24: warning: @snap is never closed: closed at the end of the slide (add @snapend)',
  'e2e/fixtures/broken/01-broken.md:31: warning: unknown directive @sparkle[…]: shown as plain text',
  'e2e/fixtures/broken/01-broken.md:37: warning: slide "Still to do" still says TODO',
  'e2e/fixtures/broken/01-broken.md:39: warning: empty slide',
  'e2e/fixtures/broken/01-broken.md:45: warning: code fence never closes',
];

describe('npm run check', () => {
  it('lists every error and warning as file:line and exits 1', () => {
    const result = run('npx', ['tsx', 'scripts/check.ts'], BROKEN);
    expect(result.status).toBe(1);
    for (const line of [...ERRORS, ...WARNINGS]) expect(result.stdout).toContain(line);
  });

  it('passes the seed deck with its one TODO warning', () => {
    const result = run('npx', ['tsx', 'scripts/check.ts'], 'slides');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('slides/04-our-stack.md:');
    expect(result.stdout).toContain('39 slides checked: 0 errors, 1 warning');
  });
});

describe('npm run build', () => {
  it('fails on a broken deck with the same messages, all of them', () => {
    const out = mkdtempSync(join(tmpdir(), 'stack-tour-build-'));
    try {
      const result = run('npx', ['vite', 'build', '--outDir', out, '--emptyOutDir'], BROKEN);
      expect(result.status).not.toBe(0);
      const output = result.stdout + result.stderr;
      for (const line of ERRORS) expect(output).toContain(line);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
