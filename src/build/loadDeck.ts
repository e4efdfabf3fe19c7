/** Reads a deck folder from disk and parses it; shared by the Vite plugin and `npm run check`. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Deck, Diagnostic } from '../parser/deckTypes.ts';
import { sanitizeDeckCss } from './deckCss.ts';
import { parseDeck, type DeckEntry, type DeckFiles } from '../parser/parseDeck.ts';
import { DEFAULT_SETTINGS, readPitchYaml } from '../parser/pitchYaml.ts';
import { createCodeHighlighter, languagesIn } from './highlight.ts';
import { iconSvg } from './faIcons.ts';
import { widgetHtml } from './widgetFence.ts';
import { deckRemoteUrls, prefetchRemoteAssets } from './remoteAssets.ts';

/** `SLIDES_DIR`, or `slides/`, resolved against the project root. */
export function slidesDir(root = process.cwd()): string {
  return resolve(root, process.env.SLIDES_DIR || 'slides');
}

/**
 * The deck's files: `PITCHME.md` alone when the folder has one (a GitPitch deck: its other
 * `*.md` are a README or files it includes), else every `*.md` in name order.
 */
export function deckEntries(dir: string): DeckEntry[] {
  const names = readdirSync(dir).filter((name) => name.endsWith('.md') && statSync(join(dir, name)).isFile());
  const pitchme = names.filter((name) => name === 'PITCHME.md');
  return (pitchme.length > 0 ? pitchme : names)
    .sort()
    .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
}

export function deckFiles(dir: string): DeckFiles {
  const inside = (path: string): string | undefined => {
    const full = resolve(dir, path);
    return full.startsWith(dir + sep) ? full : undefined;
  };
  return {
    read(path) {
      const full = inside(path);
      return full && existsSync(full) && statSync(full).isFile() ? readFileSync(full, 'utf8') : undefined;
    },
    exists(path) {
      const full = inside(path);
      return !!full && existsSync(full) && statSync(full).isFile();
    },
  };
}

export async function loadDeck(dir: string): Promise<Deck> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return {
      title: 'Untitled deck',
      slides: [],
      diagnostics: [{ file: dir, line: 1, severity: 'error', message: 'no such slides folder' }],
    };
  }
  const entries = deckEntries(dir);
  if (entries.length === 0) {
    return {
      title: 'Untitled deck',
      slides: [],
      diagnostics: [
        { file: dir, line: 1, severity: 'error', message: 'the slides folder has no *.md files' },
      ],
    };
  }
  const files = deckFiles(dir);
  const yamlName = ['PITCHME.yaml', 'PITCHME.yml'].find((name) => files.exists(name));
  const yaml = yamlName ? readPitchYaml(files.read(yamlName) ?? '', yamlName) : undefined;
  const highlight = await createCodeHighlighter(
    languagesIn(entries.map((e) => e.text)),
    yaml?.settings.codeTheme,
  );
  // Pictures on other hosts are fetched into the site first, so the page asks no other host.
  const remote = await prefetchRemoteAssets(
    deckRemoteUrls(entries, files, [yaml?.settings.logo?.src, yaml?.settings.background?.image]),
  );
  const deck = parseDeck(
    entries,
    remote.withCopies(files),
    {
      highlight,
      icon: iconSvg,
      widget: widgetHtml,
      remote: remote.remote,
      remoteProblem: remote.remoteProblem,
    },
    yaml?.settings ?? DEFAULT_SETTINGS,
  );
  const styles = deckStylesheets(files, yaml?.settings.stylesheets ?? []);
  const withYaml = {
    ...deck,
    diagnostics: [...(yaml?.diagnostics ?? []), ...styles.diagnostics, ...deck.diagnostics].sort((a, b) =>
      a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1,
    ),
    ...(styles.sheets.length > 0 ? { page: { ...deck.page, stylesheets: styles.sheets } } : {}),
  };
  return withDisplayPaths(withYaml, dir);
}

/** `PITCHME.css` (GitPitch loaded it by itself) and PITCHME.yaml's `theme-override`, made safe. */
function deckStylesheets(
  files: DeckFiles,
  named: { path: string; line: number }[],
): { sheets: NonNullable<NonNullable<Deck['page']>['stylesheets']>; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const paths = files.exists('PITCHME.css') ? ['PITCHME.css'] : [];
  for (const { path, line } of named) {
    const clean = path.replace(/^\.?\//, '');
    if (files.exists(clean)) {
      if (!paths.includes(clean)) paths.push(clean);
    } else
      diagnostics.push({
        file: 'PITCHME.yaml',
        line,
        severity: 'warning',
        message: `theme-override names a stylesheet the deck does not have: ${path}`,
      });
  }
  const sheets = paths.map((path) => {
    const result = sanitizeDeckCss(files.read(path) ?? '', path, (p) => files.exists(p));
    diagnostics.push(...result.diagnostics);
    return { path, css: result.css, files: result.files };
  });
  return { sheets, diagnostics };
}

/** Deck-relative file names become paths from the working directory, as editors and terminals want. */
function withDisplayPaths(deck: Deck, dir: string): Deck {
  const rel = relative(process.cwd(), dir);
  const base = rel && !rel.startsWith('..') ? rel.split(sep).join('/') + '/' : dir + '/';
  const show = <T extends { file: string }>(d: T): T => ({ ...d, file: base + d.file });
  return {
    ...deck,
    diagnostics: deck.diagnostics.map(show),
    slides: deck.slides.map((s) => ({
      ...s,
      source: show(s.source),
      errors: s.errors.map(show),
      html: s.errors
        .filter((e) => e.shownInPlace)
        .reduce(
          (html, e) =>
            html.split(`<code>${e.file}:${e.line}</code>`).join(`<code>${base}${e.file}:${e.line}</code>`),
          s.html.replace(/ data-file="([^"]*)"/g, (_m, file: string) => ` data-file="${base}${file}"`),
        ),
    })),
  };
}
