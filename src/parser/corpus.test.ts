/**
 * Every real GitPitch deck in the corpus parses to the counts its SOURCES.tsv gives. The decks are
 * other people's writing, so they stay outside the repository: `GITPITCH_CORPUS` names the folder
 * (default `../shared/gitpitch-corpus` beside the checkout). Without it the suite is skipped, and
 * says where it looked; a folder named in GITPITCH_CORPUS must exist (CI sets it).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSlides } from './splitSlides.ts';
import { parseDeck } from './parseDeck.ts';
import { memoryFiles } from './testDeck.ts';

const REPO = resolve(import.meta.dirname, '../..');
const CORPUS = process.env.GITPITCH_CORPUS
  ? resolve(process.env.GITPITCH_CORPUS)
  : resolve(REPO, '../shared/gitpitch-corpus');
const found = existsSync(join(CORPUS, 'SOURCES.tsv'));
if (!found && process.env.GITPITCH_CORPUS) throw new Error(`GITPITCH_CORPUS: no SOURCES.tsv in ${CORPUS}`);
if (!found) console.info(`GitPitch corpus skipped: no SOURCES.tsv in ${CORPUS} (set GITPITCH_CORPUS)`);

const rows = found
  ? readFileSync(join(CORPUS, 'SOURCES.tsv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t'))
  : [];

describe.skipIf(!found)(`the GitPitch corpus (${CORPUS})`, () => {
  it('has a row for every deck', () => {
    const decks = readdirSync(CORPUS).filter((f) => /^\d\d-.*\.md$/.test(f));
    expect(rows.map((r) => r[0]).sort()).toEqual(decks.sort());
  });

  for (const [file, , , , lines, horizontal, vertical, total, background, notes] of rows) {
    describe(file, () => {
      const text = readFileSync(join(CORPUS, file), 'utf8');
      const { slides } = splitSlides(text, file);

      it(`splits into ${horizontal} stacks and ${vertical} sub-slides`, () => {
        expect(text.split(/\r\n|\r|\n/).length - (/(\r\n|\r|\n)$/.test(text) ? 1 : 0)).toBe(Number(lines));
        expect(slides.filter((s, i) => i === 0 || s.kind === 'horizontal')).toHaveLength(Number(horizontal));
        expect(slides.filter((s, i) => i > 0 && s.kind === 'vertical')).toHaveLength(Number(vertical));
        expect(slides).toHaveLength(Number(total));
      });

      it(`has ${background} background slides and ${notes} slides with notes`, () => {
        expect(slides.filter((s) => s.options.image !== undefined)).toHaveLength(Number(background));
        expect(slides.filter((s) => s.lines.some((l) => !l.fenced && /^Note:/.test(l.text)))).toHaveLength(
          Number(notes),
        );
      });

      it('renders every slide, reporting only missing files as errors', () => {
        const deck = parseDeck([{ file, text }], memoryFiles({}), {
          highlight: () => undefined,
          icon: () => '<svg></svg>',
        });
        expect(deck.slides.length).toBeGreaterThanOrEqual(Number(total));
        for (const error of deck.diagnostics.filter((d) => d.severity === 'error')) {
          expect(error.message).toMatch(/^missing (image|background image|code file|included file)/);
        }
        for (const slide of deck.slides)
          expect(slide.html).not.toMatch(/@(snap|snapend|ul|ulend|div|divend|title)\b/);
      });
    });
  }
});
