/**
 * Embed mode: the deck, or one widget, in an iframe of a wiki page. The wiki page is written into
 * a page of the test server's origin, or of the fixture server's (another origin). Not served by
 * page.route: Chromium's local network checks block a loopback frame in a page that no loopback
 * server answered (net::ERR_BLOCKED_BY_LOCAL_NETWORK_ACCESS_CHECKS).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, openDeck, currentSlide, messagesHandled, slideSettled } from './test.ts';
import { FIXTURE_URL } from '../playwright.config.ts';
import { slide, slideBeside, slideHash } from './slides.ts';

const AUTO_SCALING = slideHash('Auto-scaling');
/** The slide under Auto-scaling: where ↓ leads. */
const BELOW = slideBeside('Auto-scaling', 'ArrowDown');
const FIRST = slideHash("Quorum's Tech Stack");

const FRAME_WIDTH = 800;

/**
 * A wiki page with the deck at `src` (relative to the deck) in a frame: it records the messages
 * the frame sends (window.messages) and sizes the frame by the height messages, as a wiki would.
 */
async function openWiki(page: Page, baseURL: string, src: string, origin = new URL(baseURL).origin) {
  const frameSrc = new URL(src, baseURL).href;
  // The servers answer 404 here: the page only has to come from that origin.
  await page.goto(`${origin}/__wiki.html`);
  await page.setContent(`<!doctype html><html lang="en"><head><title>Wiki</title></head><body><main>
    <h1>Onboarding</h1><button id="before">Before the deck</button>
    <script>
      window.messages = [];
      addEventListener('message', (e) => {
        window.messages.push(e.data);
        if (e.data && e.data.type === 'stack-tour:height')
          document.querySelector('iframe').style.height = e.data.height + 'px';
      });
    </script>
    <iframe src="${frameSrc}" title="Stack Tour" style="width: ${FRAME_WIDTH}px; height: 300px; border: 0"></iframe>
    </main></body></html>`);
  const frame = page.frameLocator('iframe');
  await frame.locator('html[data-deck-ready]').waitFor({ state: 'attached' });
  const deckFrame = page.frames().find((f) => f.url().startsWith(frameSrc.split('#')[0]))!;
  const indices = () =>
    deckFrame.evaluate(() =>
      (window as unknown as { Reveal: import('reveal.js').RevealApi }).Reveal.getIndices(),
    );
  return { frame, deckFrame, indices };
}

for (const query of ['?embed', '?embed&keyboard=true&postMessage=true']) {
  test(`${query}: keys stay with the wiki page until a click in the frame`, async ({ page, baseURL }) => {
    const { frame, indices } = await openWiki(page, baseURL!, `${query}${AUTO_SCALING}`);
    await expect(frame.getByRole('heading', { name: 'Auto-scaling' })).toBeVisible();
    const start = await indices();
    // Keys go to the focused document only, at once: had the frame taken them, it would show now.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    expect(await indices()).toEqual(start);
    await frame.getByRole('heading', { name: 'Auto-scaling' }).click();
    await page.keyboard.press('ArrowDown');
    await expect.poll(indices).toMatchObject({ h: BELOW.h, v: BELOW.v });
  });
}

test('tabbing into the frame gives the deck the keys too', async ({ page, baseURL }) => {
  const { indices } = await openWiki(page, baseURL!, `?embed${AUTO_SCALING}`);
  await page.locator('#before').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await expect.poll(indices).toMatchObject({ h: BELOW.h, v: BELOW.v });
});

test('the deck fills the frame and no controls cover it', async ({ page, baseURL }) => {
  const { frame } = await openWiki(page, baseURL!, `?embed${AUTO_SCALING}`);
  await expect(page.locator('iframe')).toHaveCSS('height', '450px');
  const box = await frame.locator('.reveal').boundingBox();
  const frameBox = await page.locator('iframe').boundingBox();
  expect(box).toMatchObject({ width: frameBox!.width, height: frameBox!.height });
  await expect(frame.locator('.reveal .controls')).toBeHidden();
  await expect(frame.locator('.reveal .slide-number')).toBeHidden();
  await expect(frame.getByRole('button')).toHaveCount(0);
});

