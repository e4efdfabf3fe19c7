/**
 * The switch between present and read mode: a button that reloads the deck in the other mode at
 * the same slide. reveal rebuilds every slide when it leaves its scroll view (widgets would be
 * left detached), so a fresh page is the reliable switch. Read mode also gets an "Outline" toggle
 * for screens too narrow to show the outline beside the slides.
 */
import type { RevealApi } from 'reveal.js';
import { urlForMode } from './chooseMode.ts';
import './deckButton.css';

function button(label: string, onClick: () => void, filled: boolean): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = filled ? 'deck-button filled' : 'deck-button';
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}

export function modeSwitch(current: 'present' | 'read', deck: RevealApi, outline?: HTMLElement): HTMLElement {
  const bar = document.createElement('div');
  bar.className = 'deck-toolbar';
  bar.id = 'deck-toolbar';
  const other = current === 'present' ? 'read' : 'present';
  bar.append(
    button(
      other === 'read' ? 'Read' : 'Present',
      () => {
        const { h, v = 0 } = deck.getIndices();
        location.assign(urlForMode(other, location.pathname, `#/${h}/${v}`));
      },
      current === 'read',
    ),
  );
  if (outline) {
    const toggle = button(
      'Outline',
      () => {
        const open = toggle.getAttribute('aria-expanded') !== 'true';
        toggle.setAttribute('aria-expanded', String(open));
        document.documentElement.classList.toggle('outline-open', open);
        if (open) outline.querySelector<HTMLElement>('a[aria-current], a')?.focus();
      },
      true,
    );
    toggle.classList.add('outline-toggle');
    toggle.setAttribute('aria-expanded', 'false');
    toggle.setAttribute('aria-controls', outline.id);
    outline.addEventListener('click', (e) => {
      if ((e.target as HTMLElement).closest('a')) {
        toggle.setAttribute('aria-expanded', 'false');
        document.documentElement.classList.remove('outline-open');
      }
    });
    bar.append(toggle);
  }
  return bar;
}
