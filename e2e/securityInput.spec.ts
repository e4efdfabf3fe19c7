/**
 * Security (issue 7): nothing from the URL (every query option the deck reads, reveal's config
 * names, the hash) or from a message (its method, args, namespace and type, from our own origin
 * and a foreign one, and the speaker window's messages) reaches a page as HTML or runs. Each
 * script-bearing value would set window.__xss; it stays unset, no dialog opens, no CSP violation
 * is reported, and a value the page shows is shown as the text it is.
 */
import type { Frame, Page } from '@playwright/test';
import type { RevealApi } from 'reveal.js';
import { test, expect, expectNothingInjected, PAYLOADS } from './securityWatch.ts';
import { messagesHandled, openDeck } from './test.ts';
import { slide, slideHash, walkTo } from './slides.ts';
import { WIDGETS } from '../src/widgets/registry.ts';
import { FIXTURE_URL } from '../playwright.config.ts';

/** Where a page shows part of a payload, it shows all of it, as text. */
async function expectShownAsText(target: Page | Frame, payload: string): Promise<void> {
  const text = await target.evaluate(() => document.body.innerText);
  if (text.includes('__xss')) expect(text).toContain(payload);
}

async function visit(page: Page, path: string, payload: string): Promise<void> {
  await page.goto('about:blank');
  await openDeck(page, path);
  // A widget embed shows its widget or its error card once the widget's code has arrived.
  if (/[?&]widget=/.test(path)) await page.locator('.embed-widget').first().waitFor();
  await expectNothingInjected(page.frames());
  await expectShownAsText(page, payload);
}

/** Every query option the deck reads, each given the payload (as its value, or as its name). */
function queryCases(payload: string): string[] {
  const e = encodeURIComponent(payload);
  const cases = [
    `?view=${e}`,
    `?embed=${e}`,
    `?embed&widget=${e}`,
    `?print-pdf=${e}`,
    `?print-pdf&notes=${e}`,
    `?receiver=${e}`,
    `?receiver&controls=${e}&postMessageEvents=${e}`,
    `?notes=${e}`,
    `?${e}`,
  ];
  for (const [name, widget] of WIDGETS) {
    cases.push(`?embed&widget=${name}&${e}=1`);
    for (const prop of Object.keys(widget.schema)) cases.push(`?embed&widget=${name}&${prop}=${e}`);
  }
  return cases;
}

for (const [i, payload] of PAYLOADS.entries()) {
  test(`query options never become HTML (payload ${i + 1})`, async ({ page }) => {
    test.setTimeout(180_000);
    for (const path of queryCases(payload)) await visit(page, path, payload);
    // A value named in an error card is shown whole, as text.
    await visit(page, `?embed&widget=${encodeURIComponent(payload)}`, payload);
    await expect(page.getByRole('alert')).toContainText(payload);
  });

  test(`reveal's config names and the hash never become HTML (payload ${i + 1})`, async ({ page }) => {
    test.setTimeout(180_000);
    await openDeck(page);
    const names = await page.evaluate(() =>
      Object.keys((window as unknown as { Reveal: RevealApi }).Reveal.getConfig()),
    );
    expect(names).toEqual(expect.arrayContaining(['keyboard', 'postMessage', 'postMessageEvents']));
    const e = encodeURIComponent(payload);
    const config = names.map((name) => `${name}=${e}`).join('&');
    for (const mode of ['', 'view=scroll&', 'embed&', 'print-pdf&', 'receiver&']) {
      await visit(page, `?${mode}${config}`, payload);
      await visit(page, `?${mode.replace(/&$/, '')}#/${e}`, payload);
      await visit(page, `?${mode.replace(/&$/, '')}#${e}`, payload);
    }
  });
}

/** Message shapes with the payload in every field: reveal's API, the speaker view's, ours. */
function messages(payload: string): unknown[] {
  const p = payload;
  return [
    p,
    { method: p, args: [p], namespace: p, type: p },
    JSON.stringify({ method: p, args: [p] }),
    JSON.stringify({ method: 'slide', args: [p, p, p] }),
    JSON.stringify({ method: 'setState', args: [{ indexh: p, indexv: p, indexf: p, previewIframe: p }] }),
    JSON.stringify({ method: 'configure', args: [{ slideNumber: p }] }),
    JSON.stringify({ namespace: p, type: p, eventName: p, state: p }),
    JSON.stringify({ namespace: 'reveal-notes', type: p, notes: p }),
    JSON.stringify({ namespace: 'reveal-notes', type: 'heartbeat' }),
    JSON.stringify({ namespace: 'reveal-notes', type: 'call', methodName: p, arguments: [p], callId: p }),
    JSON.stringify({ namespace: 'reveal-notes', type: 'connected' }),
    JSON.stringify({ namespace: 'reveal', eventName: p, state: { indexh: p } }),
    { type: 'stack-tour:height', height: p },
  ];
}

/** Posts every message to `target` (the sender's own window, or its frame); resolves once all are handled. */
async function postAll(from: Page, to: 'self' | Frame, list: unknown[]): Promise<void> {
  await from.evaluate(
    ({ self, list }) => {
      const target = self ? window : document.querySelector('iframe')!.contentWindow!;
      for (const message of list) target.postMessage(message, '*');
    },
    { self: to === 'self', list },
  );
  await messagesHandled(to === 'self' ? from : to);
}

