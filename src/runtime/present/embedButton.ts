/**
 * Present mode's "Embed" button and `E` key: a dialog with the `<iframe>` snippet for the current
 * slide and its widget. The dialog's code (embedDialog.ts, with the widget registry for the
 * widget's defaults) loads on the first use, as the speaker view's does.
 */
import type { RevealApi } from 'reveal.js';

/** The "Embed" button for present mode's toolbar; `E` does the same. */
export function embedButton(deck: RevealApi): HTMLButtonElement {
  const open = (): void => {
    // Focus goes back where it was when the dialog closes (the button, or the deck for `E`).
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    void import('./embedDialog.ts').then(({ openEmbedDialog }) => openEmbedDialog(deck, opener));
  };
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'deck-button embed-button';
  button.textContent = 'Embed';
  button.setAttribute('aria-haspopup', 'dialog');
  button.addEventListener('click', open);
  deck.addKeyBinding({ keyCode: 69, key: 'E', description: 'Embed this slide (iframe snippet)' }, open);
  return button;
}
