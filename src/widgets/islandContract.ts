/**
 * The island contract: how a widget's island looks in the page and how the runtime drives it.
 * The build (and a widget embed) writes the markup with islandMarkup.ts; every mode of the runtime
 * reads it through these functions, so the data attributes and class names live here alone.
 *
 *   <div class="widget-island" data-widget="scale-out" data-label="Scale-out"
 *        data-props="{…validated JSON…}" data-first-step="0" data-source="slides/03.md:40">
 *     <div class="widget-root">…the placeholder, then the React view…</div>
 *     <div class="widget-steps"><span class="fragment widget-step" data-step="1"></span>…</div>
 *   </div>
 *
 * Steps are hidden fragments: in present mode reveal shows them in turn, and the widget's step is
 * how many are visible, so →, ←, the speaker view and the widget's own buttons always agree.
 */

import type { WidgetLayout } from './widgetDefinition.ts';
import type { WidgetDetail } from './widgetDetail.ts';

/** Every live island (a broken one, with its error card, has no data-widget). */
export const ISLAND_SELECTOR = '.widget-island[data-widget]';
/** The node React renders into. */
export const ROOT_SELECTOR = '.widget-root';
const STEPS_SELECTOR = '.widget-steps';
const STEP_SELECTOR = '.widget-step';

/** What the runtime tells a mounted widget. */
export interface IslandState {
  /** Shown and free to animate (the current slide, on screen, not paused, not a still). */
  active: boolean;
  step: number;
}

/** How a widget moves its island: each mode implements these (present: through reveal). */
export interface IslandControls {
  /** Stage (present mode, a whole deck embedded) or page (read mode, a widget alone, print). */
  layout: WidgetLayout;
  state(): IslandState;
  goToStep(step: number): void;
  setStepCount(count: number): void;
}

/** A mounted island, as the runtime keeps it. */
export interface IslandHandle {
  update(): void;
  /** Stops animating at once and keeps the step it shows (its slide is moving away). */
  pause(): void;
  unmount(): void;
}

/** Hidden fragments, one per widget step: reveal shows them in turn, the island counts the visible ones. */
export function stepFragments(count: number): string {
  return Array.from(
    { length: count },
    (_, i) => `<span class="fragment widget-step" data-step="${i + 1}"></span>`,
  ).join('');
}

export function islandsIn(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(ISLAND_SELECTOR)];
}

export function widgetName(island: HTMLElement): string {
  return island.dataset.widget ?? '';
}

/** The widget's accessible name, e.g. "Request journey". */
export function widgetLabel(island: HTMLElement): string {
  return island.dataset.label ?? 'widget';
}

/** Where the widget was written (`file:line`, or the embed URL), for error cards. */
export function widgetSource(island: HTMLElement): string {
  return island.dataset.source ?? widgetName(island);
}

/**
 * The props the build (or the embed) validated. Unreadable props are `{}` (the widget's defaults
 * stand in), or with `strict`, an error: mounting a widget then shows it in the island.
 */
export function islandProps(
  island: HTMLElement,
  options: { strict?: boolean } = {},
): Record<string, unknown> {
  let props: unknown;
  try {
    props = JSON.parse(island.dataset.props ?? '{}');
  } catch (error) {
    if (options.strict) throw error;
  }
  if (props && typeof props === 'object' && !Array.isArray(props)) return props as Record<string, unknown>;
  if (options.strict) throw new Error(`the ${widgetLabel(island)} widget's props are not an object`);
  return {};
}

/** A print still may move the props (simulated time run on); the view reads them from here. */
export function setIslandProps(island: HTMLElement, props: Record<string, unknown>): void {
  island.dataset.props = JSON.stringify(props);
}

/** Steps already done when the slide opens (a journey shown from one hop on). */
export function firstStepOf(island: HTMLElement): number {
  return Number(island.dataset.firstStep ?? 0) || 0;
}

export function stepElements(island: HTMLElement): HTMLElement[] {
  return [...island.querySelectorAll<HTMLElement>(STEP_SELECTOR)];
}

/** Every step the widget has: those done when the slide opens and its fragments. */
export function stepCountOf(island: HTMLElement): number {
  return firstStepOf(island) + stepElements(island).length;
}

/** The step the island is at: the first step plus the visible step fragments. */
export function currentStep(island: HTMLElement): number {
  return firstStepOf(island) + stepElements(island).filter((s) => s.classList.contains('visible')).length;
}

/** Shows the fragments up to `step` (modes that do not walk steps through reveal). */
export function showSteps(island: HTMLElement, step: number): void {
  const target = step - firstStepOf(island);
  stepElements(island).forEach((s, i) => s.classList.toggle('visible', i < target));
}

/**
 * Another scenario with its own number of steps: its whole journey, from the browser on. Returns
 * the new fragments' holder, or null when the island already has exactly these steps.
 */
export function replaceSteps(island: HTMLElement, count: number): HTMLElement | null {
  const holder = island.querySelector<HTMLElement>(STEPS_SELECTOR);
  if (!holder || (stepElements(island).length === count && firstStepOf(island) === 0)) return null;
  island.dataset.firstStep = '0';
  holder.innerHTML = stepFragments(count);
  return holder;
}

/** Steps must not be scroll triggers in read mode: take them out of reveal's fragments. */
export function unfragmentSteps(root: ParentNode): void {
  for (const step of root.querySelectorAll(`${STEP_SELECTOR}.fragment`)) step.classList.remove('fragment');
}

/** Where an island is in its life: tests and print wait on it, CSS may style it. */
export type IslandLife = 'mounted' | 'unmounted' | 'error';

export function markIsland(island: HTMLElement, life: IslandLife): void {
  island.dataset.state = life;
}

export function islandLife(island: HTMLElement): IslandLife | undefined {
  return island.dataset.state as IslandLife | undefined;
}

/**
 * The presenter's detail, kept on the island as JSON for the speaker view's link
 * (speaker/presenterLink.ts, which reads this attribute and event by name: the speaker view
 * imports nothing of the deck's).
 */
export const DETAIL_ATTRIBUTE = 'data-detail';
export const DETAIL_EVENT = 'widgetdetail';

export function setIslandDetail(island: HTMLElement, detail: WidgetDetail): void {
  const json = JSON.stringify(detail);
  if (island.getAttribute(DETAIL_ATTRIBUTE) === json) return;
  island.setAttribute(DETAIL_ATTRIBUTE, json);
  island.dispatchEvent(new Event(DETAIL_EVENT, { bubbles: true }));
}

/*
 * D, the stage's Details key, belongs to the runtime: it knows which slide is shown, and it sees
 * the key while the widget's code is still arriving or its slide is still sliding in. The panel
 * belongs to the widget (kit/StageDetails.tsx). A request waits on the island (data-details-requests)
 * until the widget takes it, so a D pressed the moment a slide appears opens its Details once the
 * widget is there.
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
  const island = inside.closest<HTMLElement>(ISLAND_SELECTOR);
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
