/**
 * Widget islands in the deck: reveal.js owns the slides, React owns one node per widget. A widget
 * mounts when its slide is current or next to it (its code loads then), unmounts when it is far,
 * and is told whether it is active and which step it is at. The step is the number of its
 * fragments reveal shows, so →, ←, the speaker view and the widget's buttons always agree.
 */
import type { RevealApi } from 'reveal.js';
import { nearbySlides } from '../nearbySlides.ts';
import { stepFragments } from '../../widgets/stepFragments.ts';
import { showErrorCard } from '../errorCard.ts';

export interface IslandState {
  active: boolean;
  step: number;
}

/** Steps already done when the slide opens (a journey shown from one hop on). */
export function firstStepOf(island: HTMLElement): number {
  return Number(island.dataset.firstStep ?? 0) || 0;
}

export interface IslandControls {
  state(): IslandState;
  goToStep(step: number): void;
  setStepCount(count: number): void;
}

export interface IslandHandle {
  update(): void;
  unmount(): void;
}

/** The speaker view loads the deck in `?receiver` frames: there widgets show their step, still. */
const isReceiver = (): boolean => /(^|[?&])receiver\b/.test(location.search);

function controlsFor(island: HTMLElement, deck: RevealApi, refresh: () => void): IslandControls {
  const slide = island.closest('section') as HTMLElement;
  const steps = (): HTMLElement[] => [...island.querySelectorAll<HTMLElement>('.widget-step')];
  return {
    state: () => ({
      active: !isReceiver() && slide === deck.getCurrentSlide() && !deck.isOverview() && !deck.isPaused(),
      step: firstStepOf(island) + steps().filter((s) => s.classList.contains('visible')).length,
    }),
    goToStep(step) {
      const all = steps();
      const target = Math.max(0, Math.min(step - firstStepOf(island), all.length));
      if (slide === deck.getCurrentSlide() && all.length > 0) {
        // reveal numbers fragments; show everything up to this step's fragment (or hide the first).
        const index =
          target === 0
            ? Number(all[0].dataset.fragmentIndex) - 1
            : Number(all[target - 1].dataset.fragmentIndex);
        deck.navigateFragment(index);
      } else {
        all.forEach((s, i) => s.classList.toggle('visible', i < target));
        refresh();
      }
    },
    setStepCount(count) {
      const holder = island.querySelector('.widget-steps');
      if (!holder || (steps().length === count && firstStepOf(island) === 0)) return;
      // Another scenario: its whole journey, from the browser on.
      island.dataset.firstStep = '0';
      holder.innerHTML = stepFragments(count);
      deck.syncFragments(slide);
      if (slide === deck.getCurrentSlide()) deck.navigateFragment(-1);
      refresh();
    },
  };
}

/**
 * Loads React and the widget's code and mounts it; if they cannot load (offline, a stale deploy)
 * or the widget is unknown, the island shows why. Every mode mounts its islands through this.
 */
export function loadIsland(island: HTMLElement, controls: IslandControls): Promise<IslandHandle | undefined> {
  return import('./mountIsland.tsx')
    .then(({ mountIsland }) => mountIsland(island, controls))
    .catch((error: unknown) => {
      island.dataset.state = 'error';
      const message = error instanceof Error ? error.message : String(error);
      showErrorCard(island, `The ${island.dataset.label ?? 'widget'} widget could not be loaded`, message);
      return undefined;
    });
}

/** If reveal reports no end of a slide transition, the islands settle after this long anyway. */
const SETTLE_FALLBACK_MS = 1000;

/** Runs `work` once the browser has painted the next frame. */
function afterNextPaint(work: () => void): void {
  requestAnimationFrame(() => setTimeout(work, 0));
}

/** Whether the slide (or its stack) is moving in: a CSS transition is running on it. */
function slideMoving(slide: HTMLElement | undefined): boolean {
  const moving = (el: Element | null | undefined): boolean =>
    !!el?.getAnimations?.().some((a) => a instanceof CSSTransition && a.playState === 'running');
  return moving(slide) || moving(slide?.parentElement?.closest('section'));
}

/**
 * Keeps islands in step with the deck without slowing the slide change. On a slide change only a
 * current island that is not there yet starts loading; everything else waits until the slide has
 * arrived (reveal's slidetransitionend, or the first frame when nothing moves): the current
 * slide's islands become active, the neighbours mount, far islands unmount, and the slide just left
 * is told (reveal shows all of a past slide's fragments, so its widget would render its last step
 * while sliding away). Steps, the overview and pausing reach the current slide's islands at once.
 */
export function watchIslands(deck: RevealApi): void {
  const mounted = new Map<HTMLElement, Promise<IslandHandle | undefined>>();
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  const islandsOf = (slides: HTMLElement[]): HTMLElement[] =>
    slides.flatMap((s) => [...s.querySelectorAll<HTMLElement>('.widget-island[data-widget]')]);
  const currentIslands = (): HTMLElement[] => {
    const current = deck.getCurrentSlide();
    return current ? islandsOf([current]) : [];
  };
  const update = (island: HTMLElement): void => void mounted.get(island)?.then((h) => h?.update());
  const mount = (island: HTMLElement): void => {
    if (mounted.has(island)) return;
    mounted.set(
      island,
      loadIsland(
        island,
        controlsFor(island, deck, () => update(island)),
      ),
    );
  };
  const syncCurrent = (): void => {
    for (const island of currentIslands()) {
      mount(island);
      update(island);
    }
  };
  const settle = (): void => {
    clearTimeout(settleTimer);
    settleTimer = undefined;
    const near = new Set(islandsOf(nearbySlides(deck)));
    for (const island of near) mount(island);
    for (const [island, handle] of mounted) {
      if (near.has(island)) update(island);
      else {
        mounted.delete(island);
        void handle.then((h) => h?.unmount());
      }
    }
  };
  const slideChanged = (): void => {
    currentIslands().forEach(mount);
    clearTimeout(settleTimer);
    settleTimer = setTimeout(settle, SETTLE_FALLBACK_MS);
    afterNextPaint(() => {
      if (settleTimer !== undefined && !slideMoving(deck.getCurrentSlide())) settle();
    });
  };
  deck.on('ready', settle);
  deck.on('slidechanged', slideChanged);
  deck.on('slidetransitionend', settle);
  for (const event of [
    'fragmentshown',
    'fragmenthidden',
    'overviewshown',
    'overviewhidden',
    'paused',
    'resumed',
  ])
    deck.on(event, syncCurrent);
}
