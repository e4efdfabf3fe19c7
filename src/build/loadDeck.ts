/** Reads a deck folder from disk and parses it; shared by the Vite plugin and `npm run check`. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Deck } from '../parser/deckTypes.ts';
import { parseDeck, type DeckEntry, type DeckFiles } from '../parser/parseDeck.ts';
import { createCodeHighlighter, languagesIn } from './highlight.ts';
import { iconSvg } from './faIcons.ts';
import { widgetHtml } from './widgetFence.ts';

/** `SLIDES_DIR`, or `slides/`, resolved against the project root. */
export function slidesDir(root = process.cwd()): string {
  return resolve(root, process.env.SLIDES_DIR || 'slides');
}

export function deckEntries(dir: string): DeckEntry[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md') && statSync(join(dir, name)).isFile())
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
  const highlight = await createCodeHighlighter(languagesIn(entries.map((e) => e.text)));
  return withDisplayPaths(parseDeck(entries, files, { highlight, icon: iconSvg, widget: widgetHtml }), dir);
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
