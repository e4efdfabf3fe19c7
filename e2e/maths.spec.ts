/**
 * Maths typeset at build time (e2e/fixtures/features/61-maths.md): KaTeX's HTML on the slide, its
 * MathML for screen readers, KaTeX's fonts from the deck's own origin, and no maths engine, console
 * error or policy violation in the page.
 */
import type { Page } from '@playwright/test';
import { test, expect, currentSlide, openDeck } from './test.ts';
import { openFeatureSlide } from './slides.ts';

/** Where the screenshots go, to be looked at (they are not compared). */
const SHOTS = process.env.MATHS_SHOTS ?? 'test-results/maths';

test.use({ viewport: { width: 1280, height: 720 } });

/** Console errors and Content-Security-Policy violations, from before the page's first script. */
async function watchProblems(page: Page): Promise<() => Promise<string[]>> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`policy violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return async () => [
    ...problems,
    ...(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)),
  ];
}

async function open(page: Page, name: string): Promise<void> {
  await openFeatureSlide(page, name);
  await page.evaluate(() => document.fonts.ready);
}

test('display maths is typeset, readable by screen readers, and fits the slide', async ({ page }) => {
  const problems = await watchProblems(page);
  await open(page, 'Display maths');
  const slide = currentSlide(page);
  const display = slide.locator('.katex-display');
  await expect(display).toBeVisible();
  // MathML with the TeX as its annotation: what a screen reader reads (the HTML is aria-hidden).
  await expect(slide.locator('math[display="block"] annotation[encoding="application/x-tex"]')).toContainText(
    '\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}',
  );
  await expect(slide.getByRole('math')).toHaveCount(1);
  await expect(slide.locator('.katex-html')).toHaveAttribute('aria-hidden', 'true');
  // Dollars in prose and shell in code stay as written.
  await expect(slide.getByText('Chalk costs $5 and $10 a box')).toBeVisible();
  await expect(slide.locator('code', { hasText: '$ npm test' })).toBeVisible();
  await expect(slide.locator('code', { hasText: '$HOME' })).toBeVisible();

  const slideBox = (await slide.boundingBox())!;
  const formula = (await display.locator('.katex-html').boundingBox())!;
  expect(formula.x).toBeGreaterThanOrEqual(slideBox.x);
  expect(formula.x + formula.width).toBeLessThanOrEqual(slideBox.x + slideBox.width);
  // Big enough to read from the back: taller than the slide's text line.
  expect(formula.height).toBeGreaterThan(60);
  // KaTeX's own fonts, from the deck's origin, are the ones drawing it.
  expect(await page.evaluate(() => document.fonts.check('48px KaTeX_Main'))).toBe(true);
  const fontFaces = await page.evaluate(() =>
    [...document.fonts]
      .filter((f) => f.family.startsWith('KaTeX') && f.status === 'loaded')
      .map((f) => f.family),
  );
  expect(fontFaces).toContain('KaTeX_Main');
  await page.screenshot({ path: `${SHOTS}/display-maths.png` });
  expect(await problems()).toEqual([]);
});

test('inline maths in backticks and in a paragraph is typeset', async ({ page }) => {
  const problems = await watchProblems(page);
  await open(page, 'Inline maths');
  const slide = currentSlide(page);
  const tex = slide.locator('annotation[encoding="application/x-tex"]');
  await expect(tex).toHaveText([
    'f: A \\mapsto B',
    'g: B \\mapsto C',
    'g \\circ f',
    'e^{i\\pi} + 1 = 0',
    /\(g \\circ f\)\(x\) = g\\big\(f\(x\)\\big\)/,
  ]);
  await expect(slide.locator('.katex').first()).toBeVisible();
  // The backticks were only there to keep markdown off the backslashes: none is shown.
  await expect(slide).not.toContainText('`');
  await expect(slide).not.toContainText('\\(');
  await expect(slide.locator('code')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/inline-maths.png` });
  expect(await problems()).toEqual([]);
});

test('a ```math block is display maths that fits the slide; raw HTML has maths too', async ({ page }) => {
  const problems = await watchProblems(page);
  await open(page, 'Math block');
  const slide = currentSlide(page);
  await expect(slide.locator('.maths .katex-display')).toBeVisible();
  await expect(slide.locator('annotation')).toHaveText([
    /^\s*\\left\( \\sum_{k=1}\^n a_k b_k \\right\)/,
    '\\sqrt{a^2 + b^2}',
  ]);
  await expect(slide.locator('.maths-note .katex')).toBeVisible();
  await expect(slide.locator('.maths-note')).not.toContainText('`');
  const slideBox = (await slide.boundingBox())!;
  const formula = (await slide.locator('.maths .katex-html').boundingBox())!;
  expect(formula.x + formula.width).toBeLessThanOrEqual(slideBox.x + slideBox.width);
  await page.screenshot({ path: `${SHOTS}/math-block.png` });
  expect(await problems()).toEqual([]);
});

test('a formula KaTeX cannot read is shown as written, as code', async ({ page }) => {
  await open(page, 'Maths KaTeX cannot read');
  const slide = currentSlide(page);
  await expect(slide.locator('code.maths-unread')).toHaveText('\\(\\unknowncommand{x}\\)');
  await expect(slide.locator('.katex')).toHaveCount(0);
});

test('a deck without maths ships no KaTeX stylesheet or font', async ({ page }) => {
  await openDeck(page);
  const sheets = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((l) => l.href),
  );
  expect(sheets.length).toBeGreaterThan(0);
  for (const href of sheets) expect(await (await page.request.get(href)).text()).not.toContain('KaTeX');
  expect(await page.evaluate(() => [...document.fonts].some((f) => f.family.startsWith('KaTeX')))).toBe(
    false,
  );
});
