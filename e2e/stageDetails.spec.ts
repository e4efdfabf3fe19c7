/**
 * The presenter's detail: on stage, every widget has a Details button (and the D key) opening a
 * panel with what the picture leaves out, in stage type. (The speaker view's copy of it is tested
 * with each widget: widgets.spec.ts, scaleOut.spec.ts.)
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect, openDeck, currentSlide, slideSettled } from './test.ts';
import { slide, slideHash } from './slides.ts';
import { measureCurrentSlide } from '../scripts/stage/measureStage.ts';
import { judgeSlide } from '../scripts/stage/stageFloors.ts';

/**
 * One slide per widget of the talk, with the widget's accessible name. `steps: false`: a widget
 * that runs by itself (the scale-out toy) has no step to take, and → would leave its slide.
 */
const WIDGET_SLIDES = [
  { title: 'Follow one request', widget: 'Request journey' },
  { title: 'Auto-scaling in action', widget: 'Scale-out', steps: false },
  { title: 'How Code Gets Deployed', widget: 'Deploy pipeline' },
  { title: 'Blue and green behind the ELB', widget: 'Blue-green deployment' },
];

for (const { title, widget, steps = true } of WIDGET_SLIDES) {
  test(`"${title}": Details opens the ${widget} widget's detail on stage, within the floors`, async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openDeck(page, `?view=present${slideHash(title)}`);
    const figure = currentSlide(page).getByRole('figure', { name: widget, exact: true });
    await expect(figure).toBeVisible({ timeout: 15_000 });
    // A step on, so a table has a row to show.
    if (steps) await page.keyboard.press('ArrowRight');
    // Not exact: no other control's name may contain "Details" (a user's getByRole would be ambiguous).
    const button = figure.getByRole('button', { name: 'Details' });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await button.click();
    const panel = page.getByRole('region', { name: `${widget} details` });
    await expect(panel).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(panel.getByRole('table').first()).toBeVisible();
    await slideSettled(page);
    const { h, v } = slide(title);
    const { misses } = judgeSlide(`#/${h}/${v}`, title, [await page.evaluate(measureCurrentSlide)]);
    expect(misses.filter((m) => !m.includes('elements'))).toEqual([]);
    const axe = await new AxeBuilder({ page }).include('.reveal .slides section.present').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    // D closes it again (and opens it: the key a presenter presses without the mouse).
    await page.keyboard.press('d');
    await expect(panel).toBeHidden();
    await page.keyboard.press('d');
    await expect(panel).toBeVisible();
  });
}

test('D pressed while a widget is still loading opens its Details once it is there', async ({ page }) => {
  // The widget's code arrives late, as on a slow network: the slide shows its still meanwhile.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/app\/BlueGreen[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await openDeck(page, `?view=present${slideHash('Blue and green behind the ELB')}`);
  const island = currentSlide(page).locator('.widget-island[data-widget]');
  await expect(island).not.toHaveAttribute('data-state', 'mounted');
  await page.keyboard.press('d');
  release();
  const figure = currentSlide(page).getByRole('figure', { name: 'Blue-green deployment', exact: true });
  await expect(figure.getByRole('button', { name: 'Details' })).toHaveAttribute('aria-expanded', 'true', {
    timeout: 15_000,
  });
  await expect(page.getByRole('region', { name: 'Blue-green deployment details' })).toBeVisible();
  // And D closes it again.
  await page.keyboard.press('d');
  await expect(page.getByRole('region', { name: 'Blue-green deployment details' })).toBeHidden();
});
