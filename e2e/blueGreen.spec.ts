/** Blue-green deployment: steps, Deploy, Break green, Roll back, and what the counters show. */
import { test, expect, openDeck, currentSlide } from './test.ts';
import { slideHash } from './slides.ts';

const SWAP = slideHash('Blue and green behind the ELB');

async function widget(page: import('@playwright/test').Page) {
  const figure = currentSlide(page).getByRole('figure', { name: 'Blue-green deployment' });
  await expect(figure).toBeVisible({ timeout: 15_000 });
  return figure;
}

test('the widget shows its controls, outputs and instances by name', async ({ page }) => {
  await openDeck(page, SWAP);
  const figure = await widget(page);
  for (const name of ['Deploy', 'Break green', 'Roll back', 'Reset', 'Next step', 'Previous step']) {
    await expect(figure.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await expect(figure.getByLabel('Blue in service', { exact: true })).toHaveText('2');
  await expect(figure.getByLabel('Green in service', { exact: true })).toHaveText('0');
  await expect(figure.getByLabel('Requests failed', { exact: true })).toHaveText('0');
  const items = figure.getByRole('list', { name: 'Instances' }).getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText(/blue.*in service/i);
});

test('→ walks the swap: green launches, passes its checks, both serve, blue drains, is kept, goes', async ({
  page,
}) => {
  await openDeck(page, SWAP);
  const figure = await widget(page);
  const list = figure.getByRole('list', { name: 'Instances' });
  await page.keyboard.press('ArrowRight');
  await expect(list).toContainText(/green.*pending/i);
  await page.keyboard.press('ArrowRight');
  // One pool behind a Classic Load Balancer: both colours are in service together.
  await expect(figure.getByLabel('Green in service', { exact: true })).toHaveText('2');
  await expect(figure.getByLabel('Blue in service', { exact: true })).toHaveText('2');
  await page.keyboard.press('ArrowRight');
  await expect(list).toContainText(/blue.*draining/i);
  await expect(figure.getByLabel('Blue in service', { exact: true })).toHaveText('0');
  await figure.getByRole('button', { name: 'Next step' }).click();
  await expect(list).toContainText(/blue.*standby/i);
  await figure.getByRole('button', { name: 'Next step' }).click();
  await expect(figure.getByRole('list', { name: 'Instances' })).not.toContainText(/blue/i, {
    timeout: 15_000,
  });
  // A healthy swap fails no request, on either version, while both served: on stage the counts
  // per colour are in the Details panel.
  await expect(figure.getByLabel('Requests failed', { exact: true })).toHaveText('0');
  await figure.getByRole('button', { name: 'Details' }).click();
  const requests = figure
    .getByRole('region', { name: 'Blue-green deployment details' })
    .getByRole('table', { name: /^Requests by colour at / });
  const rows = requests.locator('tbody tr');
  await expect(rows.nth(0).locator('td')).toHaveText(['blue', /^[1-9]\d*$/, '0']);
  await expect(rows.nth(1).locator('td')).toHaveText(['green', /^[1-9]\d*$/, '0']);
});

test('on stage the event log and the per-instance counts are one key away, in Details', async ({ page }) => {
  await openDeck(page, SWAP);
  const figure = await widget(page);
  await expect(figure.getByRole('log')).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('d');
  const details = figure.getByRole('region', { name: 'Blue-green deployment details' });
  await expect(figure.getByRole('button', { name: 'Details' })).toHaveAttribute('aria-expanded', 'true');
  await expect(details.getByRole('table', { name: 'Events' })).toContainText('passed 10 health checks');
  const instances = details.getByRole('table', { name: /^Instances at / }).locator('tbody tr');
  await expect(instances).toHaveCount(4);
  await expect(instances.first().locator('td')).toHaveText([
    'i-1',
    'blue',
    'in service',
    /^[1-9]\d*$/,
    /^\d/,
  ]);
  await page.keyboard.press('d');
  await expect(details).toHaveCount(0);
});

for (const [where, path] of [
  ['read mode', `?view=scroll${SWAP}`],
  ['an embedded widget', '?embed&widget=blue-green'],
] as const) {
  test(`${where} shows every count, each instance's served requests and the log`, async ({ page }) => {
    await openDeck(page, path);
    const figure = page.getByRole('figure', { name: 'Blue-green deployment' });
    await expect(figure).toBeVisible({ timeout: 15_000 });
    await expect(figure.getByRole('log', { name: 'Events' })).toContainText(
      'in service behind the load balancer',
    );
    const figures = figure.locator('.widget-figures div');
    await expect(figures.filter({ hasText: 'Failed: blue / green' }).locator('dd')).toHaveText('0 / 0');
    await expect(figures.filter({ hasText: 'Served: blue / green' }).locator('dd')).toHaveText(
      /^[1-9]\d* \/ 0$/,
    );
    await expect(figure.getByRole('list', { name: 'Instances' }).getByRole('listitem').first()).toContainText(
      /blue.*i-1.*in service.*[1-9]\d* served/i,
    );
    await expect(figure.getByRole('button', { name: 'Details' })).toHaveCount(0);
  });
}

test('with green broken, the swap never happens and blue keeps serving', async ({ page }) => {
  await openDeck(page, SWAP);
  const figure = await widget(page);
  await figure.getByRole('button', { name: 'Break green' }).click();
  await expect(figure.getByRole('button', { name: 'Break green' })).toHaveAttribute('aria-pressed', 'true');
  await figure.getByRole('button', { name: 'Deploy' }).click();
  await expect(figure).toContainText('the swap never happened', { timeout: 30_000 });
  await expect(figure.getByLabel('Blue in service', { exact: true })).toHaveText('2');
  await expect(figure.getByLabel('Requests failed', { exact: true })).toHaveText('0');
});

test('Roll back during draining puts blue back once it passes its health checks', async ({ page }) => {
  await openDeck(page, SWAP);
  const figure = await widget(page);
  for (let i = 0; i < 3; i++) await figure.getByRole('button', { name: 'Next step' }).click();
  await expect(figure.getByRole('button', { name: 'Roll back' })).toBeEnabled();
  await figure.getByRole('button', { name: 'Roll back' }).click();
  // A re-registered instance waits out 10 health checks 30 s apart: the wait is shown, not hidden.
  await expect(figure).toContainText('Rolling back');
  await expect(figure.getByLabel('Blue in service', { exact: true })).toHaveText('0');
  await expect(figure.getByRole('list', { name: 'Instances' })).toContainText(/blue.*pending/i);
  await expect(figure).toContainText('Rolled back', { timeout: 60_000 });
  await expect(figure.getByLabel('Blue in service', { exact: true })).toHaveText('2');
  await expect(figure.getByLabel('Requests failed', { exact: true })).toHaveText('0');
});
