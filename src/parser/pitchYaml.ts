/**
 * A GitPitch deck's `PITCHME.yaml`: what changes its structure or content is honoured
 * (delimiters, footnote, logo, deck background, transition, title, code colours); what changed
 * only how GitPitch presented it is reported once as ignored. Pure: the text comes in.
 */
import { LineCounter, isMap, isScalar, parseDocument, type Pair } from 'yaml';
import type { Diagnostic } from './deckTypes.ts';
import { DEFAULT_DELIMITERS, type Delimiters } from './splitSlides.ts';
import { isTransition } from './slideOptions.ts';
import { escapeHtml } from '../shared/html.ts';

export interface DeckSettings {
  delimiters: Delimiters;
  /** Safe HTML for the footnote on every slide. */
  footnote?: string;
  /** The logo picture as written (deck-relative or remote) and its corner. */
  logo?: { src: string; position: LogoPosition; line: number };
  /** A background picture for every slide that has none of its own, with its settings. */
  background?: {
    image: string;
    size?: string;
    color?: string;
    position?: string;
    repeat?: string;
    line: number;
  };
  transition?: string;
  title?: string;
  /** A BCP 47 language tag. */
  lang?: string;
  /** `light` (our code colours) or `dark` (a dark, high-contrast code theme). */
  codeTheme: 'light' | 'dark';
  /** Stylesheets the deck names (`theme-override`), deck-relative. */
  stylesheets: { path: string; line: number }[];
}

export type LogoPosition = 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';
const LOGO_POSITIONS: LogoPosition[] = ['top-left', 'top-right', 'bottom-left', 'bottom-right'];

export const DEFAULT_SETTINGS: DeckSettings = {
  delimiters: DEFAULT_DELIMITERS,
  codeTheme: 'light',
  stylesheets: [],
};

/** GitPitch's light reveal.js themes: ours is light too, so they need no word. */
const LIGHT_THEMES = ['white', 'simple', 'beige', 'sky', 'solarized', 'serif', 'template', 'default'];
/** highlight.js styles GitPitch offered, by the colour of their background. */
const DARK_HIGHLIGHT =
  /^(monokai|monokai-sublime|zenburn|agate|hybrid|ir-black|dracula|atom-one-dark|tomorrow-night.*|solarized-dark|vs2015|darcula|obsidian|railscasts|androidstudio|dark|far|gruvbox-dark|nord|ocean|paraiso-dark|rainbow|sunburst)$/;
const LIGHT_HIGHLIGHT =
  /^(github|github-gist|googlecode|default|idea|xcode|vs|mono-blue|solarized-light|tomorrow|atom-one-light|arduino-light|ascetic|docco|foundation|grayscale|gruvbox-light|magula|color-brewer|paraiso-light|qtcreator_light|school-book|lightfair)$/;
/** Settings that only changed how GitPitch's own player behaved, or its hosting: no word needed. */
const SILENT = new Set(['gitpitch', 'published', 'gatoken', 'revealjs-version', 'mathjax', 'charts']);

