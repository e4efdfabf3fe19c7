/** Gunicorn workers: the controls by name, the story's steps, Supervisor restarting the master. */
import { test, expect, openDeck, currentSlide } from './test.ts';
import { slideHash } from './slides.ts';

const GUNICORN = slideHash("Gunicorn's workers under load");

async function widget(page: import('@playwright/test').Page) {
  const figure = currentSlide(page).getByRole('figure', { name: 'Gunicorn workers' });
  await expect(figure).toBeVisible({ timeout: 15_000 });
  return figure;
}

test('sits beside "Application Server (Gunicorn)" with its controls and outputs by name', async ({
  page,
}) => {
  await openDeck(page, GUNICORN);
  const figure = await widget(page);
  await expect(figure.getByRole('combobox', { name: 'Worker class' })).toHaveValue('sync');
  // 2 × cores + 1 for the instance's 2 cores (Gunicorn's docs)
  await expect(figure.getByRole('spinbutton', { name: 'Workers' })).toHaveValue('5');
  for (const name of ['Send a slow request', 'Kill the master', 'Play', 'Pause', 'Reset']) {
    await expect(figure.getByRole('button', { name, exact: true })).toBeVisible();
  }
  for (const name of ['Busy workers', 'Requests waiting', '502 responses', 'Supervisor']) {
    await expect(figure.getByLabel(name, { exact: true })).toBeVisible();
  }
  await expect(figure.getByLabel('Supervisor', { exact: true })).toHaveText('RUNNING');
  await expect(figure.getByLabel('502 responses', { exact: true })).toHaveText('0');
});

test('→ walks the story: the queue grows, --timeout gives 502s, Supervisor gives up', async ({ page }) => {
  await openDeck(page, GUNICORN);
  const figure = await widget(page);
  await figure.getByRole('button', { name: 'Pause' }).click();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ArrowRight');
  await expect(figure.getByLabel('Busy workers', { exact: true })).toHaveText('5');
  await expect(figure.getByLabel('Requests waiting', { exact: true })).not.toHaveText('0');
  await page.keyboard.press('ArrowRight');
  // Each of the five sync workers silent past 30 s: killed, re-forked, its request a 502.
  await expect(figure.getByLabel('502 responses', { exact: true })).toHaveText('5');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(figure.getByLabel('Supervisor', { exact: true })).toHaveText('FATAL');
  await expect(figure.getByRole('button', { name: 'supervisorctl start' })).toBeVisible();
});

test('Kill the master: Supervisor restarts gunicorn, STARTING then RUNNING', async ({ page }) => {
  await openDeck(page, GUNICORN);
  const figure = await widget(page);
  const supervisor = figure.getByLabel('Supervisor', { exact: true });
  await figure.getByRole('button', { name: 'Kill the master' }).click();
  await expect(supervisor).toHaveText('STARTING');
  await expect(supervisor).toHaveText('RUNNING', { timeout: 15_000 });
  await figure.getByRole('button', { name: 'Reset' }).click();
  await expect(figure.getByLabel('502 responses', { exact: true })).toHaveText('0');
});

test('the page layout (read mode) shows every worker and the event log', async ({ page }) => {
  await openDeck(page, `?view=scroll${GUNICORN}`);
  const figure = page.getByRole('figure', { name: 'Gunicorn workers' });
  await expect(figure).toBeVisible({ timeout: 15_000 });
  await expect(figure.getByRole('list', { name: 'Worker processes' }).getByRole('listitem')).toHaveCount(5);
  await expect(figure.getByRole('log')).toContainText('gunicorn running');
});
