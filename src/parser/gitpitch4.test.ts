import { describe, expect, it } from 'vitest';
import { expandGitPitch4, type GitPitch4Context } from './gitpitch4.ts';
import type { SourceLine } from './deckTypes.ts';
import { formatDiagnostic } from './deckTypes.ts';
import { markFences } from './splitSlides.ts';
import { parseText } from './testDeck.ts';

function linesOf(text: string): SourceLine[] {
  const raw = text.split('\n');
  const { fenced } = markFences(raw);
  return raw.map((t, i) => ({ text: t, line: i + 1, fenced: fenced[i] }));
}

function expand(text: string, files: Record<string, string> = {}) {
  const said: string[] = [];
  const ctx: GitPitch4Context = {
    file: 'deck.md',
    read: (p) => files[p],
    exists: (p) => p in files,
    warn: (line, m) => said.push(`${line}: warning: ${m}`),
    error: (line, m) => said.push(`${line}: error: ${m}`),
  };
  const lines = expandGitPitch4(linesOf(text), ctx);
  return { lines, text: lines.map((l) => l.text).join('\n'), said };
}

const html = (text: string, files?: Record<string, string>) => parseText(text, files).slides[0].html;
const messages = (text: string, files?: Record<string, string>) =>
  parseText(text, files).diagnostics.map(formatDiagnostic);

describe('grid layout blocks', () => {
  it('turns a block into a positioned box holding the markdown up to the next block', () => {
    const out = html('[drag=40 30, drop=topleft]\n\n### One\n\n[drag=50 20, drop=bottom]\nTwo *here*');
    expect(out).toContain(
      '<div class="gp-grid" style="left: 0%; top: 0%; width: 40%; height: 30%"><h3>One</h3>',
    );
    expect(out).toContain('style="left: 25%; top: 80%; width: 50%; height: 20%"><p>Two <em>here</em></p>');
    expect(out).not.toContain('drag=');
  });

  it('places by name (dashes allowed), from the far edge for negative values, and centred on request', () => {
    const style = (block: string) => /style="([^"]*)"/.exec(expand(block).text)?.[1];
    expect(style('[drag=30 20, drop=bottom-right]')).toBe('left: 70%; top: 80%; width: 30%; height: 20%');
    expect(style('[drag=50 40, drop=-5]')).toBe('left: 45%; top: 55%; width: 50%; height: 40%');
    expect(style('[drag=20, drop=50 50 true true]')).toBe('left: 40%; top: 40%; width: 20%; height: 20%');
    expect(style('[drag=500px 50, drop=center]')).toBe(
      'left: calc(50% - 250px); top: 25%; width: 500px; height: 50%',
    );
    // Without drag a named drop takes a default size; without drop the block is centred.
    expect(style('[drop=left]')).toBe('left: 0%; top: 0%; width: 50%; height: 100%');
    expect(style('[drag=99]')).toBe('left: 0.5%; top: 0.5%; width: 99%; height: 99%');
  });

  it('honours flow, fit, set, bg, pad, border, opacity, rotate and filter', () => {
    const { text } = expand(
      '[drag=50, drop=0 0, flow=row true, fit=1.5, set=fragment h2-gold, bg=#223, pad=10px 20px, border=4px solid red, opacity=0.5, rotate=-6, filter=sepia]',
    );
    expect(text).toContain('class="gp-grid gp-flow-row gp-push fragment h2-gold"');
    expect(text).toContain('font-size: 1.5em; background: #223; padding: 10px 20px; border: 4px solid red');
    expect(text).toContain('opacity: 0.5; filter: sepia(1); transform: rotate(-6deg)');
  });

  it('puts a bg= picture behind the block as a checked <img>', () => {
    expect(messages('[drag=50, bg=assets/none.png 0.8 black]\nText')).toEqual([
      'deck.md:1: error: missing image: assets/none.png',
    ]);
    expect(html('[drag=50, bg=a.png]\nText', { 'a.png': '' })).toContain(
      '<img class="gp-grid-bg" src="a.png" alt="">',
    );
  });

  it('warns once per slide about the options it cannot honour, and about none it can', () => {
    expect(messages('[drag=50, animate=fadein]\nA\n\n[drag=20, sync=true, animate=tada]\nB')).toEqual([
      'deck.md:1: warning: GitPitch options not supported here, ignored: animate, sync',
    ]);
    expect(messages('[drag=50 40, drop=5, set=align-left, fit=0.8]\nA')).toEqual([]);
  });

  it('ends blocks at the notes, and leaves fences, links and other brackets alone', () => {
    const { text } = expand('[drag=50]\nA\nNote:\n[drag=20]\nsaid');
    expect(text.indexOf('</div>')).toBeLessThan(text.indexOf('Note:'));
    expect(text).toContain('[drag=20]');
    for (const line of ['[link]: https://example.com', '[a=b]', '[see the drag=here]', '[ ] task']) {
      expect(expand(line).text).toBe(line);
    }
    expect(expand('```\n[drag=50]\n```').text).toBe('```\n[drag=50]\n```');
  });

  it('shows a flow=stack block one item at a time', () => {
    const out = html('[drag=50, flow=stack]\n# Lorem\n# Ipsum\n@ghost\nLast words');
    expect(out.match(/gp-stack-item fragment fade-in-then-out/g)).toHaveLength(4);
    expect(out).not.toContain('@ghost');
  });

  it('boxes a list whose @ul[…] carries grid properties, keeping its own classes', () => {
    const { text } = expand('@ul[list-bullets, drag=50 100, drop=left, fit=2]\n- a\n@ul');
    expect(text).toContain(
      '<div class="gp-grid" style="left: 0%; top: 0%; width: 50%; height: 100%; font-size: 2em">',
    );
    expect(text).toContain('@ul[list-bullets]');
  });
});

