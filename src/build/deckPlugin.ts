/**
 * The Vite plugin that turns the slides folder into the page: it parses the deck at build time,
 * writes the reveal.js sections into index.html, serves and copies the deck's files, and reloads
 * the open deck when a slide file changes.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import type { Logger, Plugin, ViteDevServer } from 'vite';
import { formatDiagnostic, type Deck } from '../parser/deckTypes.ts';
import { deckHtml } from '../parser/revealSections.ts';
import { deckPageHtml } from '../parser/deckPage.ts';
import { escapeHtml } from '../shared/html.ts';
import { loadDeck } from './loadDeck.ts';
import { remoteFile, remoteFilesOf } from './remoteAssets.ts';
import { contentType } from './mimeTypes.ts';
import { prerenderDiagrams, type Prerendered } from './prerenderDiagrams.ts';
import { isSingleFileBuild } from './singleFile.ts';
import { DECK_STYLES_ID, RESOLVED_DECK_STYLES_ID, deckStylesModule, katexStylesheet } from './deckStyles.ts';
import { stillRenderer, withBuildStillRenderer, withWidgetStills } from './widgetStills.ts';

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** The deck's served files: its `assets/` folder and every file a slide points at. */
function servedFiles(deck: Deck, dir: string): string[] {
  const wanted = new Set(filesUnder(join(dir, 'assets')).map((f) => relative(dir, f).split(sep).join('/')));
  if (deck.page?.logo) wanted.add(deck.page.logo.src);
  for (const sheet of deck.page?.stylesheets ?? []) for (const file of sheet.files) wanted.add(file);
  for (const slide of deck.slides) {
    for (const value of [slide.options.image, slide.options.video])
      if (value && !/^\w+:/.test(value)) wanted.add(value);
    for (const tag of slide.html.matchAll(/<(?:img|video|audio|source)\s[^>]*>/g))
      for (const m of tag[0].matchAll(/\s(?:src|poster)="([^"]+)"/g))
        if (!/^\w+:|^\/\//.test(m[1])) wanted.add(m[1]);
  }
  const sheets = new Set(deck.page?.stylesheets?.map((sheet) => sheet.path));
  return [...wanted].filter((p) => existsSync(join(dir, p)) && !p.endsWith('.md') && !sheets.has(p));
}

function deckStylesheetLinks(deck: Deck): string {
  return (deck.page?.stylesheets ?? [])
    .map((sheet) => `<link rel="stylesheet" href="./${escapeHtml(sheet.path)}">`)
    .join('');
}

export function deckPlugin(options: { dir: string }): Plugin {
  const dir = resolve(options.dir);
  let command: 'build' | 'serve' = 'serve';
  let root = process.cwd();
  let current: Promise<Deck> | undefined;
  const deck = (): Promise<Deck> => (current ??= loadDeck(dir));
  /** In a build, the deck with its diagrams drawn (see prerenderDiagrams.ts), and their files. */
  let built: Promise<Prerendered> | undefined;
  const buildDeck = (): Promise<Prerendered> =>
    (built ??= deck().then(async (d) => {
      const errors = d.diagnostics.some((x) => x.severity === 'error');
      // The single file carries no mermaid: its diagrams are always drawn here.
      const inBrowser = process.env.STACK_TOUR_DIAGRAMS === 'browser' && !isSingleFileBuild();
      if (errors || inBrowser) return { deck: d, files: new Map(), diagnostics: [] };
      return prerenderDiagrams(d, readFileSync(join(root, 'src/theme/theme.css'), 'utf8'));
    }));
  let logger: Pick<Logger, 'warn'> = console;
  let devServer: ViteDevServer | undefined;
  const report = (d: Deck): void => {
    for (const diagnostic of d.diagnostics) logger.warn(formatDiagnostic(diagnostic));
  };

  return {
    name: 'stack-tour-deck',
    configResolved(config) {
      command = config.command;
      logger = config.logger;
      root = config.root;
    },
    resolveId(id) {
      return id === DECK_STYLES_ID ? RESOLVED_DECK_STYLES_ID : undefined;
    },
    async load(id) {
      // KaTeX's stylesheet loads with its WOFF2 fonts only (deckStyles.ts); any other module as it is.
      if (id !== RESOLVED_DECK_STYLES_ID) return katexStylesheet(id);
      const d = command === 'build' ? (await buildDeck()).deck : await deck();
      return deckStylesModule(d);
    },
    async transformIndexHtml(html) {
      const d = command === 'build' ? (await buildDeck()).deck : await deck();
      // Other pages (speaker.html) only name the deck; the checks and slides belong to the deck page.
      if (!html.includes('<!--deck-slides-->')) return html.replace('<!--deck-title-->', escapeHtml(d.title));
      const errors = d.diagnostics.filter((x) => x.severity === 'error');
      if (command === 'build' && errors.length > 0) {
        throw new Error(
          `the deck has ${errors.length} error(s):\n${errors.map(formatDiagnostic).join('\n')}`,
        );
      }
      const page = html
        .replace('<!--deck-slides-->', deckHtml(d, { showErrors: command === 'serve' }))
        .replace('<!--deck-page-->', deckPageHtml(d))
        // After the app's own styles, so the deck's rules win as they did in GitPitch: at the end
        // of the head in a build (before first paint, no restyle); in dev after the slides, since
        // Vite adds the app's styles to the head by script there.
        .replace(
          command === 'build' ? '</head>' : '</main>',
          command === 'build' ? `${deckStylesheetLinks(d)}</head>` : `</main>${deckStylesheetLinks(d)}`,
        )
        .replace(
          '<html lang="en">',
          `<html lang="${escapeHtml(d.page?.lang ?? 'en')}"${d.page?.codeTheme ? ` data-code-theme="${d.page.codeTheme}"` : ''}>`,
        )
        .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(d.title)}</title>`)
        .replace('<!--deck-title-->', escapeHtml(d.title));
      const warn = (message: string): void => logger.warn(message);
      if (!page.includes('class="widget-loading"')) return page;
      if (devServer) return withWidgetStills(page, stillRenderer(devServer), warn);
      return withBuildStillRenderer(root, (render) => withWidgetStills(page, render, warn));
    },
    async buildStart() {
      if (command !== 'build') return;
      const { deck: d, diagnostics } = await buildDeck();
      report({ ...d, diagnostics: [...d.diagnostics, ...diagnostics] });
    },
    async generateBundle() {
      const { deck: d, files } = await buildDeck();
      for (const path of servedFiles(d, dir)) {
        this.emitFile({ type: 'asset', fileName: path, source: readFileSync(join(dir, path)) });
      }
      for (const [fileName, source] of files) this.emitFile({ type: 'asset', fileName, source });
      // The build's copies of pictures on other hosts (remoteAssets.ts) that the deck points at.
      for (const copy of remoteFilesOf(d))
        this.emitFile({ type: 'asset', fileName: copy.path, source: copy.bytes });
      for (const sheet of d.page?.stylesheets ?? [])
        this.emitFile({ type: 'asset', fileName: sheet.path, source: sheet.css });
    },
    configureServer(server: ViteDevServer) {
      devServer = server;
      server.watcher.add(dir);
      const reload = (file: string): void => {
        if (!resolve(file).startsWith(dir + sep)) return;
        current = undefined;
        const styles = server.moduleGraph.getModuleById(RESOLVED_DECK_STYLES_ID);
        if (styles) server.moduleGraph.invalidateModule(styles);
        void deck().then(report);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('change', reload);
      server.watcher.on('add', reload);
      server.watcher.on('unlink', reload);
      void deck().then(report);
      let sheets = new Map<string, string>();
      const sheetAt = (url: string): string | undefined => sheets.get(url.replace(/^\//, ''));
      const keepSheets = (d: Deck): void => {
        sheets = new Map(d.page?.stylesheets?.map((sheet) => [sheet.path, sheet.css]));
      };
      void deck().then(keepSheets);
      server.watcher.on('all', () => void deck().then(keepSheets));
      server.middlewares.use((req, res, next) => {
        const url = decodeURIComponent((req.url ?? '').split('?')[0]);
        const sheet = sheetAt(url);
        if (sheet) {
          res.setHeader('Content-Type', 'text/css');
          res.end(sheet);
          return;
        }
        const copy = remoteFile(url);
        if (copy) {
          res.setHeader('Content-Type', copy.contentType);
          res.end(copy.bytes);
          return;
        }
        const full = resolve(dir, '.' + url);
        if (
          !full.startsWith(dir + sep) ||
          full.endsWith('.md') ||
          !existsSync(full) ||
          !statSync(full).isFile()
        ) {
          next();
          return;
        }
        res.setHeader('Content-Type', contentType(extname(full)));
        res.end(readFileSync(full));
      });
    },
  };
}
