/**
 * The presenter's side of the speaker view, loaded when `S` is first pressed (present.ts). It
 * replaces the window half of reveal.js's notes plugin, which writes its page (with an inline
 * script) into `about:blank`: a popup that inherits the deck's Content-Security-Policy, where that
 * script is blocked. Ours opens speaker.html, a page of the deck's own origin whose script is a
 * file (speakerPage.ts), and speaks the plugin's protocol (protocol.ts).
 *
 * Adapted from reveal.js's notes plugin (plugin/notes), MIT licence, © Hakim El Hattab.
 */
import type { RevealApi } from 'reveal.js';
import { CALLABLE_METHODS, NAMESPACE, notesMessage, readMessage, STATE_EVENTS } from './protocol.ts';
import { notesTree, type NotesNode } from './notesContent.ts';
import { detailOf } from './detailContent.ts';

/**
 * Where a widget keeps its presenter detail, and the event it sends when the detail changes: the
 * names of widgets/islandContract.ts (DETAIL_ATTRIBUTE, DETAIL_EVENT), written out here because
 * the speaker view imports nothing of the deck's (detailContent.test.ts holds them equal).
 */
export const DETAIL_ATTRIBUTE = 'data-detail';
export const DETAIL_EVENT = 'widgetdetail';
/** A running widget's detail changes every simulated period: the speaker view hears of it at most this often. */
const DETAIL_THROTTLE_MS = 250;

let speakerWindow: Window | null = null;
let connectTimer: ReturnType<typeof setInterval> | undefined;
let listening = false;
let sendingState = false;

/** speaker.html beside the deck's index.html, wherever the deck is served. */
function speakerUrl(): string {
  return new URL('speaker.html', location.href).href;
}

function post(message: string): void {
  // Our own origin only: the popup could have navigated elsewhere.
  speakerWindow?.postMessage(message, location.origin);
}

/** What a `state` message carries about the notes (reveal's fields, plus `notesTree`). */
export interface NotesPayload {
  /** Plain text of the notes (reveal's field; its speaker view reads it as HTML, ours as text). */
  notes: string;
  /** The notes' formatting as data (notesContent.ts): null for text-only `data-notes`. */
  notesTree: NotesNode[] | null;
  whitespace: 'normal' | 'pre-wrap';
}

const fromElements = (asides: Element[]): NotesPayload => ({
  notes: asides.map((n) => n.textContent ?? '').join('\n'),
  notesTree: asides.flatMap((n) => notesTree(n)),
  whitespace: 'normal',
});

const fromText = (text: string | null): NotesPayload => ({
  notes: text ?? '',
  notesTree: null,
  whitespace: 'pre-wrap',
});

/**
 * The notes for the current slide, as reveal's plugin picks them: the current fragment's own notes,
 * else the slide's notes outside fragments, else a `data-notes` attribute.
 */
export function notesFor(slide: Element): NotesPayload {
  const fragment = slide.querySelector('.current-fragment');
  const fragmentNotes = fragment?.querySelector('aside.notes');
  if (fragmentNotes) return fromElements([fragmentNotes]);
  if (fragment?.hasAttribute('data-notes')) return fromText(fragment.getAttribute('data-notes'));
  const asides = [...slide.querySelectorAll('aside.notes')].filter((n) => n.closest('.fragment') === null);
  if (asides.length > 0) return fromElements(asides);
  if (slide.hasAttribute('data-notes')) return fromText(slide.getAttribute('data-notes'));
  return { notes: '', notesTree: null, whitespace: 'normal' };
}

function sendState(deck: RevealApi): void {
  const slide = deck.getCurrentSlide();
  if (!slide) return;
  post(
    notesMessage('state', {
      ...notesFor(slide),
      detail: detailOf(slide, DETAIL_ATTRIBUTE),
      markdown: false,
      state: deck.getState(),
    }),
  );
}

function startSendingState(deck: RevealApi): void {
  if (!sendingState) {
    sendingState = true;
    const send = (): void => sendState(deck);
    for (const event of STATE_EVENTS) deck.on(event, send);
    let detailTimer: ReturnType<typeof setTimeout> | undefined;
    document.addEventListener(DETAIL_EVENT, (event) => {
      const slide = deck.getCurrentSlide();
      if (detailTimer !== undefined || !slide?.contains(event.target as Node)) return;
      detailTimer = setTimeout(() => {
        detailTimer = undefined;
        send();
      }, DETAIL_THROTTLE_MS);
    });
  }
  sendState(deck);
}

/** Answers a `call` for one of the listed getters; anything else is ignored. */
function answerCall(deck: RevealApi, message: Record<string, unknown>): void {
  const name = message.methodName;
  if (typeof name !== 'string' || !CALLABLE_METHODS.has(name)) return;
  const args = Array.isArray(message.arguments) ? message.arguments : [];
  const method = (deck as unknown as Record<string, (...a: unknown[]) => unknown>)[name];
  post(notesMessage('return', { result: method.apply(deck, args), callId: message.callId }));
}

function listen(deck: RevealApi): void {
  if (listening) return;
  listening = true;
  window.addEventListener('message', (event) => {
    // Only the speaker window we opened, still on our origin, is answered.
    if (!speakerWindow || event.source !== speakerWindow || event.origin !== location.origin) return;
    const message = readMessage(event.data);
    if (message?.namespace !== NAMESPACE) return;
    if (message.type === 'connected') {
      clearInterval(connectTimer);
      startSendingState(deck);
    } else if (message.type === 'call') {
      answerCall(deck, message);
    }
  });
}

/** `S`: opens the speaker view, or brings the open one to the front. */
export function openSpeakerView(deck: RevealApi): void {
  if (speakerWindow && !speakerWindow.closed) {
    speakerWindow.focus();
    return;
  }
  speakerWindow = window.open(speakerUrl(), 'reveal.js - Notes', 'width=1100,height=700');
  if (!speakerWindow) {
    alert('The speaker view could not open: allow pop-ups for this page and press S again.');
    return;
  }
  listen(deck);
  // The page needs a moment to load: offer the connection until it answers `connected`.
  const url = `${location.origin}${location.pathname}`;
  clearInterval(connectTimer);
  connectTimer = setInterval(() => post(notesMessage('connect', { state: deck.getState(), url })), 500);
}

/**
 * After the presenter's window reloads, the speaker view that is still open says so with its
 * heartbeat (present.ts listens for it): it is taken back as this window's speaker view.
 */
export function adoptSpeakerView(deck: RevealApi, source: Window): void {
  if (speakerWindow && !speakerWindow.closed) return;
  speakerWindow = source;
  listen(deck);
  startSendingState(deck);
}
