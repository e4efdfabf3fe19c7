import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OutputBundle } from 'rolldown';
import { describe, expect, it } from 'vitest';
import { inlineScriptText, singleFileHtml } from './singleFile.ts';

function bundleOf(files: Record<string, string | Uint8Array>): OutputBundle {
  const bundle: Record<string, unknown> = {};
  for (const [name, content] of Object.entries(files))
    bundle[name] = name.endsWith('.js')
      ? { type: 'chunk', fileName: name, code: content }
      : { type: 'asset', fileName: name, source: content };
  return bundle as OutputBundle;
}

const PAGE = [
  '<!doctype html><html><head>',
  '<meta charset="UTF-8" />',
  '<meta http-equiv="Content-Security-Policy" content="default-src \'self\'; script-src \'self\'" />',
  '<link rel="icon" href="./favicon.svg" type="image/svg+xml" />',
  '<link rel="preload" href="./app/font.woff2" as="font" type="font/woff2" crossorigin>',
  '<script type="module" crossorigin src="./app/index-abc.js"></script>',
  '<link rel="stylesheet" href="./app/index-abc.css">',
  '</head><body><section data-background-image="assets/sky.png"><img src="assets/ogre.png" alt="An ogre">',
  '<img src="https://example.com/remote.png" alt="remote"><a href="#/2">next</a></section></body></html>',
].join('\n');

describe('the single file', () => {
  const publicDir = mkdtempSync(join(tmpdir(), 'single-'));
  writeFileSync(join(publicDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  const bundle = bundleOf({
    'app/index-abc.js': 'console.log("</script><script>")',
    'app/index-abc.css': 'body{color:red}',
    'assets/sky.png': new Uint8Array([1, 2, 3]),
    'assets/ogre.png': new Uint8Array([4, 5, 6]),
  });
  const html = singleFileHtml(PAGE, bundle, publicDir);

  it('has the script and the stylesheet inside, and no preload of a file it does not have', () => {
    expect(html).toContain('<script type="module">console.log("<\\/script><\\x73cript>")</script>');
    expect(html).toContain('<style>body{color:red}</style>');
    expect(html).not.toContain('rel="preload"');
    expect(html).not.toContain('./app/');
  });

  it("has the deck's pictures, backgrounds and favicon as data: URLs, and leaves other hosts and links alone", () => {
    expect(html).toContain('data-background-image="data:image/png;base64,AQID"');
    expect(html).toContain('src="data:image/png;base64,BAUG"');
    expect(html).toMatch(/rel="icon" href="data:image\/svg\+xml;base64,/);
    expect(html).toContain('src="https://example.com/remote.png"');
    expect(html).toContain('href="#/2"');
  });

  it('allows its inline script by its hash, with no eval, and fonts as data: URLs', () => {
    const policies = [...html.matchAll(/Content-Security-Policy" content="([^"]+)"/g)];
    expect(policies).toHaveLength(1);
    const policy = policies[0][1];
    expect(policy).toMatch(/script-src [^;]*'sha256-[\w+/=]+'/);
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toMatch(/font-src [^;]*data:/);
  });

  it('writes script text that cannot close its element early', () => {
    expect(inlineScriptText('a = "</SCRIPT>"; b = /<script/; c = `<Script`')).toBe(
      'a = "<\\/SCRIPT>"; b = /<\\x73cript/; c = `<\\x53cript`',
    );
  });
});
