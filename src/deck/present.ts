/**
 * Present mode's own parts: the speaker view, whose code loads only when `S` is first pressed,
 * and its receiver frames.
 */
import type { RevealApi } from 'reveal.js';
import { modeSwitch } from './modeSwitch.ts';

async function openSpeakerView(deck: RevealApi): Promise<void> {
  if (!deck.hasPlugin('notes')) {
    const { default: Notes } = await import('reveal.js/plugin/notes');
    deck.registerPlugin(Notes());
  }
  (deck.getPlugin('notes') as unknown as { open(): void }).open();
}

/**
 * The speaker view loads its "current slide" frame at `#/h/v`, without the fragment, and that
 * frame's first events are sent back to the presenter's window as its state: opening the speaker
 * view mid-slide would hide the slide's shown fragments (and reset a widget's steps). Starting the
 * frame at the presenter's own fragment, read from the window that opened the speaker view, avoids it.
 */
export function startReceiverAtPresenterFragment(): void {
  if (!/(^|[?&])receiver\b/.test(location.search)) return;
  try {
    const presenter = (window.parent as Window & { opener?: { Reveal?: RevealApi } }).opener?.Reveal;
    const state = presenter?.getState();
    const [h, v] = location.hash.replace('#/', '').split('/').map(Number);
    if (state && state.indexh === h && state.indexv === (v || 0) && (state.indexf ?? -1) >= 0) {
      history.replaceState(
        null,
        '',
        `${location.pathname}${location.search}#/${h}/${v || 0}/${state.indexf}`,
      );
    }
  } catch {
    // Not opened by a presenter window we can read: the speaker view syncs as usual.
  }
}

/** Present mode: `S` opens the speaker view (its code loads on that first press); Read switches mode. */
export function setupPresent(deck: RevealApi, receiver: boolean): void {
  // The speaker view's preview frames are pictures of the slide: no buttons over them.
  if (!receiver) (document.querySelector('main') ?? document.body).append(modeSwitch('present', deck));
  deck.addKeyBinding(
    { keyCode: 83, key: 'S', description: 'Speaker view (notes, next slide, timer)' },
    () => {
      void openSpeakerView(deck);
    },
  );
}
