/**
 * Widget islands on paper (`?print-pdf`): every island is mounted at once (reveal's print view
 * shows all slides), as a still: inactive, so nothing animates, at the moment stills.ts picks,
 * with a caption naming that moment. Loaded only in print mode, with React.
 */
import { firstStepOf, loadIsland, type IslandControls } from './presentIslands.ts';
import { widgetStill } from '../../widgets/printStills.ts';

/** Resolves once `done()` holds for `node`, checked again on every change under it. */
function when(node: HTMLElement, done: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (done()) return resolve();
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(node, { subtree: true, childList: true });
  });
}

/** React commits after root.render() returns: drawn means the view (or its error card) is in. */
const drawn = (island: HTMLElement) => (): boolean =>
  !!island.querySelector('.widget-root > :not(.widget-loading), .deck-error');

async function mountStill(island: HTMLElement): Promise<void> {
  const name = island.dataset.widget ?? '';
  const stepCount = firstStepOf(island) + island.querySelectorAll('.widget-step').length;
  let props: Record<string, unknown> = {};
  try {
    props = JSON.parse(island.dataset.props ?? '{}') as Record<string, unknown>;
  } catch {
    // mountIsland parses the same text and shows the error in the island.
  }
  const still = widgetStill(name, props, stepCount);
  // mountIsland reads the props from the island; a still may move them (simulated time).
  island.dataset.props = JSON.stringify(still.props);
  const controls: IslandControls = {
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
  await when(island, drawn(island));
}

/** Mounts every island under `root` as a still; resolves when each is drawn (or shows its error). */
export async function mountStills(root: HTMLElement): Promise<void> {
  const islands = [...root.querySelectorAll<HTMLElement>('.widget-island[data-widget]')];
  await Promise.all(islands.map(mountStill));
}
