/** The deck model as reveal.js `<section>`s: stacks for `+++`, data attributes for `?options`. */
import type { Deck, Diagnostic, Slide } from './deckTypes.ts';
import { escapeHtml } from '../shared/html.ts';
import { errorCardHtml } from '../shared/errorCard.ts';
import { componentOf } from './slideComponent.ts';

const BACKGROUND_ATTRS: [keyof Slide['options'], string][] = [
  ['image', 'data-background-image'],
  ['size', 'data-background-size'],
  ['position', 'data-background-position'],
  ['repeat', 'data-background-repeat'],
  ['color', 'data-background-color'],
  ['opacity', 'data-background-opacity'],
  ['video', 'data-background-video'],
];

/** The error card that stands in the slide where the problems are; the rest of the deck still works. */
export function diagnosticsCardHtml(errors: Diagnostic[], title = 'This slide has a problem'): string {
  if (errors.length === 0) return '';
  return errorCardHtml(
    title,
    errors.map((e) => ({ where: `${e.file}:${e.line}`, message: e.message })),
  );
}

export function sectionHtml(slide: Slide, showErrors: boolean): string {
  const attrs: string[] = [];
  if (slide.id) attrs.push(`id="${escapeHtml(slide.id)}"`);
  for (const [key, attr] of BACKGROUND_ATTRS) {
    const value = slide.options[key];
    if (value !== undefined) attrs.push(`${attr}="${escapeHtml(value)}"`);
  }
  if (slide.transition) attrs.push(`data-transition="${escapeHtml(slide.transition)}"`);
  attrs.push(`data-source="${escapeHtml(`${slide.source.file}:${slide.source.line}`)}"`);
  attrs.push(`data-title="${escapeHtml(slide.title)}"`);
  const component = componentOf(slide.title);
  if (component) attrs.push(`data-component="${component}"`);
  const errors = showErrors ? diagnosticsCardHtml(slide.errors.filter((e) => !e.shownInPlace)) : '';
  const notes = slide.notesHtml ? `<aside class="notes">${slide.notesHtml}</aside>` : '';
  return `<section ${attrs.join(' ')}>${errors}${slide.html}${notes}</section>`;
}

/** Groups slides into stacks: a stack of one is a plain section, as reveal.js expects. */
export function stacksOf(slides: Slide[]): Slide[][] {
  const stacks: Slide[][] = [];
  for (const slide of slides) {
    if (slide.kind === 'horizontal' || stacks.length === 0) stacks.push([slide]);
    else stacks[stacks.length - 1].push(slide);
  }
  return stacks;
}

export function deckHtml(deck: Deck, options: { showErrors: boolean }): string {
  return stacksOf(deck.slides)
    .map((stack) =>
      stack.length === 1
        ? sectionHtml(stack[0], options.showErrors)
        : `<section>${stack.map((s) => sectionHtml(s, options.showErrors)).join('')}</section>`,
    )
    .join('\n');
}
