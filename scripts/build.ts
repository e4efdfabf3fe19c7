/**
 * `npm run build`: `vite build`, with the deck's own flag. `--single-file` (or `npm run export`)
 * builds the whole deck as one self-contained HTML file (src/build/singleFile.ts); every other
 * argument goes to Vite as given (`--outDir dist-single`, `--logLevel warn`, …).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const args = process.argv.slice(2);
const singleFile = args.includes('--single-file');
const viteArgs = args.filter((a) => a !== '--single-file');
const vite = resolve(import.meta.dirname, '..', 'node_modules', '.bin', 'vite');
const result = spawnSync(vite, ['build', ...viteArgs], {
  stdio: 'inherit',
  env: singleFile ? { ...process.env, STACK_TOUR_SINGLE_FILE: '1' } : process.env,
});
process.exit(result.status ?? 1);
