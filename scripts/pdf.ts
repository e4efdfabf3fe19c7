/**
 * The whole deck as a PDF, one page per slide: `npm run pdf` (build, then this script), or
 * `tsx scripts/pdf.ts [--out FILE] [--dist DIR] [--notes]`. It serves the built deck on a free
 * loopback port, opens `?print-pdf` in headless Chromium and prints once the deck says every
 * diagram, widget still and font is in (`html[data-print-ready="true"]`, see src/runtime/print/print.ts).
 */
import { chromium } from '@playwright/test';
import { existsSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { chromiumLaunchOptions } from '../src/build/chromium.ts';
import { serveDist } from './serveDist.ts';

export const DEFAULT_OUT = 'stack-tour.pdf';
/** The base path the deck is served under: any works, since the build uses relative URLs. */
const BASE = '/';

export interface PdfOptions {
  /** The PDF to write. */
  out: string;
  /** The built deck to serve (default `dist`); ignored when `url` is given. */
  dist?: string;
  /** A deck already being served (its page, without a query): printed from there instead. */
  url?: string;
  /** Each slide's speaker notes under it, on the same page. */
  notes?: boolean;
  /** How long to wait for the deck to draw everything (ms). */
  timeout?: number;
}

export interface PdfResult {
  out: string;
  /** Pages the deck laid out (one per slide). */
  pages: number;
  bytes: number;
  ms: number;
  /** Errors the page reported while it drew: the PDF may be missing something. */
  warnings: string[];
}

function printUrl(url: string, notes: boolean): string {
  const u = new URL(url);
  u.search = notes ? '?print-pdf&notes' : '?print-pdf';
  u.hash = '';
  return u.toString();
}

export async function writePdf(options: PdfOptions): Promise<PdfResult> {
  const started = Date.now();
  const dist = options.dist ?? 'dist';
  if (!options.url && !existsSync(resolve(dist, 'index.html'))) {
    throw new Error(`${dist}/index.html not found: build the deck first (npm run build)`);
  }
  // Port 0: the system picks a free port, so this runs beside `npm start` or the tests.
  const server = options.url ? undefined : await serveDist(dist, BASE, 0);
  const url = options.url ?? `http://127.0.0.1:${(server!.address() as AddressInfo).port}${BASE}`;
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    // The size the deck is designed for: a narrow window would get the upright phone layout.
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const warnings: string[] = [];
    page.on('pageerror', (error) => warnings.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') warnings.push(`console error: ${message.text()}`);
    });
    await page.goto(printUrl(url, options.notes ?? false));
    const ready = page.locator('html[data-print-ready]');
    await ready.waitFor({ state: 'attached', timeout: options.timeout ?? 60_000 });
    if ((await ready.getAttribute('data-print-ready')) !== 'true') {
      throw new Error(`the deck could not lay out its pages:\n${warnings.join('\n')}`);
    }
    const pages = await page.locator('.reveal .slides .pdf-page').count();
    // reveal's print CSS sets the @page size (the slide plus its margin, and the notes' room).
    await page.pdf({ path: options.out, printBackground: true, preferCSSPageSize: true });
    return { out: options.out, pages, bytes: statSync(options.out).size, ms: Date.now() - started, warnings };
  } finally {
    await browser.close();
    server?.close();
  }
}

/** `--out FILE`, `--dist DIR`, `--notes`; PDF_OUT in the environment names the file too. */
export function parseArgs(args: string[], env: Record<string, string | undefined>): PdfOptions {
  const options: PdfOptions = { out: env.PDF_OUT || DEFAULT_OUT };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = (): string => {
      const next = args[++i];
      if (next === undefined || next.startsWith('--')) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--out') options.out = value();
    else if (arg === '--dist') options.dist = value();
    else if (arg === '--notes') options.notes = true;
    else throw new Error(`unknown option ${arg} (options: --out FILE, --dist DIR, --notes)`);
  }
  return options;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.dirname, 'pdf.ts')) {
  try {
    const result = await writePdf(parseArgs(process.argv.slice(2), process.env));
    for (const warning of result.warnings) console.warn(`warning: ${warning}`);
    const size = `${(result.bytes / 1024 / 1024).toFixed(1)} MB`;
    console.log(`${resolve(result.out)}: ${result.pages} pages, ${size}, ${(result.ms / 1000).toFixed(1)} s`);
  } catch (error) {
    console.error(`pdf: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
