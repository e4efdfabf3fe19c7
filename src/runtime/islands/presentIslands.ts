/**
 * Widget islands in the deck: reveal.js owns the slides, React owns one node per widget. A widget
 * mounts when its slide is current or next to it (its code loads then), unmounts when it is far,
 * and is told whether it is active and which step it is at. The step is the number of its
 * fragments reveal shows, so →, ←, the speaker view and the widget's buttons always agree.
 */
import type { RevealApi } from 'reveal.js';
import { nearbySlides } from '../nearbySlides.ts';
import {
  currentStep,
  firstStepOf,
  forgetDetailsRequests,
  isDetailsKey,
  islandsIn,
  replaceSteps,
  requestDetails,
  showSteps,
  stepElements,
  type IslandControls,
} from '../../widgets/islandContract.ts';
import type { WidgetLayout } from '../../widgets/widgetDefinition.ts';
import { mountedIslands } from './loadIsland.ts';

interface IslandOptions {
  /** The speaker view's preview frames (`?receiver`) show a widget at its step, never running. */
  still: boolean;
  /** Stage for the deck; page for a widget embedded alone (`?embed&widget=`), a laptop-sized frame. */
  layout: WidgetLayout;
}

function controlsFor(
  island: HTMLElement,
  deck: RevealApi,
  refresh: () => void,
  { still, layout }: IslandOptions,
): IslandControls {
  const slide = island.closest('section') as HTMLElement;
  return {
    layout,
    state: () => ({
      active: !still && slide === deck.getCurrentSlide() && !deck.isOverview() && !deck.isPaused(),
      step: currentStep(island),
    }),
    goToStep(step) {
      const all = stepElements(island);
      const target = Math.max(0, Math.min(step - firstStepOf(island), all.length));
      if (slide === deck.getCurrentSlide() && all.length > 0) {
        // reveal numbers fragments; show everything up to this step's fragment (or hide the first).
        const index =
          target === 0
            ? Number(all[0].dataset.fragmentIndex) - 1
            : Number(all[target - 1].dataset.fragmentIndex);
        deck.navigateFragment(index);
      } else {
        showSteps(island, firstStepOf(island) + target);
        refresh();
      }
    },
    setStepCount(count) {
      if (!replaceSteps(island, count)) return;
      deck.syncFragments(slide);
      if (slide === deck.getCurrentSlide()) deck.navigateFragment(-1);
      refresh();
    },
  };
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
 * is told its step (it stopped animating on the change; reveal shows all of a past slide's
 * fragments, so told at once its widget would render its last step
 * while sliding away). Steps, the overview and pausing reach the current slide's islands at once.
 */
export function watchIslands(deck: RevealApi, options: IslandOptions): void {
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  const islands = mountedIslands((island) =>
    controlsFor(island, deck, () => islands.update(island), options),
  );
  const islandsOf = (slides: HTMLElement[]): HTMLElement[] => slides.flatMap((s) => islandsIn(s));
  const currentIslands = (): HTMLElement[] => {
    const current = deck.getCurrentSlide();
    return current ? islandsIn(current) : [];
  };
  const syncCurrent = (): void => {
    for (const island of currentIslands()) {
      islands.mount(island);
      islands.update(island);
    }
  };
  const settle = (): void => {
    clearTimeout(settleTimer);
    settleTimer = undefined;
    const near = new Set(islandsOf(nearbySlides(deck)));
    for (const island of near) islands.mount(island);
    for (const island of islands.all()) {
      if (near.has(island)) islands.update(island);
      else islands.unmount(island);
    }
  };
  const slideChanged = (event: Event): void => {
    const { previousSlide } = event as Event & { previousSlide?: HTMLElement };
    if (previousSlide) islandsIn(previousSlide).forEach(forgetDetailsRequests);
    currentIslands().forEach(islands.mount);
    clearTimeout(settleTimer);
    settleTimer = setTimeout(settle, SETTLE_FALLBACK_MS);
    afterNextPaint(() => {
      // The slide left stops animating (a running simulation would take frames from the slide
      // coming in), but only once the first frame of the move is out: pausing re-renders the
      // widget, and inside the key press that would start the transition later. It is told its
      // step once it has gone (settle).
      if (previousSlide && previousSlide !== deck.getCurrentSlide())
        islandsIn(previousSlide).forEach(islands.pause);
      if (settleTimer !== undefined && !slideMoving(deck.getCurrentSlide())) settle();
    });
  };
  // D opens the shown widget's Details even while its code loads or its slide slides in.
  if (options.layout === 'stage' && !options.still)
    document.addEventListener('keydown', (event) => {
      if (isDetailsKey(event) && !deck.isOverview() && !deck.isPaused())
        currentIslands().forEach(requestDetails);
    });
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
