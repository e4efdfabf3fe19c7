/**
 * The speaker window (speaker.html): the presenter's notes, a timer, and the deck twice in
 * `?receiver` frames (the current slide, and the upcoming one). It replaces the page reveal.js's
 * notes plugin writes into `about:blank`, whose inline script the deck's Content-Security-Policy
 * blocks; this is the same behaviour as a script file of the deck's own origin.
 *
 * Protocol and behaviour adapted from reveal.js's notes plugin (plugin/notes), MIT licence,
 * © Hakim El Hattab. Differences: messages are accepted only from the opener and our own frames,
 * notes travel as data, not HTML (notesContent.ts), the presenter's window answers only listed
 * getters, and nothing is written as HTML.
 */
import {
  FOLLOWED_EVENTS,
  NAMESPACE,
  notesMessage,
  readMessage,
  readState,
  receiverUrl,
  type SlideState,
} from './protocol.ts';
import { notesFragment } from './notesContent.ts';
import { detailFragment, readDetail } from './detailContent.ts';
import { setupLayout } from './speakerLayout.ts';
import { startTimer } from './timer.ts';
import './speaker.css';

const status = document.querySelector<HTMLElement>('#connection-status')!;
const notesBox = document.querySelector<HTMLElement>('.speaker-controls-notes')!;
const notesValue = notesBox.querySelector<HTMLElement>('.value')!;
const detailBox = document.querySelector<HTMLElement>('.speaker-controls-detail')!;
// Not `.value`: reveal's notes page (and anyone reading it) finds the notes as `.speaker-controls-notes .value`.
const detailValue = detailBox.querySelector<HTMLElement>('.detail-tables')!;
let currentFrame: HTMLIFrameElement | null = null;
let upcomingFrame: HTMLIFrameElement | null = null;
let currentState = '';
let connected = false;

function showStatus(text: string): void {
  status.textContent = text;
  status.hidden = false;
}

/** Calls at most once per `ms`, and once more at the end of a burst (reveal's debounce). */
function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): (...args: A) => void {
  let last = 0;
  let timeout: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    clearTimeout(timeout);
    const since = Date.now() - last;
    const run = (): void => {
      fn(...args);
      last = Date.now();
    };
    if (since > ms) run();
    else timeout = setTimeout(run, ms - since);
  };
}

function openerIsOurs(): boolean {
  try {
    return Boolean(window.opener) && (window.opener as Window).location.origin === location.origin;
  } catch {
    // A cross-origin opener: reading its location throws.
    return false;
  }
}

const toOpener = (message: string): void => (window.opener as Window).postMessage(message, location.origin);
const toFrame = (frame: HTMLIFrameElement | null, message: object): void =>
  frame?.contentWindow?.postMessage(JSON.stringify(message), location.origin);

let lastCallId = 0;
const pending = new Map<number, (result: unknown) => void>();

/** Calls one of the presenter's listed getters; null if it does not answer within 3 s. */
function callPresenter(methodName: string, args: unknown[]): Promise<unknown> {
  const callId = ++lastCallId;
  return new Promise((resolve) => {
    pending.set(callId, resolve);
    setTimeout(() => {
      if (pending.delete(callId)) resolve(null);
    }, 3000);
    toOpener(notesMessage('call', { callId, methodName, arguments: args }));
  });
}

/** The presenter moved in the current-slide frame (keys pressed here): the main window follows. */
const followInMainWindow = debounce((state: SlideState) => {
  toOpener(JSON.stringify({ method: 'setState', args: [state] }));
}, 500);

function frame(url: string, title: string, width: number, height: number): HTMLIFrameElement {
  const element = document.createElement('iframe');
  element.title = title;
  element.width = String(width);
  element.height = String(height);
  element.src = url;
  return element;
}

function setupFrames(deckUrl: unknown, state: SlideState): boolean {
  const current = typeof deckUrl === 'string' ? receiverUrl(deckUrl, state, true) : null;
  const upcoming = typeof deckUrl === 'string' ? receiverUrl(deckUrl, state, false) : null;
  if (!current || !upcoming) return false;
  currentFrame = frame(current, 'Current slide', 1280, 1024);
  upcomingFrame = frame(upcoming, 'Upcoming slide', 640, 512);
  document.querySelector('#current-slide')!.append(currentFrame);
  document.querySelector('#upcoming-slide')!.append(upcomingFrame);
  return true;
}

/** Keys pressed anywhere in this window drive the current-slide frame (except the layout menu). */
function setupKeyboard(): void {
  document.addEventListener('keydown', (event) => {
    // F5 or ⌘R would reload this window and lose the connection.
    if (event.key === 'F5' || (event.metaKey && event.key.toLowerCase() === 'r')) {
      event.preventDefault();
      return;
    }
    if (event.target instanceof HTMLSelectElement) return;
    toFrame(currentFrame, { method: 'triggerKey', args: [event.keyCode] });
  });
}

