/**
 * Widget islands on paper (`?print-pdf`): every island is mounted at once (reveal's print view
 * shows all slides), as a still: inactive, so nothing animates, at the moment printStills.ts
 * picks, with a caption naming that moment. Loaded only in print mode, with React.
 */
import {
  islandProps,
  islandsIn,
  ROOT_SELECTOR,
  setIslandProps,
  stepCountOf,
  widgetName,
  type IslandControls,
} from '../../widgets/islandContract.ts';
import { widgetStill } from '../../widgets/printStills.ts';
import { loadIsland } from './loadIsland.ts';
import { untilTrue } from '../untilTrue.ts';
import { ERROR_CARD } from '../../shared/errorCardParts.ts';

/** React commits after root.render() returns: drawn means the view (or its error card) replaced the build's still. */
const drawn = (island: HTMLElement) => (): boolean =>
  !!island.querySelector(`${ROOT_SELECTOR} > :not(.widget-loading, .widget-still), .${ERROR_CARD.className}`);

async function mountStill(island: HTMLElement): Promise<void> {
  // Unreadable props stand as the defaults here; mountIsland shows the error in the island.
  const still = widgetStill(widgetName(island), islandProps(island), stepCountOf(island));
  // The view reads its props from the island; a still may move them (simulated time).
  setIslandProps(island, still.props);
  const controls: IslandControls = {
    layout: 'page',
    state: () => ({ active: false, step: still.step }),
    // A still has no steps to walk: the page shows one moment.
    goToStep: () => {},
    setStepCount: () => {},
  };
  if (!(await loadIsland(island, controls))) return;
  const caption = document.createElement('p');
  caption.className = 'widget-still-caption';
  caption.textContent = still.caption;
  island.append(caption);
  await untilTrue(island, drawn(island), { subtree: true, childList: true });
}

/** Mounts every island under `root` as a still; resolves when each is drawn (or shows its error). */
export async function mountStills(root: HTMLElement): Promise<void> {
  await Promise.all(islandsIn(root).map(mountStill));
}
