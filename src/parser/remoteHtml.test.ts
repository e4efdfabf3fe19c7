import { describe, expect, it } from 'vitest';
import { safeSlideHtml, type RemoteHtmlHooks } from './remoteHtml.ts';

/** Hooks that know one fetched copy (`https://ok.test/…`) and record every warning. */
function hooks(): RemoteHtmlHooks & { warnings: string[]; asked: string[] } {
  const warnings: string[] = [];
  const asked: string[] = [];
  return {
    warnings,
    asked,
    fetched(url, what) {
      asked.push(`${what} ${url}`);
      if (url.startsWith('https://ok.test/')) return `remote/${url.slice(-5)}`;
      warnings.push(`not fetched: ${what} ${url}`);
      return undefined;
    },
    local: (href, what) => `checked/${what === 'image' ? '' : `${what}/`}${href}`,
    warn: (message) => warnings.push(message),
  };
}

function rewrite(html: string): { html: string; warnings: string[]; asked: string[] } {
  const h = hooks();
  return { html: safeSlideHtml(html, h), warnings: h.warnings, asked: h.asked };
}

describe('pictures in raw HTML', () => {
  it('points a fetched picture at the copy, keeping the other attributes in place', () => {
    expect(rewrite('<img class="big" src="https://ok.test/a.png" alt="A">').html).toBe(
      '<img class="big" src="remote/a.png" alt="A">',
    );
  });

  it('puts a placeholder with the alt text and host for a picture not fetched', () => {
    const out = rewrite('<p>See <img src="https://example.invalid/x.png" alt="The map"> here</p>');
    expect(out.html).toContain('role="img" aria-label="The map (picture from example.invalid');
    expect(out.html).not.toContain('<img');
    expect(out.html).toMatch(/^<p>See <span class="gp-remote-picture".*<\/span> here<\/p>$/);
    expect(out.warnings).toEqual(['not fetched: image https://example.invalid/x.png']);
  });

  it('checks a local picture through the hook, and a // address is another host too', () => {
    expect(rewrite("<img src='a.png'>").html).toBe('<img src="checked/a.png">');
    expect(rewrite('<img src=//cdn.example.invalid/x.png alt=x>').html).toContain('gp-remote-picture');
  });

  it('drops remote srcset entries and a remote url() in a style', () => {
    const out = rewrite(
      '<img src="a.png" srcset="a2.png 2x, https://cdn.invalid/a3.png 3x" style="background: url(https://x.invalid/b.png) no-repeat; color: red">',
    );
    expect(out.html).toBe(
      '<img src="checked/a.png" srcset="a2.png 2x" style="background: none no-repeat; color: red">',
    );
    expect(out.warnings).toContain('srcset entries on another host were dropped: the picture uses its src');
  });
});

describe('frames, plugins and media', () => {
  it('turns a YouTube frame into a video link card, with what was inside it', () => {
    const out = rewrite(
      '<div>\n<iframe width="560" src="https://www.youtube.com/embed/xyz" title="Demo"></iframe>\n</div>',
    );
    expect(out.html).toMatch(
      /^<div>\n<a class="gp-link-card" href="https:\/\/www\.youtube\.com\/embed\/xyz"/,
    );
    expect(out.html).toContain('<span class="link-card-kind">Video</span>');
    expect(out.html).toContain('Demo');
    expect(out.html).not.toContain('iframe');
    expect(out.warnings[0]).toMatch(/needs the network at run time: the slide shows a link card/);
  });

  it('keeps a frame of the deck itself; an <object> or <embed> is a card (no plugins)', () => {
    expect(rewrite('<iframe src="page.html"></iframe>').html).toBe('<iframe src="page.html"></iframe>');
    const out = rewrite('<object data="https://example.invalid/doc.pdf"><p>fallback</p></object>');
    expect(out.html).toMatch(/^<a class="gp-link-card"[^>]*>.*Embedded page.*<\/a>$/);
    expect(rewrite('<embed src="https://example.invalid/a.swf">').html).toContain('gp-link-card');
  });

  it('a video whose only source was not fetched is a link card; a fetched one plays the copy', () => {
    const lost = rewrite(
      '<video controls poster="https://example.invalid/p.jpg">\n<source src="https://example.invalid/v.mp4" type="video/mp4">\n</video>',
    );
    expect(lost.html).toMatch(/^<a class="gp-link-card" href="https:\/\/example\.invalid\/v\.mp4"/);
    expect(lost.html).toContain('<span class="link-card-kind">Video</span>');
    const kept = rewrite(
      '<video src="https://ok.test/v.mp4" poster="https://example.invalid/p.jpg"></video>',
    );
    expect(kept.html).toBe('<video src="remote/v.mp4"></video>');
    const inline = rewrite('<video src="https://example.invalid/v.mp4" controls>');
    expect(inline.html).toContain('gp-link-card');
  });

  it('keeps the sources it has when only some went', () => {
    const out = rewrite(
      '<video><source src="https://example.invalid/v.webm"><source src="local.mp4"></video>',
    );
    expect(out.html).toBe('<video><source src="checked/media file/local.mp4"></video>');
    expect(rewrite('<video src="v.mp4" poster="p.jpg">').html).toBe(
      '<video src="checked/video/v.mp4" poster="checked/video poster/p.jpg">',
    );
  });
});

