/**
 * D, the stage's Details key, belongs to the runtime: it knows which slide is shown, and it sees
 * the key while the widget's code is still arriving or its slide is still sliding in. The panel
 * belongs to the widget. A request waits on the island until the widget takes it, so a D pressed
 * the moment a slide appears opens its Details once the widget is there.
 */
const PENDING = 'detailsRequests';
const REQUESTED = 'widget-details-requested';

/** D alone, not typed into a field (the Workers box, a select). */
export function isDetailsKey(event: KeyboardEvent): boolean {
  if (event.key.toLowerCase() !== 'd' || event.altKey || event.ctrlKey || event.metaKey) return false;
  const target = event.target;
  return !(target instanceof Element && target.closest('input, select, textarea, [contenteditable]'));
}

/** The runtime: D was pressed while this island's slide is shown. */
export function requestDetails(island: HTMLElement): void {
  island.dataset[PENDING] = String(Number(island.dataset[PENDING] ?? 0) + 1);
  island.dispatchEvent(new Event(REQUESTED));
}

/** The runtime: the slide was left, and a D pressed there no longer means anything. */
export function forgetDetailsRequests(island: HTMLElement): void {
  delete island.dataset[PENDING];
}

/**
 * The widget: `toggle` runs once for each D pressed before it mounted (an even number cancel out)
 * and once for each one after. Returns the unsubscribe.
 */
export function takeDetailsRequests(inside: Element, toggle: () => void): () => void {
  const island = inside.closest<HTMLElement>('.widget-island');
  if (!island) return () => {};
  const take = (): void => {
    const count = Number(island.dataset[PENDING] ?? 0);
    delete island.dataset[PENDING];
    if (count % 2 === 1) toggle();
  };
  take();
  island.addEventListener(REQUESTED, take);
  return () => island.removeEventListener(REQUESTED, take);
}
