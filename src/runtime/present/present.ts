/**
 * Present mode's own parts: the speaker view, whose code loads only when `S` is first pressed,
 * and its receiver frames.
 */
import type { RevealApi } from 'reveal.js';
import { modeSwitch } from '../deckToolbar.ts';
import { embedButton } from './embedButton.ts';

/**
 * The speaker view is our own page (speaker.html, src/speaker/), not reveal's notes plugin:
 * the plugin writes an inline script into about:blank, which the Content-Security-Policy blocks.
 */
async function openSpeakerView(deck: RevealApi): Promise<void> {
  if (import.meta.env.VITE_SINGLE_FILE) {
    sayNoSpeakerView();
    return;
  }
  const { openSpeakerView: open } = await import('../../speaker/presenterLink.ts');
  open(deck);
}

/** The single file cannot open the speaker view: it is a page of its own (speaker.html). */
function sayNoSpeakerView(): void {
  let notice = document.querySelector<HTMLElement>('.speaker-unavailable');
  if (!notice) {
    notice = document.createElement('p');
    notice.className = 'speaker-unavailable';
    notice.setAttribute('role', 'status');
    document.body.append(notice);
  }
  notice.textContent =
    'The speaker view needs the regular build (npm run build), opened from a web server: this single file cannot open it.';
}

/**
 * An open speaker view sends a heartbeat every second; after this window reloads, the first one
 * reconnects it (as reveal's plugin does), loading the speaker code only then.
 */
function reconnectSpeakerView(deck: RevealApi): void {
  const onMessage = (event: MessageEvent): void => {
    if (event.origin !== location.origin || typeof event.data !== 'string') return;
    // The speaker window is another realm: its WindowProxy is no `instanceof Window` here.
    if (!event.data.includes('"heartbeat"') || !event.source || event.source instanceof MessagePort) return;
    // A message this window sent itself is no speaker view.
    if (event.source === window) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(event.data);
    } catch {
      return;
    }
    const message = parsed as { namespace?: unknown; type?: unknown } | null;
    if (message?.namespace !== 'reveal-notes' || message.type !== 'heartbeat') return;
    window.removeEventListener('message', onMessage);
    const source = event.source as Window;
    void import('../../speaker/presenterLink.ts').then(({ adoptSpeakerView }) =>
      adoptSpeakerView(deck, source),
    );
  };
  window.addEventListener('message', onMessage);
}

/**
 * The speaker view loads its "current slide" frame at `#/h/v`, without the fragment, and that
 * frame's first events are sent back to the presenter's window as its state: opening the speaker
 * view mid-slide would hide the slide's shown fragments (and reset a widget's steps). Starting the
 * frame at the presenter's own fragment, read from the window that opened the speaker view, avoids it.
 */
export function startReceiverAtPresenterFragment(): void {
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

/** Present mode: `S` opens the speaker view (its code loads on that first press); Read switches mode, Embed gives the iframe snippet. */
export function setupPresent(deck: RevealApi, receiver: boolean): void {
  // A preview frame of the speaker view is a picture of the slide: no buttons, no speaker view.
  if (receiver) return;
  const toolbar = modeSwitch('present', deck);
  toolbar.append(embedButton(deck));
  (document.querySelector('main') ?? document.body).append(toolbar);
  if (!import.meta.env.VITE_SINGLE_FILE) reconnectSpeakerView(deck);
  // The widget's own key (kit/StageDetails.tsx handles it): listed in reveal's ? help.
  deck.registerKeyboardShortcut('D', 'Details of the widget on this slide');
  deck.addKeyBinding(
    { keyCode: 83, key: 'S', description: 'Speaker view (notes, next slide, timer)' },
    () => {
      void openSpeakerView(deck);
    },
  );
}
