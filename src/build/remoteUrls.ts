/**
 * The remote addresses a deck's text points at as pictures or media, found before parsing so the
 * build can fetch them first: markdown pictures (`![](https://…)`, `![](//host/…)`, reference
 * pictures), `?image=`/`?video=` options, `src`/`poster` of `<img>`, `<video>`, `<audio>`,
 * `<source>`, `@img[…](…)`, GitPitch 4's `bg=`, CSS `url(…)`, and `data-background-*` in reveal's
 * attribute comments. Code (fences and spans) is skipped. Fetching one too many costs little; one
 * missed shows a placeholder, so this errs on the side of finding.
 */
import { unescapeHtml } from '../shared/html.ts';
import type { DeckEntry, DeckFiles } from '../parser/parseDeck.ts';
import { resolvePath } from '../parser/renderMarkdown.ts';

const ADDRESS = String.raw`(?:https?:)?\/\/`;
const MARKDOWN_PICTURE = new RegExp(String.raw`!\[(?:[^\]\\]|\\.)*\]\(\s*<?(${ADDRESS}[^\s)>]+)`, 'gi');
const REFERENCE_PICTURE = /!\[((?:[^\]\\]|\\.)*)\](?:\[([^\]]*)\])?/g;
const DEFINITION = new RegExp(String.raw`^ {0,3}\[([^\]]+)\]:\s*<?(${ADDRESS}[^\s>]+)`, 'gim');
const OPTION = new RegExp(String.raw`[?&](?:image|video)=(${ADDRESS}[^&\s]+)`, 'gi');
const MEDIA_TAG = /<(?:img|video|audio|source|input|image)\b[^>]*>/gi;
const MEDIA_ATTRIBUTE = /\s(?:src|poster|href|xlink:href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
const IMG_DIRECTIVE = new RegExp(String.raw`@img\[[^\]]*\]\(\s*(${ADDRESS}[^\s)]+)`, 'gi');
const GRID_BACKGROUND = new RegExp(String.raw`\bbg=(${ADDRESS}[^\s,\]]+)`, 'gi');
const CSS_URL = new RegExp(String.raw`url\(\s*(?:&quot;|['"])?(${ADDRESS}[^'")\s]+)`, 'gi');
const BACKGROUND_ATTRIBUTE = new RegExp(
  String.raw`data-background(?:-image|-video)?\s*=\s*["']?(${ADDRESS}[^"'\s>]+)`,
  'gi',
);
const INCLUDE = /[?&]include=([^&\s]+)/g;

/** The text without fenced code and code spans, which show addresses rather than load them. */
function withoutCode(text: string): string {
  const kept: string[] = [];
  let fence: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (
        opener &&
        opener[1][0] === fence[0] &&
        opener[1].length >= fence.length &&
        !/\S/.test(line.slice(opener[0].length))
      )
        fence = undefined;
      continue;
    }
    if (opener) {
      fence = opener[1];
      continue;
    }
    kept.push(line.replace(/(`+)[^`]*?\1/g, ''));
  }
  return kept.join('\n');
}

/** Markdown's backslash escapes, as marked undoes them in a picture's address. */
function unescapeMarkdown(url: string): string {
  return url.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** The remote addresses in one file's text, as written (not yet normalised). */
export function remoteUrlsIn(text: string): string[] {
  const source = withoutCode(text);
  const found: string[] = [];
  const all = (re: RegExp, map: (m: RegExpMatchArray) => string | undefined = (m) => m[1]): void => {
    for (const m of source.matchAll(re)) {
      const url = map(m);
      if (url) found.push(url);
    }
  };
  all(MARKDOWN_PICTURE, (m) => unescapeMarkdown(m[1]));
  const labels = new Set(
    [...source.matchAll(REFERENCE_PICTURE)].map((m) => (m[2] || m[1]).trim().toLowerCase()),
  );
  all(DEFINITION, (m) => (labels.has(m[1].trim().toLowerCase()) ? m[2] : undefined));
  all(OPTION);
  for (const tag of source.matchAll(MEDIA_TAG))
    for (const m of tag[0].matchAll(MEDIA_ATTRIBUTE)) found.push(unescapeHtml(m[1] ?? m[2] ?? m[3] ?? ''));
  all(IMG_DIRECTIVE);
  all(GRID_BACKGROUND);
  all(CSS_URL, (m) => unescapeHtml(m[1].replace(/&quot;.*$/, '')));
  all(BACKGROUND_ATTRIBUTE, (m) => unescapeHtml(m[1]));
  return [...new Set(found.filter((u) => new RegExp(`^${ADDRESS}`, 'i').test(u.trim())))];
}

const MAX_INCLUDE_DEPTH = 8;

/**
 * The remote addresses of a whole deck: its files, the files they `?include=`, and `extra`
 * (PITCHME.yaml's `logo` and `background`, as written).
 */
export function deckRemoteUrls(
  entries: DeckEntry[],
  files: Pick<DeckFiles, 'read'>,
  extra: (string | undefined)[] = [],
): string[] {
  const found = new Set<string>(extra.filter((u): u is string => !!u && /^(?:https?:)?\/\//i.test(u)));
  const seen = new Set<string>();
  const visit = (file: string, text: string, depth: number): void => {
    if (seen.has(file) || depth > MAX_INCLUDE_DEPTH) return;
    seen.add(file);
    for (const url of remoteUrlsIn(text)) found.add(url);
    for (const m of text.matchAll(INCLUDE)) {
      const path = resolvePath(file, m[1]);
      const included = files.read(path);
      if (included !== undefined) visit(path, included, depth + 1);
    }
  };
  for (const entry of entries) visit(entry.file, entry.text, 0);
  return [...found];
}
