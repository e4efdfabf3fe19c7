/**
 * Embed mode (`?embed`): the deck in a wiki's iframe. reveal gets the mode's options from
 * revealOptions.ts (embedded, keys only once focused, no controls); this file does the rest:
 * the one-widget page, entering the deck from the keyboard, and telling the parent our height.
 * It also offers the Embed button that present mode shows (embedButton.ts).
 */
import type { RevealApi } from 'reveal.js';
import type { DeckMode } from '../chooseMode.ts';
import { deckHeight, reportHeight } from './frameHeight.ts';
import { showErrorCard } from '../errorCard.ts';
import './embed.css';

/**
 * Runs before reveal starts; startDeck awaits it. For `?embed&widget=NAME` the talk's slides are
 * replaced by one section holding that widget (its code, with the widget registry, loads only
 * here), so reveal and the islands see a one-slide deck from the start.
 */
export async function prepareEmbed(root: HTMLElement, mode: DeckMode): Promise<void> {
  document.documentElement.dataset.embed = mode.widget === null ? 'deck' : 'widget';
  const slides = root.querySelector('.slides');
  if (mode.widget === null || !slides) return;
  // The talk's first slide would otherwise show while the widget's code loads.
  slides.replaceChildren();
  try {
    const { widgetSection } = await import('./widgetEmbed.ts');
    slides.replaceChildren(widgetSection(mode.widget, mode.query));
  } catch (error) {
    // The deck still starts, with the reason in place of the widget.
    const section = document.createElement('section');
    showErrorCard(
      section,
      'This widget cannot be shown',
      error instanceof Error ? error.message : String(error),
    );
    slides.replaceChildren(section);
  }
}

/**
 * reveal takes keys in an embedded deck only after a pointer press in it. A reader who tabs into
 * the frame enters the deck too: the deck is focusable, and focus inside it counts as that press
 * (reveal offers no other way to mark it focused).
 */
function enterOnFocus(deck: RevealApi, root: HTMLElement): void {
  root.tabIndex = 0;
  root.addEventListener('focusin', () => {
    if (!deck.isFocused()) root.dispatchEvent(new PointerEvent('pointerdown'));
  });
}

/**
 * A widget is laid out as in its slide, 1280 px wide, and reveal scales it to the frame. The slide
 * is made as tall as the widget (its own pixels, before scaling), so the widget fills the frame's
 * width, and the frame needs that height scaled to its width.
 */
function fitSlideToWidget(deck: RevealApi, section: HTMLElement): void {
  // scrollHeight too: content that overflows the section by a fraction (a long note's last line)
  // would otherwise be cut at the frame's bottom edge.
  const natural = Math.max(section.offsetHeight, section.scrollHeight);
  if (natural > 0 && natural !== Number(deck.getConfig().height)) deck.configure({ height: natural });
}

export function setupEmbed(deck: RevealApi, mode: DeckMode): void {
  const root = deck.getRevealElement() as HTMLElement;
  enterOnFocus(deck, root);
  const section = mode.widget === null ? null : root.querySelector<HTMLElement>('.slides > section');
  if (section) {
    // One slide needs no overview or progress bar.
    deck.configure({ overview: false, progress: false });
    fitSlideToWidget(deck, section);
  }
  const slideWidth = Number(deck.getConfig().width);
  const report = reportHeight([root], () =>
    deckHeight(root.clientWidth, { width: slideWidth, height: Number(deck.getConfig().height) }),
  );
  // The widget's height changes when its code arrives, and as it runs.
  if (section) {
    new ResizeObserver(() => {
      fitSlideToWidget(deck, section);
      report();
    }).observe(section);
  }
}
