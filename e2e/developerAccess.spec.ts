/** Developer access (SSH bastion): the story's steps, the commands, the switches and the logs. */
import { test, expect, openDeck, currentSlide } from './test.ts';
import { slideHash } from './slides.ts';

const SERVERS = slideHash('Servers behind the bastion');
const DATABASE = slideHash('Developer Access');

async function widget(page: import('@playwright/test').Page) {
  const figure = currentSlide(page).getByRole('figure', { name: 'Developer access' });
  await expect(figure).toBeVisible({ timeout: 15_000 });
  return figure;
}

test('→ walks the story: timeout, connected, permission denied, tunnel, timeout', async ({ page }) => {
  await openDeck(page, SERVERS);
  const figure = await widget(page);
  const result = figure.getByLabel('Result', { exact: true });
  for (const expected of ['Timed out', 'Connected', 'Permission denied', 'Connected', 'Timed out']) {
    await page.keyboard.press('ArrowRight');
    await expect(result).toHaveText(expected);
  }
  await expect(figure.getByText(/fast-forwarded/).first()).toBeVisible();
});

test('a missing rule times out, a missing key is refused, and the bastion logs it', async ({ page }) => {
  await openDeck(page, DATABASE);
  const figure = await widget(page);
  const result = figure.getByLabel('Result', { exact: true });
  await expect(result).toHaveText('Connected');
  const tunnel = figure.getByRole('button', { name: /^ssh -L 5432:/ });
  await figure.getByRole('switch', { name: 'db-sg: 5432 from bastion-sg' }).click();
  await tunnel.click();
  await expect(result).toHaveText('Timed out');
  await expect(figure.getByLabel('Layer', { exact: true })).toHaveText(/^Network/);
  await figure.getByRole('switch', { name: 'db-sg: 5432 from bastion-sg' }).click();
  const key = figure.getByRole('switch', { name: 'Key on the bastion' });
  await key.click();
  await expect(key).toHaveAttribute('aria-checked', 'false');
  await tunnel.click();
  await expect(result).toHaveText('Permission denied');
  await expect(figure.getByLabel('Layer', { exact: true })).toHaveText(/^Key/);
  await figure.getByRole('button', { name: 'Details' }).click();
  await expect(figure.getByRole('log', { name: 'Terminal' })).toContainText('Permission denied (publickey)');
  await expect(figure.getByRole('log', { name: 'Bastion log' })).toContainText(
    'Connection closed by authenticating user',
  );
  await figure.getByRole('button', { name: 'Reset' }).click();
  await expect(result).toHaveText('Connected');
});
