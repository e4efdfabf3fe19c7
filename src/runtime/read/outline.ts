/**
 * The outline: a `nav` named "Outline" listing every slide by its title (a stack's sub-slides
 * nested under its first slide), each a link that goes to the slide.
 */
import type { RevealApi } from 'reveal.js';

export interface OutlineEntry {
  h: number;
  v: number;
  title: string;
}

/** Slides in deck order with their grid position and title (the parser writes data-title). */
export function outlineEntries(slides: readonly HTMLElement[]): OutlineEntry[] {
  // The scroll view leaves each emptied stack behind as a bare section: only slides have a place.
  return slides
    .filter((slide) => slide.dataset.indexH !== undefined)
    .map((slide) => ({
      h: Number(slide.dataset.indexH ?? 0),
      v: Number(slide.dataset.indexV ?? 0),
      title:
        slide.dataset.title || slide.querySelector('h1, h2, h3')?.textContent?.trim() || 'Untitled slide',
    }));
}

function link(entry: OutlineEntry, go: (entry: OutlineEntry) => void): HTMLLIElement {
  const item = document.createElement('li');
  const a = document.createElement('a');
  a.href = `${location.pathname}?view=scroll#/${entry.h}/${entry.v}`;
  a.textContent = entry.title;
  a.dataset.slide = `${entry.h}/${entry.v}`;
  a.addEventListener('click', (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    go(entry);
  });
  item.append(a);
  return item;
}

export function buildOutline(
  entries: readonly OutlineEntry[],
  go: (entry: OutlineEntry) => void,
): HTMLElement {
  const nav = document.createElement('nav');
  nav.className = 'read-outline';
  nav.id = 'read-outline';
  nav.setAttribute('aria-label', 'Outline');
  const top = document.createElement('ol');
  let stack: HTMLOListElement | null = null;
  for (const entry of entries) {
    const item = link(entry, go);
    if (entry.v === 0) {
      top.append(item);
      stack = null;
    } else {
      if (!stack) {
        stack = document.createElement('ol');
        top.lastElementChild?.append(stack);
      }
      stack.append(item);
    }
  }
  nav.append(top);
  return nav;
}

/** Marks the current slide's link (aria-current), so the reader sees where they are. */
export function markCurrent(nav: HTMLElement, deck: RevealApi): void {
  const { h, v } = deck.getIndices();
  for (const a of nav.querySelectorAll<HTMLAnchorElement>('a[data-slide]')) {
    if (a.dataset.slide === `${h}/${v ?? 0}`) a.setAttribute('aria-current', 'location');
    else a.removeAttribute('aria-current');
  }
}