test('the frame tells the page the height its content needs', async ({ page, baseURL }) => {
  await openWiki(page, baseURL!, `?embed${AUTO_SCALING}`);
  const heights = () =>
    page.evaluate(() =>
      (window as unknown as { messages: { type?: string; height?: number }[] }).messages
        .filter((m) => m?.type === 'stack-tour:height')
        .map((m) => m.height),
    );
  // A slide at the frame's width: 800 × 720 / 1280.
  await expect.poll(heights).toContain(450);
  await expect(page.locator('iframe')).toHaveCSS('height', '450px');
  await page.locator('iframe').evaluate((f) => (f.style.width = '640px'));
  await expect.poll(heights).toContain(360);
});

test('a widget alone: the frame grows to show all of it', async ({ page, baseURL }) => {
  const { frame } = await openWiki(page, baseURL!, '?embed&widget=scale-out');
  const widget = frame.getByRole('figure', { name: 'Scale-out', exact: true });
  await expect(widget).toBeVisible({ timeout: 15_000 });
  const height = () => page.evaluate(() => document.querySelector('iframe')!.getBoundingClientRect().height);
  await expect.poll(height).toBeGreaterThan(300);
  const frameBox = (await page.locator('iframe').boundingBox())!;
  const box = (await widget.boundingBox())!;
  expect(box.width).toBeGreaterThan(frameBox.width * 0.9);
  expect(box.y + box.height).toBeLessThanOrEqual(frameBox.y + frameBox.height + 1);
});

