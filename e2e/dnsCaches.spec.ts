/** DNS caches: visits answered by the nearest cache, the ELB moving, alias vs hand-made A record. */
import { test, expect, openDeck, currentSlide } from './test.ts';
import { slideHash } from './slides.ts';

const DNS = slideHash('DNS Lookup, cached');

async function widget(page: import('@playwright/test').Page) {
  const figure = currentSlide(page).getByRole('figure', { name: 'DNS caches' });
  await expect(figure).toBeVisible({ timeout: 15_000 });
  return figure;
}

test('sits right after "At a Glance" with its controls and outputs by name', async ({ page }) => {
  await openDeck(page, DNS);
  const figure = await widget(page);
  for (const name of ['Visit quorum.us', 'The ELB moves', 'Reset', 'Advance the clock 1 minute']) {
    await expect(figure.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await expect(figure.getByRole('combobox', { name: 'Record' })).toBeVisible();
  await expect(figure.getByLabel('Answered by', { exact: true })).toHaveText('—');
  await expect(figure.getByRole('list', { name: 'Caches' }).getByRole('listitem')).toHaveCount(3);
});

test('the alias is followed within a minute of the ELB moving', async ({ page }) => {
  await openDeck(page, DNS);
  const figure = await widget(page);
  await figure.getByRole('button', { name: 'Visit quorum.us' }).click();
  await expect(figure.getByLabel('Answered by', { exact: true })).toHaveText('Route 53');
  await expect(figure.getByLabel('Browser TTL left', { exact: true })).toHaveText('60 s');
  await figure.getByRole('button', { name: 'Advance the clock 10 seconds' }).click();
  await figure.getByRole('button', { name: 'Visit quorum.us' }).click();
  await expect(figure.getByLabel('Answered by', { exact: true })).toHaveText('Browser cache');
  await expect(figure.getByLabel('Lookup time', { exact: true })).toHaveText('0 ms');
  await figure.getByRole('button', { name: 'The ELB moves' }).click();
  await figure.getByRole('button', { name: 'Visit quorum.us' }).click();
  await expect(figure.getByLabel('Visitor reached', { exact: true })).toHaveText('203.0.113.10');
  await figure.getByRole('button', { name: 'Advance the clock 1 minute' }).click();
  await figure.getByRole('button', { name: 'Visit quorum.us' }).click();
  await expect(figure.getByLabel('Visitor reached', { exact: true })).toHaveText('203.0.113.11');
});

test('with a hand-made A record, → walks to a minute on and the visitor still reaches the old address', async ({
  page,
}) => {
  await openDeck(page, DNS);
  const figure = await widget(page);
  await figure.getByRole('combobox', { name: 'Record' }).selectOption('a-record');
  await expect(figure.getByRole('button', { name: 'Update the A record' })).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(figure.getByLabel('Answered by', { exact: true })).toHaveText('OS cache');
  await expect(figure.getByLabel('Visitor reached', { exact: true })).toHaveText('203.0.113.10');
  await page.keyboard.press('d');
  await expect(
    figure.getByRole('region', { name: 'DNS caches details' }).getByRole('table', { name: 'Events' }),
  ).toContainText('the ELB moved');
});
