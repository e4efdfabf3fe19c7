/**
 * What the back of the room sees on the current slide: the size of every visible character, in
 * pixels of the 1280×720 slide, and how many elements each mounted widget has. Runs in the page
 * (passed to page.evaluate), so it uses nothing from outside its own body.
 *
 * Rendered size is the computed font size times the scale the text is drawn at: for HTML, the
 * element's on-screen width over its layout width (every ancestor transform, reveal's included);
 * for SVG text, its screen matrix. Dividing by reveal's own scale gives pixels of the slide.
 */
export interface StageMeasure {
  /** Smallest rendered text on the slide, px of the 1280×720 slide (null: no text). */
  smallestPx: number | null;
  /** Visible characters, and those drawn at 24 px or more. */
  characters: number;
  charactersAt24: number;
  /** Elements under each mounted widget's root, by widget name. */
  widgets: { name: string; elements: number }[];
}

export function measureCurrentSlide(): StageMeasure {
  const reveal = (window as unknown as { Reveal: { getScale(): number; getCurrentSlide(): Element } }).Reveal;
  const slide = reveal.getCurrentSlide();
  const slideScale = reveal.getScale() || 1;
  let smallest: number | null = null;
  let characters = 0;
  let charactersAt24 = 0;

  const drawnScale = (el: Element): number => {
    if (el instanceof SVGGraphicsElement) return el.getScreenCTM()?.a ?? 1;
    let box: Element | null = el;
    while (box instanceof HTMLElement && box.offsetWidth === 0) box = box.parentElement;
    if (!(box instanceof HTMLElement)) return 1;
    return box.getBoundingClientRect().width / box.offsetWidth;
  };

  const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.replace(/\s+/g, '') ?? '';
    const el = node.parentElement;
    if (!text || !el) continue;
    // Not on stage: the notes, the widget's step fragments, scripts, styles, hidden or faded text.
    if (el.closest('aside.notes, .widget-steps, script, style, .visually-hidden')) continue;
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const px = (parseFloat(getComputedStyle(el).fontSize) * drawnScale(el)) / slideScale;
    smallest = smallest === null ? px : Math.min(smallest, px);
    characters += text.length;
    // Half a pixel of rounding (a 24 px font drawn at 23.99) still counts as 24.
    if (px >= 23.5) charactersAt24 += text.length;
  }
  const widgets = [...slide.querySelectorAll<HTMLElement>('.widget-island[data-widget]')].map((island) => ({
    name: island.dataset.widget ?? '',
    elements: island.querySelector('.widget-root')?.querySelectorAll('*').length ?? 0,
  }));
  return { smallestPx: smallest, characters, charactersAt24, widgets };
}
