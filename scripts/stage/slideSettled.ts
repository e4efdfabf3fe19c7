/** Waiting until a slide is shown as the audience sees it, for the screenshots, the stage check and the browser tests. */
import type { Frame, Page } from '@playwright/test';

/**
 * Resolves once the current slide is still and drawn: fonts loaded, no slide transition running
 * (a widget's own CSS animations may run on), every diagram on it drawn or failed, every widget on
 * it mounted or showing its error card; then two frames, so what was committed is painted.
 */
export async function slideSettled(target: Page | Frame): Promise<void> {
  await target.waitForFunction(() => {
    const slide = document.querySelector('.reveal .slides section.present:not(.stack)');
    if (document.fonts.status !== 'loaded') return false;
    const moving = document
      .querySelector('.reveal')
      ?.getAnimations({ subtree: true })
      .some((a) => a instanceof CSSTransition && a.playState === 'running');
    if (moving || document.querySelector('.mermaid-diagram[data-rendered="pending"]')) return false;
    if (!slide) return true;
    const diagramsDone = [...slide.querySelectorAll<HTMLElement>('.mermaid-diagram')].every((d) =>
      ['true', 'error'].includes(d.dataset.rendered ?? ''),
    );
    const widgetsDone = [...slide.querySelectorAll<HTMLElement>('.widget-island[data-widget]')].every((w) =>
      ['mounted', 'error'].includes(w.dataset.state ?? ''),
    );
    return diagramsDone && widgetsDone;
  });
  await target.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}
