/**
 * Widget islands in read mode (reveal's scroll view). reveal's "current slide" follows the
 * scroll position only roughly there, so islands follow the page instead: a widget mounts when
 * its slide comes within a screen of the viewport, runs while at least half of it is on screen
 * (and the tab is visible), pauses when it leaves, and unmounts when far. Its steps are its own
 * buttons: the arrow keys scroll, so steps are not fragments here.
 */
import { firstStepOf, loadIsland, type IslandControls, type IslandHandle } from './presentIslands.ts';
import { stepFragments } from '../../widgets/stepFragments.ts';

/** Steps must not be scroll triggers in the scroll view: take them out of reveal's fragments. */
export function unfragmentSteps(root: ParentNode): void {
  for (const step of root.querySelectorAll('.widget-step.fragment')) step.classList.remove('fragment');
}

function readControls(island: HTMLElement, inView: () => boolean, refresh: () => void): IslandControls {
  const steps = (): HTMLElement[] => [...island.querySelectorAll<HTMLElement>('.widget-step')];
  return {
    state: () => ({
      active: inView() && document.visibilityState === 'visible',
      step: firstStepOf(island) + steps().filter((s) => s.classList.contains('visible')).length,
    }),
    goToStep(step) {
      const target = step - firstStepOf(island);
      steps().forEach((s, i) => s.classList.toggle('visible', i < target));
      refresh();
    },
    setStepCount(count) {
      const holder = island.querySelector('.widget-steps');
      if (!holder || (steps().length === count && firstStepOf(island) === 0)) return;
      island.dataset.firstStep = '0';
      holder.innerHTML = stepFragments(count);
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
  const islands = [...root.querySelectorAll<HTMLElement>('.widget-island[data-widget]')];
  const mounted = new Map<HTMLElement, Promise<IslandHandle | undefined>>();
  const visible = new Set<HTMLElement>();
  const update = (island: HTMLElement): void => void mounted.get(island)?.then((h) => h?.update());

  const mount = (island: HTMLElement): void => {
    if (mounted.has(island)) return;
    const controls = readControls(
      island,
      () => visible.has(island),
      () => update(island),
    );
    mounted.set(island, loadIsland(island, controls));
  };
  const unmount = (island: HTMLElement): void => {
    const handle = mounted.get(island);
    if (!handle) return;
    mounted.delete(island);
    void handle.then((h) => h?.unmount());
  };

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
