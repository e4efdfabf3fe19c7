/**
 * Loading and keeping islands, for every mode: React and a widget's code arrive with the first
 * island that needs them; the modes decide when (present: near the current slide; read: near the
 * viewport; print: all at once) and hand in their controls.
 */
import {
  markIsland,
  widgetLabel,
  type IslandControls,
  type IslandHandle,
} from '../../widgets/islandContract.ts';
import { showErrorCard } from '../errorCard.ts';

/** The card an island shows when its code cannot load (offline, a stale deploy). */
export function showCannotLoad(island: HTMLElement, error: unknown): void {
  markIsland(island, 'error');
  const message = error instanceof Error ? error.message : String(error);
  showErrorCard(island, `The ${widgetLabel(island)} widget could not be loaded`, message);
}

/**
 * Loads React and the widget's code and mounts it; if they cannot load or the widget is unknown,
 * the island shows why.
 */
export function loadIsland(island: HTMLElement, controls: IslandControls): Promise<IslandHandle | undefined> {
  return import('./mountIsland.tsx')
    .then(({ mountIsland }) => mountIsland(island, controls))
    .catch((error: unknown) => {
      showCannotLoad(island, error);
      return undefined;
    });
}

/** The islands a mode has mounted: each loads once, is told of changes, and unmounts when far. */
export function mountedIslands(controlsFor: (island: HTMLElement) => IslandControls) {
  const mounted = new Map<HTMLElement, Promise<IslandHandle | undefined>>();
  return {
    mount(island: HTMLElement): void {
      if (!mounted.has(island)) mounted.set(island, loadIsland(island, controlsFor(island)));
    },
    update(island: HTMLElement): void {
      void mounted.get(island)?.then((h) => h?.update());
    },
    pause(island: HTMLElement): void {
      void mounted.get(island)?.then((h) => h?.pause());
    },
    unmount(island: HTMLElement): void {
      const handle = mounted.get(island);
      if (!handle) return;
      mounted.delete(island);
      void handle.then((h) => h?.unmount());
    },
    /** Every island mounted now (a copy: unmounting while iterating is safe). */
    all(): HTMLElement[] {
      return [...mounted.keys()];
    },
  };
}
