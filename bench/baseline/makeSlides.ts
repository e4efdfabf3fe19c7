/**
 * The seed talk as one markdown text for the plain reveal.js baseline (bench/baseline/): slides/*.md
 * joined in file order, with GitPitch-only syntax converted minimally, as a user moving the talk to
 * reveal's markdown plugin would:
 * - `---?image=…` / `+++?…` slide delimiters become plain `---` / `+++`;
 * - GitPitch directive lines such as `@title[…]` are dropped (reveal has no such thing);
 * - ```` ```mermaid ```` fences become `<pre class="mermaid">` blocks for `mermaid.run()`;
 * - ```` ```widget ```` fences become a plain paragraph: a plain deck has no widgets.
 * `npx tsx bench/baseline/makeSlides.ts [slides-dir]` prints the result.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The markdown of the deck in `dir`, for a `<section data-markdown>` split on `^---$` and `^\+\+\+$`. */
export function baselineMarkdown(dir: string): string {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort();
  const text = files.map((name) => readFileSync(join(dir, name), 'utf8').replace(/\n*$/, '\n')).join('');
  return (
    text
      // Every file opens with a delimiter; the very first one would make an empty first slide.
      .replace(/^\s*---[^\n]*\n/, '')
      .replace(/^(---|\+\+\+)\?.*$/gm, '$1')
      .replace(/^@\w+\[.*\]\s*$\n?/gm, '')
      .replace(/^```mermaid[^\n]*\n([\s\S]*?)^```[ \t]*$/gm, (_, src: string) => {
        return `<pre class="mermaid">\n${escapeHtml(src)}</pre>`;
      })
      .replace(/^```widget\s+(\S+)[^\n]*\n[\s\S]*?^```[ \t]*$/gm, (_, name: string) => {
        return `_The interactive ${name.replace(/-/g, ' ')} widget is not part of a plain reveal.js deck._`;
      })
  );
}

/** The markdown as the text of a `<textarea data-template>`, whose content the HTML parser decodes. */
export function asTextareaContent(markdown: string): string {
  return markdown.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.dirname, 'makeSlides.ts')) {
  process.stdout.write(baselineMarkdown(resolve(process.argv[2] ?? 'slides')));
}
