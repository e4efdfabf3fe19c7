import { describe, expect, it } from 'vitest';
import { KNOWN_DIRECTIVES, transformInline, type InlineContext } from './inlineDirectives.ts';
import { parseText } from './testDeck.ts';

function inline(line: string, files: Record<string, string> = {}, withError = true) {
  const said: string[] = [];
  const ctx: InlineContext = {
    icon: (name) => (name === 'quote-left' ? '<svg></svg>' : undefined),
    warn: (m) => said.push(`warning: ${m}`),
    read: (p) => files[p],
    error: withError ? (m) => said.push(`error: ${m}`) : undefined,
  };
  return { html: transformInline(line, ctx), said };
}

describe('nested arguments', () => {
  it('keeps rgb(…) with its commas and brackets inside a body', () => {
    expect(inline('@color[rgb(104, 32, 121)](purple)').html).toBe(
      '<span style="color: rgb(104, 32, 121)">purple</span>',
    );
    expect(inline('@size[12px]([1] cited)').html).toBe('<span style="font-size: 12px">[1] cited</span>');
  });

  it('works inside a blockquote and when indented', () => {
    expect(inline('> @color[red](x)').html).toBe('> <span style="color: red">x</span>');
    expect(inline('   @css[big](y)').html).toBe('   <span class="big">y</span>');
    expect(parseText('> @fa[twitter] @color[red](Said)').slides[0].html).toContain(
      '<blockquote>\n<p><span class="gp-icon "',
    );
  });

  it('leaves Java annotations in prose alone', () => {
    expect(inline('Use @RequestMapping("/api") and @Autowired here').said).toEqual([]);
  });
});

describe('@img, @quote, @tweet, @gist', () => {
  it('@img[classes, props](path) is a picture', () => {
    expect(inline('@img[span-50 shadow, width=300, alt=Logo, opacity=0.5](assets/logo.png)').html).toBe(
      '<img class="gp-img span-50 shadow" src="assets/logo.png" alt="Logo" style="width: 300px; opacity: 0.5">',
    );
  });

  it('@quote[text](author) is the words and who said them; the text may hold markdown and directives', () => {
    expect(inline('@quote[Be **brief**, @color[red](please)](Anon)').html).toBe(
      '<span class="gp-quote"><q class="gp-quote-text">Be **brief**, <span style="color: red">please</span></q><span class="gp-quote-author">Anon</span></span>',
    );
    expect(inline('@quote[Open a new terminal]').html).toBe(
      '<span class="gp-quote"><q class="gp-quote-text">Open a new terminal</q></span>',
    );
  });

  it('@tweet and @gist are link cards, with a warning that they need the network', () => {
    const tweet = inline('@tweet[https://twitter.com/gitpitch/status/1]');
    expect(tweet.html).toContain('href="https://twitter.com/gitpitch/status/1"');
    expect(tweet.html).toContain('A tweet by @gitpitch');
    expect(tweet.said).toEqual(['warning: @tweet needs the network at run time: shown as a link card']);
    const gist = inline('@gist[python](octo/abc123)');
    expect(gist.html).toContain('href="https://gist.github.com/octo/abc123"');
    expect(gist.said).toEqual(['warning: @gist needs the network at run time: shown as a link card']);
  });
});

describe('emoji', () => {
  it('@emoji[name classes] and :shortcode: become the emoji, named for screen readers', () => {
    expect(inline('@emoji[rocket text-14]').html).toBe(
      '<span class="gp-emoji text-14" role="img" aria-label="rocket">🚀</span>',
    );
    expect(inline('Ship it :tada: :+1:').html).toBe(
      'Ship it <span class="gp-emoji" role="img" aria-label="tada">🎉</span> <span class="gp-emoji" role="img" aria-label="+1">👍</span>',
    );
  });

  it('leaves code, URLs, times and unknown names alone', () => {
    for (const line of [
      '`:tada:`',
      'at 10:30:00',
      'https://example.com/:tada:',
      'a :not_an_emoji: b',
      'x:tada:y',
    ]) {
      expect(inline(line).html).toBe(line);
    }
  });

  it('warns about an unknown @emoji name and shows it as its shortcode', () => {
    expect(inline('@emoji[unicorn_face]')).toEqual({
      html: ':unicorn_face:',
      said: ['warning: unknown emoji @emoji[unicorn_face]: shown as its name'],
    });
  });
});

describe('@table', () => {
  it('reads the file from the deck root', () => {
    expect(inline('@table[table-tsv](./data.tsv)', { 'data.tsv': 'a\tb\n' }).html).toBe(
      '<table class="gp-table"><tbody><tr><td>a</td><td>b</td></tr></tbody></table>',
    );
  });

  it('reports a missing file as an error, or a warning when the caller has no errors', () => {
    expect(inline('@table[](gone.csv)').said).toEqual(['error: missing table data file: gone.csv']);
    expect(inline('@table[](gone.csv)', {}, false).said).toEqual([
      'warning: missing table data file: gone.csv',
    ]);
  });
});

describe('unknown directives', () => {
  it('suggests the directive meant, and shows the text as written', () => {
    const { html, said } = inline('in @colour[red](x) text');
    expect(said).toEqual([
      'warning: unknown directive @colour[…]: shown as plain text: did you mean @color?',
    ]);
    expect(html).toBe('in @colour\\[red](x) text');
    expect(parseText('in @colour[red](x) text').slides[0].html).toBe('<p>in @colour[red](x) text</p>\n');
  });

  it('knows every directive name, line and inline', () => {
    for (const name of [
      'snapend',
      'divend',
      'ulend',
      'olend',
      'math',
      'mathend',
      'code',
      'img',
      'quote',
      'fab',
    ])
      expect(KNOWN_DIRECTIVES).toContain(name);
  });
});
