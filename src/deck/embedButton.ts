/**
 * Present mode's "Embed" button and `E` key: a dialog with the `<iframe>` snippet for the current
 * slide and its widget. The dialog's code (embedDialog.ts, with the widget registry for the
 * widget's defaults) loads on the first use, as the speaker view's does.
 */
import type { RevealApi } from 'reveal.js';

/** The speaker view's preview frames are pictures of slides: no buttons over them. */
const isReceiver = (): boolean => /(^|[?&])receiver\b/.test(location.search);

export function setupEmbedButton(deck: RevealApi): void {
  if (isReceiver()) return;
  const open = (): void => {
    // Focus goes back where it was when the dialog closes (the button, or the deck for `E`).
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    void import('./embedDialog.ts').then(({ openEmbedDialog }) => openEmbedDialog(deck, opener));
  };
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'embed-button';
  button.textContent = 'Embed';
  button.setAttribute('aria-haspopup', 'dialog');
  button.addEventListener('click', open);
  // Beside the Read switch when present mode shows one (same look, out of the slide's way);
  // otherwise in the same bottom-left corner by itself (embed.css).
  const toolbar = document.getElementById('deck-toolbar');
  if (toolbar) toolbar.append(button);
  else (document.querySelector('main') ?? document.body).append(button);
  deck.addKeyBinding({ keyCode: 69, key: 'E', description: 'Embed this slide (iframe snippet)' }, open);
}