test('?embed&widget=scale-out shows the Scale-out widget and nothing else', async ({ page }) => {
  await openDeck(page, '?embed&widget=scale-out');
  await expect(page.getByRole('figure', { name: 'Scale-out', exact: true })).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('.reveal .slides section')).toHaveCount(1);
  await expect(page.locator('.widget-island[data-widget]')).toHaveCount(1);
  await expect(page.getByRole('figure', { name: 'Request journey' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Auto-scaling' })).toHaveCount(0);
});

for (const [query, name, check] of [
  ['gunicorn-workers&workerClass=gevent&cores=4', 'Gunicorn workers', 'Worker class'],
  ['dns-cache&record=a-record', 'DNS caches', 'Record'],
  ['ssh-bastion&opens=ssh-direct', 'Developer access', 'Result'],
] as const) {
  test(`?embed&widget=${query} shows ${name} alone, as the page, with its props`, async ({ page }) => {
    await openDeck(page, `?embed&widget=${query}`);
    const alone = page.getByRole('figure', { name, exact: true });
    await expect(alone).toBeVisible({ timeout: 15_000 });
    await expect(page.locator('.widget-island[data-widget]')).toHaveCount(1);
    await expect(alone.getByRole('button', { name: 'Details' })).toHaveCount(0);
    if (check === 'Worker class') {
      await expect(alone.getByRole('combobox', { name: check })).toHaveValue('gevent');
      // 2 × 4 cores + 1
      await expect(alone.getByRole('spinbutton', { name: 'Workers' })).toHaveValue('9');
    } else if (check === 'Record') {
      await expect(alone.getByRole('combobox', { name: check })).toHaveValue('a-record');
    } else {
      await expect(alone.getByLabel(check, { exact: true })).toHaveText('Timed out');
    }
  });
}

test('the deploy pipeline alone is drawn as the page; inside the whole deck, for the stage', async ({
  page,
}) => {
  await openDeck(page, '?embed&widget=deploy-pipeline&failure=qa');
  const alone = page.getByRole('figure', { name: 'Deploy pipeline' });
  await expect(alone).toBeVisible({ timeout: 15_000 });
  await expect(alone.getByRole('combobox', { name: 'What goes wrong' })).toHaveValue('qa');
  for (let i = 0; i < 5; i++) await alone.getByRole('button', { name: 'Next step' }).click();
  // Every status written on its card, the step counted in words, no Details panel.
  const merge = alone.getByRole('listitem').filter({ hasText: 'Merge into master' }).locator('.dp-status');
  await expect(merge).toHaveText('not reached');
  expect((await merge.boundingBox())!.height).toBeGreaterThan(10);
  await expect(alone).toContainText('Step 5 of 9');
  await expect(alone.getByRole('button', { name: 'Details' })).toHaveCount(0);
  await page.goto('about:blank');
  await openDeck(page, `?embed${slideHash('How Code Gets Deployed')}`);
  const inDeck = currentSlide(page).getByRole('figure', { name: 'Deploy pipeline' });
  await expect(inDeck.getByRole('button', { name: 'Details' })).toBeVisible({ timeout: 15_000 });
  await expect(inDeck.getByRole('button', { name: 'Next step' })).toHaveText('→');
});

test('props come from the URL: a scenario, numbers', async ({ page }) => {
  await openDeck(page, '?embed&widget=request-journey&scenario=slow-query');
  const journey = page.getByRole('figure', { name: 'Request journey' });
  await expect(journey).toBeVisible({ timeout: 15_000 });
  await expect(journey.getByRole('combobox', { name: 'Scenario' })).toHaveValue('slow-query');
  // After a click in the widget, → walks its steps, as in the talk.
  await journey.getByRole('button', { name: 'Next step' }).click();
  await page.keyboard.press('ArrowRight');
  await expect(journey.getByRole('table', { name: 'Timeline' }).locator('tbody tr')).toHaveCount(2);
  await page.goto('about:blank');
  await openDeck(page, '?embed&widget=scale-out&traffic=120&seed=3');
  await expect(page.getByRole('slider', { name: 'Traffic' })).toHaveValue('120', { timeout: 15_000 });
});

test('a widget alone is a page and a whole deck embedded is a stage: the journey’s timeline', async ({
  page,
}) => {
  await openDeck(page, '?embed&widget=request-journey');
  const alone = page.getByRole('figure', { name: 'Request journey' });
  await alone.getByRole('button', { name: 'Next step' }).click({ timeout: 15_000 });
  await expect(alone.getByRole('table', { name: 'Timeline' }).locator('tbody tr')).toHaveCount(1);
  await expect(alone.getByRole('button', { name: 'Details', exact: true })).toHaveCount(0);
  await page.goto('about:blank');
  await openDeck(page, `?embed${slideHash('Follow one request')}`);
  const staged = currentSlide(page).getByRole('figure', { name: 'Request journey' });
  await staged.getByRole('button', { name: 'Next step' }).click({ timeout: 15_000 });
  await expect(staged.getByRole('table', { name: 'Timeline', exact: true })).toHaveCount(0);
  await staged.getByRole('button', { name: 'Details', exact: true }).click();
  await expect(
    staged.getByRole('region', { name: 'Request journey details' }).locator('tbody tr'),
  ).toHaveCount(1);
});

test('an unknown widget or a bad prop is an error card', async ({ page }) => {
  await openDeck(page, '?embed&widget=nope');
  const unknown = page.getByRole('alert');
  await expect(unknown).toContainText('unknown widget "nope" (known widgets: request-journey, scale-out');
  for (const name of ['deploy-pipeline', 'blue-green']) await expect(unknown).toContainText(name);
  await page.goto('about:blank');
  await openDeck(page, '?embed&widget=scale-out&speed=fast&colour=red');
  const card = page.getByRole('alert');
  await expect(card).toContainText('prop "speed" must be a number from 1 to 60, not "fast"');
  await expect(card).toContainText('unknown prop "colour"');
});

test('a hostile URL shows as text, never as HTML', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  for (const evil of ['<img src=x onerror=alert(1)>', '<script>alert(2)</script>']) {
    const e = encodeURIComponent(evil);
    for (const query of [`widget=${e}`, `widget=scale-out&${e}=1`, `widget=request-journey&scenario=${e}`]) {
      await page.goto('about:blank');
      await openDeck(page, `?embed&${query}`);
      await expect(page.getByRole('alert')).toContainText(evil);
      await expect(page.locator('.reveal img, .reveal script')).toHaveCount(0);
    }
  }
  // No script-bearing element was built (above), so nothing could open a dialog.
  expect(dialogs).toEqual([]);
});

test('reveal’s postMessage API obeys the deck’s own origin, not another', async ({ page, baseURL }) => {
  const first = slide("Quorum's Tech Stack");
  const target = slide('Database (PostgreSQL)');
  const move = JSON.stringify({ method: 'slide', args: [target.h] });
  const own = await openWiki(page, baseURL!, `?embed${FIRST}`);
  await page.evaluate((m) => document.querySelector('iframe')!.contentWindow!.postMessage(m, '*'), move);
  await expect.poll(own.indices).toMatchObject({ h: target.h });

  const foreign = await openWiki(
    page,
    baseURL!,
    `?embed&postMessage=true${FIRST}`,
    new URL(FIXTURE_URL).origin,
  );
  await page.evaluate((m) => document.querySelector('iframe')!.contentWindow!.postMessage(m, '*'), move);
  await messagesHandled(foreign.deckFrame);
  expect(await foreign.indices()).toMatchObject({ h: first.h });
});

test('the Embed button gives the iframe snippet for the current slide', async ({ page }) => {
  await openDeck(page, AUTO_SCALING);
  const button = page.getByRole('button', { name: 'Embed', exact: true });
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Embed this slide' });
  await expect(dialog).toBeVisible();
  const snippet = dialog.getByRole('textbox').first();
  const src = new RegExp(
    `^<iframe src="http://127\\.0\\.0\\.1:\\d+/static/onboarding/\\?embed${AUTO_SCALING}"`,
  );
  await expect(snippet).toHaveValue(src);
  await expect(snippet).toHaveValue(/title="[^"]+: Auto-scaling".*loading="lazy"/);
  // Keys in the dialog are the dialog's: the slide stays.
  await page.keyboard.press('ArrowRight');
  await expect(currentSlide(page).getByRole('heading', { name: 'Auto-scaling' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
  await expect(page.locator('.reveal')).not.toHaveClass(/overview/);
});

test('E opens it on a widget slide, with a snippet for the widget alone, and Copy copies', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openDeck(page, slideHash('Gunicorn in action'));
  await page.keyboard.press('e');
  const dialog = page.getByRole('dialog', { name: 'Embed this slide' });
  await expect(dialog).toBeVisible();
  const widgetSnippet = dialog.getByRole('textbox', { name: /Request journey/ });
  await expect(widgetSnippet).toHaveValue(
    /\?embed&amp;widget=request-journey&amp;scenario=slow-query&amp;start=gunicorn"/,
  );
  await dialog.getByRole('button', { name: 'Copy the Request journey widget snippet' }).click();
  await expect(dialog.getByRole('status')).toContainText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await widgetSnippet.inputValue());
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`),
  ).toEqual([]);
}

test('axe finds no violation in the embedded deck, a widget alone, an error card, the dialog', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await openDeck(page, `?embed${AUTO_SCALING}`);
  await slideSettled(page);
  await expectNoAxeViolations(page);
  for (const query of ['?embed&widget=scale-out', '?embed&widget=request-journey&scenario=slow-query']) {
    await page.goto('about:blank');
    await openDeck(page, query);
    await expect(page.locator('.widget-island')).toHaveAttribute('data-state', 'mounted', {
      timeout: 15_000,
    });
    await expectNoAxeViolations(page);
  }
  await page.goto('about:blank');
  await openDeck(page, '?embed&widget=nope');
  await expectNoAxeViolations(page);
  await page.goto('about:blank');
  await openDeck(page, slideHash('Follow one request'));
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoAxeViolations(page);
});