/** The footnote may hold a little HTML (GitPitch allowed links); anything else is shown as text. */
export function safeFootnoteHtml(text: string): string {
  const allowed = /^<(\/?)(a|b|i|em|strong|small|span|br)\b([^>]*)>$/i;
  return text
    .split(/(<[^>]*>)/)
    .map((part, i) => {
      if (i % 2 === 0) return escapeHtml(part);
      const m = allowed.exec(part);
      if (!m) return escapeHtml(part);
      const [, close, tag] = m;
      if (close) return `</${tag.toLowerCase()}>`;
      const href = /\bhref\s*=\s*(["'])(.*?)\1/i.exec(m[3])?.[2];
      const safe = href && /^(https?:\/\/|#|mailto:)/i.test(href) ? ` href="${escapeHtml(href)}"` : '';
      return `<${tag.toLowerCase()}${tag.toLowerCase() === 'a' ? safe : ''}>`;
    })
    .join('');
}

export function readPitchYaml(
  text: string,
  file = 'PITCHME.yaml',
): { settings: DeckSettings; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const settings: DeckSettings = { ...DEFAULT_SETTINGS, stylesheets: [] };
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: false });
  const lineAt = (offset: number | undefined): number =>
    offset === undefined ? 1 : counter.linePos(offset).line;
  const warn = (line: number, message: string): void => {
    diagnostics.push({ file, line, severity: 'warning', message });
  };
  for (const error of doc.errors)
    warn(lineAt(error.pos[0]), `not valid YAML, so it is ignored: ${error.message.split('\n')[0]}`);
  if (doc.errors.length > 0 || !isMap(doc.contents)) return { settings, diagnostics };

  const values = new Map<string, { value: string; line: number }>();
  for (const pair of doc.contents.items as Pair[]) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value).trim();
    const node = pair.value;
    const value =
      isScalar(node) && node.value !== null
        ? String(node.value).trim()
        : JSON.stringify(doc.toJS()[key] ?? '');
    values.set(key, { value, line: lineAt(pair.key.range?.[0]) });
  }
  const take = (key: string): { value: string; line: number } | undefined => {
    const entry = values.get(key);
    values.delete(key);
    return entry && entry.value !== '' ? entry : undefined;
  };

  const horizontal = take('horz-delim');
  const vertical = take('vert-delim');
  settings.delimiters = {
    horizontal: horizontal?.value ?? DEFAULT_DELIMITERS.horizontal,
    vertical: vertical?.value ?? DEFAULT_DELIMITERS.vertical,
  };
  for (const key of ['horz-delim-regexp', 'vert-delim-regexp']) {
    const entry = take(key);
    if (entry)
      warn(
        entry.line,
        `${key} is not supported: write the delimiter itself with ${key.replace('-regexp', '')}`,
      );
  }
  const footnote = take('footnote');
  if (footnote) settings.footnote = safeFootnoteHtml(footnote.value);
  const logo = take('logo');
  const logoPosition = take('logo-position');
  if (logo) {
    const position = (logoPosition?.value ?? 'top-left') as LogoPosition;
    if (logoPosition && !LOGO_POSITIONS.includes(position))
      warn(
        logoPosition.line,
        `logo-position "${logoPosition.value}" is not one of ${LOGO_POSITIONS.join(', ')}: top-left is used`,
      );
    settings.logo = {
      src: logo.value,
      position: LOGO_POSITIONS.includes(position) ? position : 'top-left',
      line: logo.line,
    };
  }
  const background = take('background');
  const backgroundSettings = {
    size: take('background-size')?.value,
    color: take('background-color')?.value,
    position: take('background-position')?.value,
    repeat: take('background-repeat')?.value,
  };
  if (background)
    settings.background = { image: background.value, ...backgroundSettings, line: background.line };
  const transition = take('transition');
  if (transition) {
    if (isTransition(transition.value)) settings.transition = transition.value;
    else warn(transition.line, `transition "${transition.value}" is not a reveal.js transition: ignored`);
  }
  const lang = take('lang');
  if (lang && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(lang.value)) settings.lang = lang.value;
  else if (lang) warn(lang.line, `lang "${lang.value}" is not a language tag (en, ja, pt-BR…): ignored`);
  const title = take('title');
  if (title) settings.title = title.value;
  const theme = take('theme');
  if (theme && !LIGHT_THEMES.includes(theme.value.toLowerCase()))
    warn(
      theme.line,
      `theme "${theme.value}" is not available: the deck uses Stack Tour's light theme (a PITCHME.css still applies)`,
    );
  const highlight = take('highlight');
  if (highlight) {
    const name = highlight.value.toLowerCase();
    if (DARK_HIGHLIGHT.test(name)) settings.codeTheme = 'dark';
    else if (!LIGHT_HIGHLIGHT.test(name))
      warn(
        highlight.line,
        `highlight "${highlight.value}" is not a known code style: the deck's code uses the default colours`,
      );
  }
  const override = take('theme-override');
  if (override) settings.stylesheets.push({ path: override.value, line: override.line });

  const ignored = [...values].filter(([key]) => !SILENT.has(key));
  if (ignored.length > 0) {
    warn(
      ignored[0][1].line,
      `settings that change only how GitPitch presented the deck are ignored: ${ignored.map(([k]) => k).join(', ')}`,
    );
  }
  return { settings, diagnostics: diagnostics.sort((a, b) => a.line - b.line) };
}
