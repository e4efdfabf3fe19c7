/**
 * Diagrams drawn at build time: real mermaid in headless Chromium, with the deck's fonts and
 * theme, written into the page as SVG, so a diagram slide needs neither ~200 KB of mermaid nor a
 * request, and the page shows it before (and without) any script. Without a Chromium (a fresh
 * laptop), or for a diagram mermaid rejects, the browser draws it instead.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from '@playwright/test';
import type { Deck, Diagnostic } from '../parser/deckTypes.ts';
import { unescapeHtml } from '../shared/html.ts';
import { mermaidConfig } from '../shared/mermaidConfig.ts';
import { chromiumLaunchOptions } from './chromium.ts';

const require = createRequire(import.meta.url);
const DIAGRAM = /<div class="mermaid-diagram"([^>]*)><pre class="mermaid-source">([\s\S]*?)<\/pre><\/div>/g;

export interface Prerendered {
  /** Deck with every diagram that was drawn in place, as SVG, marked `data-rendered="true"`. */
  deck: Deck;
  /** dist-relative file name → content of files the drawings need (none today). */
  files: Map<string, string>;
  diagnostics: Diagnostic[];
}

/** The `--name: value` declarations of the theme, as the browser would read them. */
export function themeVariables(css: string): (name: string) => string {
  const vars = new Map<string, string>();
  for (const m of css.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g))
    if (!vars.has(m[1])) vars.set(m[1], m[2].trim());
  return (name) => vars.get(name) ?? '';
}

function fontFace(weight: number): string {
  const file = require.resolve(
    `@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${weight}-normal.woff2`,
  );
  const data = readFileSync(file).toString('base64');
  return `@font-face{font-family:'Atkinson Hyperlegible';font-weight:${weight};src:url(data:font/woff2;base64,${data}) format('woff2');}`;
}

/** Stable per source text, so the same diagram keeps its file name from build to build. */
function diagramId(source: string): string {
  return `diagram-${createHash('sha256').update(source).digest('hex').slice(0, 12)}`;
}

interface Job {
  id: string;
  source: string;
}

async function renderAll(
  browser: Browser,
  jobs: Job[],
  themeCss: string,
): Promise<({ svg: string } | { error: string })[]> {
  const page = await browser.newPage();
  try {
    await page.setContent(
      `<!doctype html><html><head><style>${fontFace(400)}${fontFace(700)}</style></head><body></body></html>`,
    );
    await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') });
    const config = mermaidConfig(themeVariables(themeCss));
    return await page.evaluate(
      async ({ config, jobs }) => {
        const mermaid = (window as unknown as { mermaid: typeof import('mermaid').default }).mermaid;
        await document.fonts.load(`26px ${config.fontFamily}`);
        await document.fonts.load(`bold 26px ${config.fontFamily}`);
        mermaid.initialize(config);
        const results: ({ svg: string } | { error: string })[] = [];
        for (const job of jobs) {
          try {
            await mermaid.parse(job.source);
            results.push({ svg: (await mermaid.render(job.id, job.source)).svg });
          } catch (error) {
            results.push({ error: error instanceof Error ? error.message : String(error) });
          }
        }
        return results;
      },
      { config, jobs },
    );
  } finally {
    await page.close();
  }
}

export async function prerenderDiagrams(deck: Deck, themeCss: string): Promise<Prerendered> {
  const files = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  const jobs = new Map<string, Job>();
  for (const slide of deck.slides) {
    for (const m of slide.html.matchAll(DIAGRAM)) {
      const source = unescapeHtml(m[2]);
      jobs.set(diagramId(source), { id: diagramId(source), source });
    }
  }
  if (jobs.size === 0) return { deck, files, diagnostics };

  let browser: Browser;
  try {
    const { chromium } = await import('@playwright/test');
    browser = await chromium.launch(chromiumLaunchOptions());
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    diagnostics.push({
      file: 'diagrams',
      line: 1,
      severity: 'warning',
      message: `no Chromium to draw diagrams at build time (${reason}); the browser will draw them`,
    });
    return { deck, files, diagnostics };
  }
  const drawn = new Map<string, string>();
  try {
    const list = [...jobs.values()];
    const results = await renderAll(browser, list, themeCss);
    list.forEach((job, i) => {
      const result = results[i];
      if ('svg' in result) {
        // The diagram's own element carries its role and name (diagramMarkup.ts).
        drawn.set(job.id, result.svg.replace('<svg ', '<svg aria-hidden="true" '));
      }
    });
  } finally {
    await browser.close();
  }

  const slides = deck.slides.map((slide) => ({
    ...slide,
    html: slide.html.replace(DIAGRAM, (whole, attrs: string, escaped: string) => {
      const svg = drawn.get(diagramId(unescapeHtml(escaped)));
      if (!svg) {
        const line = /data-line="(\d+)"/.exec(attrs)?.[1] ?? String(slide.source.line);
        diagnostics.push({
          file: slide.source.file,
          line: Number(line),
          severity: 'warning',
          message: 'mermaid cannot draw this diagram; the slide will show its error',
        });
        return whole;
      }
      return `<div class="mermaid-diagram"${attrs} data-rendered="true">${svg}</div>`;
    }),
  }));
  return { deck: { ...deck, slides }, files, diagnostics };
}
