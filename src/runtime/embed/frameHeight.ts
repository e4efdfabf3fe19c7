/**
 * Embed mode tells the page around it how tall its content is, so a wiki can size the frame:
 * `{ type: 'stack-tour:height', height }` in CSS pixels, posted to the parent window on load and
 * whenever the height changes. The number is not secret, so it goes to any parent ('*'): the deck
 * cannot know which wiki embeds it.
 */

export const HEIGHT_MESSAGE = 'stack-tour:height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
}

/** The height a whole-deck slide needs at `width`: the slide's own shape, nothing else. */
export function deckHeight(width: number, slide: { width: number; height: number }): number {
  return Math.round((width * slide.height) / slide.width);
}

/**
 * Posts `measure()` to the parent now and after every size change of `watched` (the frame's
 * width changes the height), once per distinct value. Returns a function that posts again after
 * a change the caller knows of. Does nothing outside a frame.
 */
export function reportHeight(
  watched: Element[],
  measure: () => number,
  target: Window = window.parent,
): () => void {
  if (target === window) return () => {};
  let last = -1;
  const post = (): void => {
    const height = Math.ceil(measure());
    if (height <= 0 || height === last) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT_MESSAGE, height };
    target.postMessage(message, '*');
  };
  const observer = new ResizeObserver(post);
  for (const element of watched) observer.observe(element);
  post();
  return post;
}
