/**
 * Every widget's styles are in the page's first stylesheet (src/widgets/widgets.css): a still drawn
 * at build time, and a live view as it mounts, must already have their look. A view that imported
 * its own CSS would get it only with its chunk: unstyled without JavaScript, and a layout shift
 * when the chunk's styles arrive.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const WIDGETS = join(import.meta.dirname, '../widgets');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );

describe('widget styles', () => {
  const all = files(WIDGETS);
  const sheet = readFileSync(join(WIDGETS, 'widgets.css'), 'utf8');

  it('are every one imported by widgets.css', () => {
    const missing = all
      .filter((f) => f.endsWith('.css') && !f.endsWith('widgets.css'))
      .map((f) => `./${relative(WIDGETS, f)}`)
      .filter((f) => !sheet.includes(`@import '${f}'`));
    expect(missing).toEqual([]);
  });

  it('are never imported by a view', () => {
    const importing = all
      .filter((f) => /\.tsx?$/.test(f) && !f.includes('.test.'))
      .filter((f) => /import\s+['"][^'"]+\.css['"]/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(WIDGETS, f));
    expect(importing).toEqual([]);
  });
});
