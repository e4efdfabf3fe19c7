/**
 * A deck's own stylesheets (`PITCHME.css`, PITCHME.yaml's `theme-override`), made safe for a page
 * that asks no other host: a remote `@import` or `url()` goes (with a warning), the deck files its
 * `url()`s name are served beside it at the same relative paths, so they keep working.
 */
import type { Diagnostic } from '../parser/deckTypes.ts';
import { resolvePath } from '../parser/renderMarkdown.ts';
import { isRemoteUrl } from '../parser/remotePictures.ts';
import { filterCssImports, mapCssUrls } from '../parser/cssUrls.ts';

export interface DeckCss {
  css: string;
  /** Deck-relative files its url()s name (that exist). */
  files: string[];
  diagnostics: Diagnostic[];
}

function lineAt(css: string, index: number): number {
  return css.slice(0, index).split('\n').length;
}

export function sanitizeDeckCss(css: string, file: string, exists: (path: string) => boolean): DeckCss {
  const diagnostics: Diagnostic[] = [];
  const files = new Set<string>();
  let text = css;
  const warn = (index: number, message: string): void => {
    diagnostics.push({ file, line: lineAt(text, index), severity: 'warning', message });
  };
  let out = filterCssImports(css, (href, index) => {
    warn(
      index,
      isRemoteUrl(href)
        ? `@import of ${href} removed: the page asks no other host (its fonts or styles fall back)`
        : `@import of ${href} is not supported: put its rules in this file`,
    );
    return false;
  });
  text = out;
  out = mapCssUrls(out, (href, index) => {
    if (/^data:/i.test(href) || href.startsWith('#')) return href;
    if (isRemoteUrl(href)) {
      warn(index, `url(${href}) removed: the page asks no other host`);
      return undefined;
    }
    const path = resolvePath(file, href.split(/[?#]/)[0]);
    if (exists(path)) files.add(path);
    else warn(index, `url(${href}) names a file the deck does not have (looked for ${path})`);
    return href;
  });
  return { css: out, files: [...files], diagnostics };
}
