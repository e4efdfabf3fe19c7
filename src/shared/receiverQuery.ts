/**
 * The speaker view's two preview frames load the deck with a `?receiver…` query (the current slide,
 * and the upcoming one), as reveal.js's notes plugin does. The speaker app writes it
 * (speaker/protocol.ts) and the deck reads it (runtime/chooseMode.ts, revealOptions.ts): both
 * through this file.
 */
export const RECEIVER_PARAM = 'receiver';

/** The frame of the current slide reports its events back; the upcoming one shows no controls. */
export function receiverQuery(current: boolean): string {
  return [
    RECEIVER_PARAM,
    'progress=false',
    'history=false',
    'transition=none',
    'autoSlide=0',
    'backgroundTransition=none',
    'scrollActivationWidth=false',
    current ? 'postMessageEvents=true' : 'controls=false',
  ].join('&');
}

export function isReceiverQuery(query: URLSearchParams): boolean {
  return query.has(RECEIVER_PARAM);
}

/** What a receiver frame's query asks of reveal beyond a still, transition-free deck. */
export function receiverFlags(query: URLSearchParams): { controls: boolean; postMessageEvents: boolean } {
  return {
    controls: query.get('controls') !== 'false',
    postMessageEvents: query.get('postMessageEvents') === 'true',
  };
}
