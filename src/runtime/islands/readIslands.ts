/**
 * Widget islands in read mode (reveal's scroll view). reveal's "current slide" follows the
 * scroll position only roughly there, so islands follow the page instead: a widget mounts when
 * its slide comes within a screen of the viewport, runs while at least half of it is on screen
 * (and the tab is visible), pauses when it leaves, and unmounts when far. Its steps are its own
 * buttons: the arrow keys scroll, so steps are not fragments here.
 */
import {
  currentStep,
  islandsIn,
  replaceSteps,
  showSteps,
  unfragmentSteps,
  type IslandControls,
} from '../../widgets/islandContract.ts';
import { mountedIslands } from './loadIsland.ts';

function readControls(island: HTMLElement, inView: () => boolean, refresh: () => void): IslandControls {
  return {
    layout: 'page',
    state: () => ({
      active: inView() && document.visibilityState === 'visible',
      step: currentStep(island),
    }),
    goToStep(step) {
      showSteps(island, step);
      refresh();
    },
    setStepCount(count) {
      const holder = replaceSteps(island, count);
      if (!holder) return;
      unfragmentSteps(holder);
      refresh();
    },
  };
}

/**
 * `scroller` is the scroll view's scrolling element (reveal scrolls the body, not the document):
 * the observers must use it as their root, or its clipping hides everything off screen and the
 * "near" and "far" margins never apply.
 */
export function watchIslandsInView(root: HTMLElement, scroller: HTMLElement | null): void {
  const islands = islandsIn(root);
  const visible = new Set<HTMLElement>();
  const { mount, update, unmount } = mountedIslands((island) =>
    readControls(
      island,
      () => visible.has(island),
      () => update(island),
    ),
  );

  // Near: within a screen above or below. Far: beyond three screens (unmounted, state dropped).
  const near = new IntersectionObserver(
    (entries) => entries.forEach((e) => e.isIntersecting && mount(e.target as HTMLElement)),
    { root: scroller, rootMargin: '100% 0px' },
  );
  const far = new IntersectionObserver(
    (entries) => entries.forEach((e) => !e.isIntersecting && unmount(e.target as HTMLElement)),
    { root: scroller, rootMargin: '300% 0px' },
  );
  const onScreen = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        const island = e.target as HTMLElement;
        if (e.intersectionRatio >= 0.5) visible.add(island);
        else visible.delete(island);
        update(island);
      }
    },
    { root: scroller, threshold: [0, 0.5, 1] },
  );
  for (const island of islands) {
    near.observe(island);
    far.observe(island);
    onScreen.observe(island);
  }
  document.addEventListener('visibilitychange', () => islands.forEach(update));
}