test('messages from our own origin never become HTML', async ({ page, pageErrors }) => {
  for (const payload of PAYLOADS) {
    await page.goto('about:blank');
    await openDeck(page, slideHash('Load Balancing'));
    await postAll(page, 'self', messages(payload));
    await expectNothingInjected(page.frames());
    await expectShownAsText(page, payload);
    // The deck still presents.
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { Reveal: RevealApi }).Reveal.getIndices().h))
      .toBe(slide('Load Balancing').h + 1);
  }
  // reveal's own API throws on slide indices that are not numbers (`slide`, `setState`): an
  // error, not script. Any other page error still fails the test.
  const revealTypeError = /^page error: Cannot read properties of undefined/;
  const other = pageErrors.filter((e) => !revealTypeError.test(e));
  pageErrors.length = 0;
  pageErrors.push(...other);
});

test('messages from a foreign origin are ignored, hostile or not', async ({ page, baseURL }) => {
  // A page of another origin (the fixture server's port) with the deck in a frame.
  await page.goto(`${new URL(FIXTURE_URL).origin}/__foreign.html`);
  await page.setContent(
    `<!doctype html><title>Foreign</title><iframe src="${baseURL}?embed${slideHash('Auto-scaling')}" title="deck"></iframe>`,
  );
  const deck = page.frames().find((f) => f.url().startsWith(baseURL!))!;
  await deck.locator('html[data-deck-ready]').waitFor({ state: 'attached' });
  const indices = () => deck.evaluate(() => (window as unknown as { Reveal: RevealApi }).Reveal.getIndices());
  const elsewhere = slide('Database (PostgreSQL)');
  for (const payload of PAYLOADS) {
    await postAll(page, deck, [
      ...messages(payload),
      JSON.stringify({ method: 'slide', args: [elsewhere.h, elsewhere.v] }),
      JSON.stringify({ method: 'configure', args: [{ keyboard: true, postMessage: true }] }),
    ]);
    await expectNothingInjected([deck]);
    await expectShownAsText(deck, payload);
  }
  const { h, v } = slide('Auto-scaling');
  expect(await indices()).toMatchObject({ h, v });
});

test('the speaker window shows notes from messages as text and formatting only', async ({
  page,
  context,
}) => {
  const shown = slide('Load Balancing');
  await openDeck(page, slideHash(shown.title));
  const popupPromise = context.waitForEvent('page');
  await page.keyboard.press('s');
  const popup = await popupPromise;
  const notes = popup.locator('.speaker-controls-notes .value');
  await expect(notes).toContainText('single front door', { timeout: 15_000 });
  /** The window that opened the speaker view sends what a hostile state message would carry. */
  const send = (fields: Record<string, unknown>) =>
    page.evaluate(
      ({ f, at }) => {
        const speaker = window.open('', 'reveal.js - Notes')!;
        // The slide the presenter is on, so only the message's other fields could change the notes.
        const state = { indexh: at.h, indexv: at.v };
        for (const type of ['state', 'connect', 'return', 'call'])
          speaker.postMessage(
            JSON.stringify({ namespace: 'reveal-notes', type, state, ...f }),
            location.origin,
          );
      },
      { f: fields, at: { h: shown.h, v: shown.v } },
    );
  for (const payload of PAYLOADS) {
    await send({ notes: payload, url: payload, callId: payload, result: payload, methodName: payload });
    await expect(notes).toHaveText(payload);
    await expectNothingInjected([popup]);
  }
  // Formatting arrives as data; only text-formatting tags and safe links are built from it.
  await send({
    notes: 'x',
    notesTree: [
      { tag: 'img', href: 'x', children: [] },
      { tag: 'script', children: ['window.__xss=1'] },
      { tag: 'a', href: 'javascript:window.__xss=1', children: ['link'] },
      { tag: 'em', children: ['kept', { tag: 'iframe', children: [] }] },
      { tag: 'a', href: 'https://example.com/', children: ['out'] },
    ],
  });
  await expect(notes.locator('em')).toHaveText('kept');
  expect(await notes.locator('img, script, iframe, [href^="javascript:" i]').count()).toBe(0);
  await expect(notes.getByText('link')).not.toHaveAttribute('href');
  await expect(notes.getByRole('link', { name: 'out' })).toHaveAttribute('rel', 'noopener noreferrer');
  await expectNothingInjected([popup]);
  // The speaker window ignores its own messages: only its opener and its frames are heard.
  await popup.evaluate(
    (m) => window.postMessage(m, '*'),
    JSON.stringify({
      namespace: 'reveal-notes',
      type: 'state',
      notes: 'forged',
      state: { indexh: 0, indexv: 0 },
    }),
  );
  await messagesHandled(popup);
  await expect(notes).not.toHaveText('forged');
  await walkTo(page, shown.title, 'Auto-scaling');
  await expect(notes).toContainText('auto-scaling', { timeout: 15_000 });
});

test('speaker.html opened by itself, with a hostile URL, stays inert', async ({ page, baseURL }) => {
  for (const payload of PAYLOADS) {
    const e = encodeURIComponent(payload);
    await page.goto(`${baseURL}speaker.html?${e}=${e}#${e}`);
    await expect(page.getByRole('status')).toContainText('press S in the presentation');
    await expectNothingInjected([page]);
  }
});
