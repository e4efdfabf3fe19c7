/**
 * `npm run export` (`npm run build -- --single-file`): the whole deck as one HTML file, for a
 * wiki attachment, `file://`, or a frame sandboxed with `allow-scripts` where the regular build's
 * scripts are refused by CORS. vite.config.ts builds one chunk (no code splitting) with every
 * asset as a data: URL; this plugin then puts the script, the stylesheet, the favicon and the
 * deck's own pictures into index.html, drops every other file, and rewrites the policy so the
 * inline scripts are allowed by their hashes (still no eval).
 */
import { readFileSync, existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { OutputBundle } from 'rolldown';
import type { Plugin } from 'vite';
import { CSP_DIRECTIVES, withCsp } from './cspPlugin.ts';
import { contentType } from './mimeTypes.ts';

const PRELOAD_MARKER = '__VITE_PRELOAD__';

export const SINGLE_FILE_ENV = 'STACK_TOUR_SINGLE_FILE';

export function isSingleFileBuild(env = process.env): boolean {
  return env[SINGLE_FILE_ENV] === '1';
}

/** The policy of the single file: fonts are data: URLs too, and there is no speaker view to frame. */
export const SINGLE_FILE_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  ...CSP_DIRECTIVES,
  'font-src': ["'self'", 'data:'],
  'frame-src': ["'none'"],
};

function dataUrl(type: string, content: Uint8Array | string): string {
  return `data:${type};base64,${Buffer.from(content).toString('base64')}`;
}

/**
 * Script text that cannot end its <script> element early: `</script` and `<script` (which
 * would start the parser's double-escaped state) are written with escapes that mean the same in
 * any JavaScript string, template or regular expression, and never occur in code outside them.
 */
export function inlineScriptText(code: string): string {
  return code
    .replace(/<\/(script)/gi, '<\\/$1')
    .replace(/<(s)(cript)/gi, (_, s: string, rest: string) => `<\\x${s.charCodeAt(0).toString(16)}${rest}`);
}

function bundleText(bundle: OutputBundle, file: string): string {
  const item = bundle[file];
  if (!item) throw new Error(`single file: ${file} is not in the bundle`);
  return item.type === 'chunk' ? item.code : String(item.source);
}

function bundleBytes(bundle: OutputBundle, file: string): Uint8Array | string | undefined {
  const item = bundle[file];
  if (!item) return undefined;
  return item.type === 'chunk' ? item.code : item.source;
}

/** The deck's own files (pictures, backgrounds) named by a relative URL in the page, as data: URLs. */
function inlineDeckFiles(html: string, bundle: OutputBundle, publicDir: string): string {
  return html.replace(
    /(\s(?:src|href|data-background-image|data-background-video|poster)=")(?!data:|[a-z][\w+.-]*:|\/\/|#)(?:\.\/)?([^"]+)"/gi,
    (whole, attr: string, path: string) => {
      const file = decodeURIComponent(path.split(/[?#]/)[0]);
      const fromPublic = join(publicDir, file);
      const bytes =
        bundleBytes(bundle, file) ?? (existsSync(fromPublic) ? readFileSync(fromPublic) : undefined);
      if (bytes === undefined) return whole;
      return `${attr}${dataUrl(contentType(extname(file)), bytes)}"`;
    },
  );
}

/** The single page, from the built one and the bundle it refers to. */
export function singleFileHtml(html: string, bundle: OutputBundle, publicDir: string): string {
  let page = html
    .replace(/\s*<link rel="(?:module)?preload"[^>]*>/g, '')
    .replace(/<script type="module" crossorigin src="\.\/([^"]+)"><\/script>/g, (_, file: string) => {
      return `<script type="module">${inlineScriptText(bundleText(bundle, file))}</script>`;
    })
    .replace(/<link rel="stylesheet"(?: crossorigin)? href="\.\/([^"]+)">/g, (_, file: string) => {
      return `<style>${bundleText(bundle, file).replace(/<\/style/gi, '<\\/style')}</style>`;
    });
  page = inlineDeckFiles(page, bundle, publicDir);
  return withCsp(page, SINGLE_FILE_DIRECTIVES);
}

export function singleFilePlugin(): Plugin {
  let publicDir = '';
  return {
    name: 'stack-tour-single-file',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    // With code splitting off, Vite leaves its preload helper's dependency marker unfilled
    // where a dynamic import was inlined; there is nothing to preload, so it is no list at all.
    renderChunk(code) {
      if (!code.includes(PRELOAD_MARKER)) return null;
      return { code: code.replaceAll(PRELOAD_MARKER, 'void 0'), map: null };
    },
    generateBundle(_, bundle) {
      const page = bundle['index.html'];
      if (!page || page.type !== 'asset') throw new Error('single file: the build wrote no index.html');
      const html = singleFileHtml(String(page.source), bundle, publicDir);
      for (const file of Object.keys(bundle)) if (file !== 'index.html') delete bundle[file];
      page.source = html;
      const kb = (Buffer.byteLength(html) / 1024).toFixed(0);
      console.log(`single file: index.html, ${kb} KB, with its scripts, styles, fonts and pictures inside`);
    },
  };
}
