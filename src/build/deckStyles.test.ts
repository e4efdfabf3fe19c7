import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parseText } from '../parser/testDeck.ts';
import { deckHasMaths, deckStylesModule, katexStylesheet, woff2Only } from './deckStyles.ts';

const KATEX_CSS = createRequire(import.meta.url).resolve('katex/dist/katex.min.css');

describe('deck styles', () => {
  it("imports KaTeX's stylesheet and ours only for a deck with maths", () => {
    const plain = parseText('# Prices\n\nIt costs $5 and $10; run `$ ls`.');
    expect(deckHasMaths(plain)).toBe(false);
    expect(deckStylesModule(plain)).not.toContain('katex');
    const maths = parseText('# Maths\n\n$$a^2 + b^2 = c^2$$');
    expect(deckHasMaths(maths)).toBe(true);
    const module = deckStylesModule(maths, ['/deck/PITCHME.css']);
    expect(module.split('\n')).toEqual([
      "import 'katex/dist/katex.min.css';",
      expect.stringMatching(/^import ".*\/src\/theme\/maths\.css";$/),
      'import "/deck/PITCHME.css";',
      '',
    ]);
  });

  it('counts maths in speaker notes', () => {
    expect(deckHasMaths(parseText('# Slide\n\nNote:\nsay `$x^2$`'))).toBe(true);
  });

  it('keeps every KaTeX font face, with its WOFF2 source only', () => {
    const css = katexStylesheet(KATEX_CSS)!;
    const original = readFileSync(KATEX_CSS, 'utf8');
    const faces = css.match(/@font-face\{[^}]*\}/g)!;
    expect(faces).toHaveLength(original.match(/@font-face/g)!.length);
    for (const face of faces)
      expect(face).toMatch(/src:url\(fonts\/KaTeX_[\w-]+\.woff2\) format\("woff2"\)\}$/);
    expect(css).not.toMatch(/\.ttf|\.woff\)/);
    expect(css.length).toBeGreaterThan(original.length * 0.7);
    expect(katexStylesheet('/work/src/theme/theme.css')).toBeUndefined();
    expect(woff2Only('src: url(a.woff2) format("woff2"), url(a.woff) format("woff")')).toBe(
      'src: url(a.woff2) format("woff2")',
    );
  });
});
