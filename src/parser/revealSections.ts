/** The deck model as reveal.js `<section>`s: stacks for `+++`, data attributes for `?options`. */
import type { Deck, Diagnostic, Slide } from './deckTypes.ts';
import { escapeHtml } from '../shared/html.ts';
import { errorCardHtml } from '../shared/errorCard.ts';
import { componentOf } from './slideComponent.ts';
import { mergeClasses, mergeStyles } from './attributeValues.ts';

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

/**
 * Where a link to the slide lands when no script runs: an empty element whose id is the hash
 * reveal.js uses (`#/3/1`, `#/3` for a stack's first slide, `#/auto-scaling` for a named one), so
 * the browser scrolls the document to it by itself. Hidden once reveal lays the deck out (it
 * answers the hash itself), so the browser never scrolls the deck's frame to one.
 */
export function slideAnchors(slide: Slide, place?: { h: number; v: number }): string {
  const ids: string[] = [];
  if (place) {
    ids.push(`/${place.h}/${place.v}`);
    if (place.v === 0) ids.push(`/${place.h}`);
  }
  if (slide.id) ids.push(`/${slide.id}`);
  return ids.map((id) => `<span class="slide-anchor" id="${escapeHtml(id)}"></span>`).join('');
}

/** Attributes we set that a `.slide:` comment cannot change: links, the outline and widgets rely on them. */
const OWN_SECTION_ATTRIBUTES = ['id', 'data-source', 'data-title', 'data-component'];

/**
 * The `<section>`'s attributes: backgrounds and transition from the options, then the slide's
 * `.slide:` comment (later in reveal.js, so it wins; classes and styles join), then our own.
 */
export function sectionAttributes(slide: Slide): Map<string, string> {
  const attrs = new Map<string, string>();
  // reveal.js goes to `#/name` by the section's id: a comment may name a slide @title did not.
  const id = slide.id ?? slide.attributes?.id;
  if (id) attrs.set('id', id);
  for (const [key, attr] of BACKGROUND_ATTRS) {
    const value = slide.options[key];
    if (value !== undefined) attrs.set(attr, value);
  }
  if (slide.transition) attrs.set('data-transition', slide.transition);
  for (const [name, value] of Object.entries(slide.attributes ?? {})) {
    if (OWN_SECTION_ATTRIBUTES.includes(name)) continue;
    const before = attrs.get(name);
    if (before !== undefined && name === 'class') attrs.set(name, mergeClasses(before, value));
    else if (before !== undefined && name === 'style') attrs.set(name, mergeStyles(before, value));
    else attrs.set(name, value);
  }
  attrs.set('data-source', `${slide.source.file}:${slide.source.line}`);
  attrs.set('data-title', slide.title);
  const component = componentOf(slide.title);
  if (component) attrs.set('data-component', component);
  return attrs;
}

export function sectionHtml(slide: Slide, showErrors: boolean, place?: { h: number; v: number }): string {
  const attrs = [...sectionAttributes(slide)].map(([name, value]) => `${name}="${escapeHtml(value)}"`);
  const errors = showErrors ? diagnosticsCardHtml(slide.errors.filter((e) => !e.shownInPlace)) : '';
  const notes = slide.notesHtml ? `<aside class="notes">${slide.notesHtml}</aside>` : '';
  return `<section ${attrs.join(' ')}>${slideAnchors(slide, place)}${errors}${slide.html}${notes}</section>`;
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
    .map((stack, h) =>
      stack.length === 1
        ? sectionHtml(stack[0], options.showErrors, { h, v: 0 })
        : `<section>${stack.map((s, v) => sectionHtml(s, options.showErrors, { h, v })).join('')}</section>`,
    )
    .join('\n');
}