function onConnect(message: Record<string, unknown>): void {
  const state = readState(message.state);
  if (connected || !state) return;
  if (!setupFrames(message.url, state)) {
    showStatus('The deck sent an address on another origin: the speaker view stays closed.');
    return;
  }
  connected = true;
  setupKeyboard();
  void startTimer(document.querySelector<HTMLElement>('.speaker-controls-time')!, callPresenter);
  // Lets a reloaded presenter window find this one again (present.ts listens for it).
  setInterval(() => toOpener(notesMessage('heartbeat')), 1000);
}

/** Notes arrive as data (notesContent.ts): a tree of kept tags, or plain text. Never as HTML. */
function showNotes(message: Record<string, unknown>): void {
  const text = typeof message.notes === 'string' ? message.notes : '';
  const tree = Array.isArray(message.notesTree) ? message.notesTree : null;
  // The box also holds the widget detail (showDetail): hidden only when both are empty.
  notesBox.classList.toggle('hidden', text.trim() === '' && !tree?.length && detailBox.hidden === true);
  notesValue.classList.toggle('plain', tree === null);
  if (tree) notesValue.replaceChildren(notesFragment(tree));
  else notesValue.textContent = text;
}

/** The current slide's widget detail (detailContent.ts): what the room's picture leaves out. */
function showDetail(message: Record<string, unknown>): void {
  const tables = readDetail(message.detail);
  detailBox.hidden = tables.length === 0;
  detailValue.replaceChildren(detailFragment(tables));
}

const onState = debounce((message: Record<string, unknown>) => {
  const state = readState(message.state);
  if (!state) return;
  delete state.overview;
  currentState = JSON.stringify(state);
  showDetail(message);
  showNotes(message);
  // The upcoming frame shows no lightbox, one step ahead.
  const upcoming: SlideState = { ...state };
  for (const key of ['previewVideo', 'previewImage', 'previewIframe']) delete upcoming[key];
  toFrame(currentFrame, { method: 'setState', args: [state] });
  upcomingState = upcoming;
  showUpcoming();
}, 200);

/** The upcoming frame shows the slide after the presenter's; sent again once its deck is ready. */
let upcomingState: SlideState | null = null;

function showUpcoming(): void {
  if (!upcomingState) return;
  toFrame(upcomingFrame, { method: 'setState', args: [upcomingState] });
  toFrame(upcomingFrame, { method: 'next' });
}

/** Events of the deck in the current-slide frame (reveal's postMessageEvents). */
function onFrameEvent(message: Record<string, unknown>): void {
  const name = typeof message.eventName === 'string' ? message.eventName : '';
  if (name === 'ready') {
    toOpener(notesMessage('connected'));
    return;
  }
  const state = readState(message.state);
  if (!state || !FOLLOWED_EVENTS.has(name)) return;
  delete state.overview;
  if (JSON.stringify(state) !== currentState) followInMainWindow(state);
}

function start(): void {
  setupLayout(
    document.querySelector<HTMLElement>('.speaker-layout-label')!,
    document.querySelector<HTMLSelectElement>('.speaker-layout-dropdown')!,
  );
  // Anyone could open this page; only the deck's own window may drive it.
  if (!openerIsOurs()) {
    showStatus('The speaker view opens from the deck: press S in the presentation.');
    return;
  }
  const timeout = setTimeout(
    () => showStatus('No answer from the presentation: close this window and press S again.'),
    5000,
  );
  window.addEventListener('message', (event) => {
    if (event.origin !== location.origin) return;
    const fromOpener = event.source === window.opener;
    const fromCurrent = currentFrame !== null && event.source === currentFrame.contentWindow;
    const fromUpcoming = upcomingFrame !== null && event.source === upcomingFrame.contentWindow;
    if (!fromOpener && !fromCurrent && !fromUpcoming) return;
    const message = readMessage(event.data);
    if (!message) return;
    clearTimeout(timeout);
    status.hidden = true;
    if (fromOpener && message.namespace === NAMESPACE) {
      if (message.type === 'connect') onConnect(message);
      else if (message.type === 'state') onState(message);
      else if (message.type === 'return' && typeof message.callId === 'number') {
        pending.get(message.callId)?.(message.result);
        pending.delete(message.callId);
      }
    } else if (fromCurrent && message.namespace === 'reveal') {
      onFrameEvent(message);
    } else if (fromUpcoming && message.namespace === 'reveal' && message.eventName === 'ready') {
      // A state sent before the frame's deck had started was lost: send it again.
      showUpcoming();
    }
  });
}

start();
