/** The seed talk as the deck in slides/: its shape, its notes, its pictures replaced by diagrams. */
import { describe, expect, it } from 'vitest';
import { loadDeck } from './loadDeck.ts';
import { stacksOf } from '../parser/revealSections.ts';

const deck = await loadDeck(new URL('../../slides', import.meta.url).pathname);

describe('the seed deck', () => {
  // The talk's own slides: the widget slides added beside them, but not the slide whose missing
  // picture a widget replaced (it keeps the author's title and notes).
  // "Developer access, in short" holds the bullets the widget took the place of on "Developer Access".
  const seedSlides = deck.slides.filter(
    (s) =>
      (!s.html.includes('class="widget-island') && s.title !== 'Developer access, in short') ||
      ['How Code Gets Deployed', 'Blue and green behind the ELB', 'Developer Access'].includes(s.title),
  );

  it('has all 28 slides of the talk (12 stacks, 16 sub-slides), and widget slides beside them', () => {
    const stacks = stacksOf(deck.slides);
    expect(seedSlides).toHaveLength(28);
    expect(deck.slides).toHaveLength(39);
    expect(stacks).toHaveLength(12);
    expect(deck.title).toBe("Quorum's Tech Stack");
  });

  it('has no errors, and warns only about the TODO slide the seed left (Frontend Stack)', () => {
    expect(deck.diagnostics.map((d) => `${d.severity}: ${d.message}`)).toEqual([
      'warning: slide "Frontend Stack" still says TODO',
    ]);
  });

  it('has speaker notes of 2–5 sentences on every slide', () => {
    for (const slide of deck.slides) {
      const sentences = slide.notesText.split(/(?<=[.!?])\s+/).filter(Boolean);
      expect(sentences.length, slide.title).toBeGreaterThanOrEqual(2);
      expect(sentences.length, slide.title).toBeLessThanOrEqual(6);
    }
  });

  it('draws the missing pictures as diagrams or widgets, with text alternatives, and points at no image', () => {
    const diagrams = deck.slides.filter((s) => s.html.includes('class="mermaid-diagram"'));
    expect(diagrams.map((s) => s.title)).toEqual(['The stack at a glance', 'Layers, like an ogre']);
    // ansible.png, the deploy pipeline, is a live widget now (issue 8).
    expect(deck.slides.find((s) => s.title === 'How Code Gets Deployed')?.html).toContain(
      'data-widget="deploy-pipeline"',
    );
    // So is blue-green.jpg.
    expect(deck.slides.find((s) => s.title === 'Blue and green behind the ELB')?.html).toContain(
      'data-widget="blue-green"',
    );
    for (const slide of diagrams) expect(slide.html).toMatch(/aria-label="[^"]{20,}"/);
    for (const slide of deck.slides) {
      expect(slide.html).not.toContain('<img');
      expect(slide.options.image).toBeUndefined();
    }
  });

  it('keeps the author’s text, in order', () => {
    const titles = seedSlides.map((s) => s.title);
    expect(titles.slice(0, 6)).toEqual([
      "Quorum's Tech Stack",
      "What We'll Cover",
      'Disclaimer',
      'What Happens When...?',
      'At a Glance',
      'The stack at a glance',
    ]);
    expect(titles.at(-1)).toBe('Questions?');
    expect(seedSlides.find((s) => s.title === "What's next?")?.html).toContain(
      'git push origin master --force',
    );
  });

  it('puts the request journey beside the slides that need it', () => {
    const widgets = deck.slides.filter((s) => s.html.includes('data-widget="request-journey"'));
    expect(widgets.map((s) => s.title)).toEqual([
      'Follow one request',
      'nginx in action',
      'Gunicorn in action',
      'Django in action',
      'PostgreSQL in action',
    ]);
  });
});
