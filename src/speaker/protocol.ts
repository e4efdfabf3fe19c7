/**
 * The speaker view's messages, as reveal.js's notes plugin defines them (namespace `reveal-notes`:
 * `connect`, `connected`, `state`, `call`/`return`, `heartbeat`), so our speaker window and the
 * presenter's window speak the protocol reveal.js documents. Every message is a JSON string.
 * Shared by the presenter's side (presenterLink.ts) and the speaker window (speakerPage.ts).
 */

export const NAMESPACE = 'reveal-notes';

/** reveal's events after which the presenter's window sends its state to the speaker view. */
export const STATE_EVENTS: readonly string[] = [
  'slidechanged',
  'fragmentshown',
  'fragmenthidden',
  'overviewhidden',
  'overviewshown',
  'paused',
  'resumed',
  'previewiframe',
  'previewimage',
  'previewvideo',
  'closeoverlay',
];

/** The current frame's events after which the presenter's window follows it: all but the overview's. */
export const FOLLOWED_EVENTS: ReadonlySet<string> = new Set(
  STATE_EVENTS.filter((e) => !e.startsWith('overview')),
);

/** The part of reveal's getState() both windows read; the rest is passed on untouched. */
export interface SlideState {
  indexh: number;
  indexv: number;
  indexf?: number;
  [key: string]: unknown;
}

/** A message as read from the wire: an object, or null for anything else. Never throws. */
export function readMessage(data: unknown): Record<string, unknown> | null {
  if (typeof data !== 'string' || data.charAt(0) !== '{') return null;
  try {
    const parsed: unknown = JSON.parse(data);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** A slide index from a message: a small non-negative integer, or null. */
export function slideIndex(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 10_000 ? value : null;
}

/** reveal's state, if the value is one: indexh and indexv must be slide indices. */
export function readState(value: unknown): SlideState | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const state = value as Record<string, unknown>;
  return slideIndex(state.indexh) !== null && slideIndex(state.indexv) !== null
    ? (state as SlideState)
    : null;
}

/** A message of our namespace, as the JSON string both sides send. */
export function notesMessage(type: string, fields: Record<string, unknown> = {}): string {
  return JSON.stringify({ namespace: NAMESPACE, type, ...fields });
}

/**
 * The presenter's reveal.js methods the speaker window may call (its timer's needs). reveal's own
 * plugin calls any method named in the message; a list keeps a same-origin window that sends
 * `call` to getters.
 */
export const CALLABLE_METHODS: ReadonlySet<string> = new Set([
  'getConfig',
  'getSlidesAttributes',
  'getSlidePastCount',
  'getTotalSlides',
]);

/**
 * The query reveal's speaker view gives its two preview frames (the deck's runtime/chooseMode.ts
 * and revealOptions.ts read it: the speaker app shares no module with the deck). Only the deck's own path is kept from the URL the presenter sends.
 */
export function receiverUrl(deckUrl: string, state: SlideState, current: boolean): string | null {
  let url: URL;
  try {
    url = new URL(deckUrl, location.href);
  } catch {
    return null;
  }
  if (url.origin !== location.origin) return null;
  const params = [
    'receiver',
    'progress=false',
    'history=false',
    'transition=none',
    'autoSlide=0',
    'backgroundTransition=none',
    'scrollActivationWidth=false',
    // Both frames report their events: the upcoming one's `ready` says it can take its slide now.
    current ? 'postMessageEvents=true' : 'controls=false&postMessageEvents=true',
  ].join('&');
  return `${url.origin}${url.pathname}?${params}#/${state.indexh}/${state.indexv}`;
}
