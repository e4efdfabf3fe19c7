/**
 * Slides by name, not by position: `slideHash('Auto-scaling')` is `#/3/1` today, and still names
 * Auto-scaling after a slide is added before it. A slide's name is its `@title[…]` or its heading
 * (what the Outline shows, and the section's `data-title`). The grid is read from the deck's own
 * markdown with the project's parser, so tests and deck cannot disagree.
 */
import { resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { RevealApi } from 'reveal.js';
import { FIXTURE_URL } from '../playwright.config.ts';
import { deckEntries, deckFiles } from '../src/build/loadDeck.ts';
import { parseDeck } from '../src/parser/parseDeck.ts';
import { DEFAULT_SETTINGS, readPitchYaml } from '../src/parser/pitchYaml.ts';

export interface SlidePlace {
  h: number;
  v: number;
  title: string;
}

const ROOT = resolve(import.meta.dirname, '..');
const grids = new Map<string, SlidePlace[]>();

/** Every slide of the deck in `dir` (relative to the project) with its place in reveal's grid. */
export function slidesOf(dir = 'slides'): SlidePlace[] {
  const full = resolve(ROOT, dir);
  let grid = grids.get(full);
  if (!grid) {
    // No highlighting or icons: only the slides' names and kinds matter here.
    const files = deckFiles(full);
    const yaml = files.read('PITCHME.yaml');
    const deck = parseDeck(
      deckEntries(full),
      files,
      { highlight: () => undefined, icon: () => undefined },
      yaml === undefined ? DEFAULT_SETTINGS : readPitchYaml(yaml).settings,
    );
    let h = -1;
    let v = 0;
    grid = deck.slides.map((slide) => {
      if (slide.kind === 'horizontal' || h < 0) [h, v] = [h + 1, 0];
      else v += 1;
      return { h, v, title: slide.title };
    });
    grids.set(full, grid);
  }
  return grid;
}

/** The slide named `name` in the deck in `dir`; an unknown or ambiguous name fails the test at once. */
export function slide(name: string, dir = 'slides'): SlidePlace {
  const grid = slidesOf(dir);
  const found = grid.filter((s) => s.title === name);
  if (found.length === 1) return found[0];
  if (found.length === 0)
    throw new Error(`no slide named "${name}" in ${dir}: ${grid.map((s) => `"${s.title}"`).join(', ')}`);
  throw new Error(`${found.length} slides are named "${name}" in ${dir}: name one by its @title`);
}

/** `#/h/v` of the slide named `name`: a link any reveal.js deck understands. */
export function slideHash(name: string, dir = 'slides'): string {
  const { h, v } = slide(name, dir);
  return `#/${h}/${v}`;
}

/** The URL reveal writes for the slide named `name`: `#/h`, or `#/h/v` for a sub-slide, at its end. */
export function hashPattern(name: string, dir = 'slides'): RegExp {
  const { h, v } = slide(name, dir);
  return new RegExp(`#/${h}${v > 0 ? `/${v}` : '(/0)?'}$`);
}

/** reveal's slide number for `name` ("9 / 35"): its place in the deck, counted from 1, and the total. */
export function slideNumberPattern(name: string, dir = 'slides'): RegExp {
  const grid = slidesOf(dir);
  const place = grid.indexOf(slide(name, dir)) + 1;
  return new RegExp(`^\\s*${place}\\s*/\\s*${grid.length}\\s*$`);
}

/** Moves the open deck to the slide named `name`, as a link or the overview would (no keys). */
export async function goToSlide(page: Page, name: string, dir = 'slides'): Promise<void> {
  const { h, v } = slide(name, dir);
  await page.evaluate(([x, y]) => (window as unknown as { Reveal: RevealApi }).Reveal.slide(x, y), [h, v]);
}

/** The slide after `name` in the deck's order (down its stack, else the next stack's first): Space's. */
export function nextSlide(name: string, dir = 'slides'): SlidePlace {
  const grid = slidesOf(dir);
  const next = grid[grid.indexOf(slide(name, dir)) + 1];
  if (!next) throw new Error(`"${name}" is the last slide of ${dir}: no slide comes after it`);
  return next;
}

export type ArrowKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

/**
 * The slide one arrow key reaches from the slide `name`, in reveal's default navigation: ← and → go
 * to the neighbouring stack (to its first slide, when that stack was not left further down), ↑ and
 * ↓ move within a stack. For a test that moves by key: "the slide below Auto-scaling", not a title
 * that a slide added in between would make wrong. Throws when the key leads nowhere.
 */
export function slideBeside(name: string, key: ArrowKey, dir = 'slides'): SlidePlace {
  return beside(slide(name, dir), key, dir);
}

function beside({ h, v, title }: SlidePlace, key: ArrowKey, dir: string): SlidePlace {
  const [toH, toV] = {
    ArrowLeft: [h - 1, 0],
    ArrowRight: [h + 1, 0],
    ArrowUp: [h, v - 1],
    ArrowDown: [h, v + 1],
  }[key];
  const found = slidesOf(dir).find((s) => s.h === toH && s.v === toV);
  if (!found) throw new Error(`${key} leads nowhere from "${title}" in ${dir}`);
  return found;
}

/**
 * The arrow keys that take the deck from the slide `from` to the slide `to`, each with the slide it
 * reaches (see slideBeside): across the stacks first, then down or up the last one. So a test walks
 * between named slides by key, and a slide added on the way adds a key press, not a failure.
 */
export function arrowKeys(
  from: string,
  to: string,
  dir = 'slides',
): { key: ArrowKey; reaches: SlidePlace }[] {
  const end = slide(to, dir);
  const keys: { key: ArrowKey; reaches: SlidePlace }[] = [];
  let at = slide(from, dir);
  while (at !== end) {
    const key: ArrowKey =
      at.h !== end.h ? (end.h > at.h ? 'ArrowRight' : 'ArrowLeft') : end.v > at.v ? 'ArrowDown' : 'ArrowUp';
    at = beside(at, key, dir);
    keys.push({ key, reaches: at });
  }
  return keys;
}

/**
 * Walks the open deck from the slide `from` to the slide `to` with the arrow keys, waiting after each
 * press until reveal shows the slide it reaches. The slides on the way are expected to have no
 * fragments or widget steps of their own (the keys would step those first).
 */
export async function walkTo(page: Page, from: string, to: string, dir = 'slides'): Promise<void> {
  const indices = () =>
    page.evaluate(() => {
      const { h, v } = (window as unknown as { Reveal: RevealApi }).Reveal.getIndices();
      return { h, v: v ?? 0 };
    });
  for (const { key, reaches } of arrowKeys(from, to, dir)) {
    await page.keyboard.press(key);
    await expect
      .poll(indices, { message: `${key} on the way from "${from}" to "${to}" reaches "${reaches.title}"` })
      .toEqual({ h: reaches.h, v: reaches.v });
  }
}

/** The feature deck the GitPitch tests use (built by `npm run build:fixture`). */
export const FEATURES_DECK = 'e2e/fixtures/features';

/** Opens the feature deck at the slide named `name` (after `query`, e.g. `?view=present`) and waits for reveal. */
export async function openFeatureSlide(page: Page, name: string, query = ''): Promise<void> {
  await page.goto(`${FIXTURE_URL}${query}${slideHash(name, FEATURES_DECK)}`);
  await page.locator('html[data-deck-ready]').waitFor();
}