describe('picture widgets', () => {
  it('boxes a ![drag=…] picture, with its alt text and its own properties', () => {
    const out = html('![drag=70, drop=center, rotate=-10, alt=SKETCH](assets/sketch.png)', {
      'assets/sketch.png': '',
    });
    expect(out).toContain(
      'transform: rotate(-10deg)"><img class="gp-img" src="assets/sketch.png" alt="SKETCH">',
    );
  });

  it('keeps a picture with only picture properties in the flow, and plain pictures as they are', () => {
    const files = { 'p.png': '' };
    expect(html('![width=300, title=Hello](p.png)', files)).toBe(
      '<img class="gp-img" src="p.png" alt="" title="Hello" style="width: 300px">\n',
    );
    expect(html('![A picture](p.png)', files)).toBe('<p><img src="p.png" alt="A picture"></p>\n');
  });

  it('lays out @img[drag=…](path) like the markdown picture', () => {
    const out = html('@img[shadow, drag=30, drop=right, alt=Logo](p.png)', { 'p.png': '' });
    expect(out).toContain('left: 70%');
    expect(out).toContain('<img class="gp-img shadow" src="p.png" alt="Logo">');
  });
});

describe('@code widgets', () => {
  const files = { 'src/demo.js': 'a\n// tag::core[]\nb\nc\n// end::core[]\nd\n' };

  it('shows the file as fenced code of the named language, as fenced lines', () => {
    const { lines } = expand('@code[javascript zoom-12](src/demo.js)', files);
    const fence = lines.filter((l) => l.fenced).map((l) => l.text);
    expect(fence).toEqual(['```javascript', 'a', '// tag::core[]', 'b', 'c', '// end::core[]', 'd', '```']);
    expect(messages('@code[javascript zoom-12](src/demo.js)', files)).toEqual([
      'deck.md:1: warning: GitPitch option not supported here, ignored: zoom-12',
    ]);
  });

  it('filters by lines or by tags, and takes the language from the file when none is named', () => {
    const code = (line: string) =>
      expand(line, files)
        .lines.filter((l) => l.fenced)
        .map((l) => l.text);
    expect(code('@code[js](src/demo.js?lines=1,3-4]')).toEqual(['```js', 'a', 'b', 'c', '```']);
    expect(code('@code[](src/demo.js?tags=core)')).toEqual(['```javascript', 'b', 'c', '```']);
    expect(expand('@code[js](src/demo.js?tags=nope)', files).said).toEqual([
      '1: warning: @code tag "nope" not found in src/demo.js',
    ]);
  });

  it('uses a fence the code cannot close', () => {
    const { lines } = expand('@code[md](a.md)', { 'a.md': '```\nx\n```' });
    expect(lines.filter((l) => l.fenced).map((l) => l.text)[0]).toBe('````md');
  });

  it('is an error when the file is missing', () => {
    expect(messages('@code[java](src/Nope.java)')).toEqual([
      'deck.md:1: error: missing code file: src/Nope.java',
    ]);
  });

  it('attaches code steps written in a later block to the widget’s code', () => {
    const out = html(
      '@code[js, drag=90 70](src/demo.js)\n\n[drag=90 10, drop=bottom]\n\n@[1](First)\n@[2-3](Then)',
      files,
    );
    expect(out).toContain('data-note="First"');
    expect(out).toContain('data-lines="2,3" data-note="Then"');
    expect(out).not.toContain('@[1]');
  });

  it('keeps steps written right after the widget with it', () => {
    expect(html('@code[js](src/demo.js)\n@[2](Second)', files)).toContain(
      'data-lines="2" data-note="Second"',
    );
  });

  it('leaves @code and Java annotations inside fences alone', () => {
    const text = '```java\n@code[java](x.java)\n@RequestMapping("/")\n```';
    expect(expand(text).text).toBe(text);
    expect(messages(text)).toEqual([]);
  });
});

describe('@table widgets on their own line', () => {
  it('reads the CSV into a table, with a header row when asked', () => {
    const out = html('@table[table-header table-fragment striped](data.csv)', {
      'data.csv': 'Name,Port\n"nginx, web",80\n',
    });
    expect(out).toBe(
      '<table class="gp-table striped"><thead><tr><th scope="col">Name</th><th scope="col">Port</th></tr></thead><tbody><tr class="fragment"><td>nginx, web</td><td>80</td></tr></tbody></table>\n',
    );
  });

  it('is an error when the data file is missing', () => {
    expect(messages('@table[](none.csv)')).toEqual(['deck.md:1: error: missing table data file: none.csv']);
  });
});