describe('what would run or load on its own', () => {
  it('removes a <script> block and a stray closing tag, with a warning', () => {
    const out = rewrite('<script>\nalert(1)\n</script>');
    expect(out.html).toBe('');
    expect(out.warnings[0]).toMatch(/scripts in slides do not run/);
    expect(rewrite('</script>').html).toBe('');
    expect(rewrite('<script src="https://cdn.invalid/x.js">').html).toBe('');
  });

  it('removes event handlers and javascript: addresses', () => {
    const out = rewrite('<a href="javascript:alert(1)" onclick="x()" class="c">');
    expect(out.html).toBe('<a class="c">');
    expect(out.warnings).toHaveLength(2);
  });

  it('removes a remote stylesheet, <base>, and a remote @import in a <style>', () => {
    expect(rewrite('<link rel="stylesheet" href="https://fonts.invalid/css">').html).toBe('');
    expect(rewrite('<link rel="stylesheet" href="local.css">').html).toBe(
      '<link rel="stylesheet" href="local.css">',
    );
    expect(rewrite('<base href="https://x.invalid/">').html).toBe('');
    const style = rewrite(
      '<style>\n@import url("https://fonts.invalid/a.css");\n.x { background: url(\'https://x.invalid/b.png\') }\n</style>',
    );
    expect(style.html).toBe('<style>\n\n.x { background: none }\n</style>');
  });

  it('drops what reveal.js would load by itself, and reads a tag that never ends as text', () => {
    expect(rewrite('<img data-src="https://x.invalid/lazy.png" alt="">').html).toBe('<img alt="">');
    expect(rewrite('<iframe data-src="https://x.invalid/page"></iframe>').html).toContain('gp-link-card');
    expect(rewrite('<div data-background-image="https://x.invalid/b.png">').html).toBe('<div>');
    expect(rewrite('<img src="https://x.invalid/a.png alt=x>').html).toBe(
      '&lt;img src="https://x.invalid/a.png alt=x>',
    );
  });

  it('leaves no address on another host that the page would load', () => {
    const hostile = [
      '<IMG SRC=https://x.invalid/a.png>',
      "<video><source src='//x.invalid/v.mp4'><track src=https://x.invalid/t.vtt></video>",
      '<svg><image href="https://x.invalid/i.png"/><use xlink:href="https://x.invalid/s.svg#a"/></svg>',
      '<table background="https://x.invalid/t.png"><tr><td>x</td></tr></table>',
      '<input type="image" src="https://x.invalid/b.png">',
      '<picture><source srcset="https://x.invalid/a.webp"><img src="local.png"></picture>',
      '<audio src="https://x.invalid/a.mp3" controls></audio>',
    ];
    for (const html of hostile) {
      // A link card's href is a link to follow, not a load.
      const out = rewrite(html).html.replace(/<a class="gp-link-card" href="[^"]*"/g, '<a');
      expect(out, html).not.toMatch(/\s(src|srcset|href|xlink:href|background|poster)="?(https?:)?\/\//i);
    }
  });

  it('leaves ordinary HTML, comments and links alone', () => {
    const html =
      '<div class="fragment" data-x=\'1\'>\n<!-- .element: class="y" -->\n<a href="https://example.com">x</a> 3 < 4\n</div>';
    expect(rewrite(html).html).toBe(html);
    expect(rewrite(html).asked).toEqual([]);
  });
});
