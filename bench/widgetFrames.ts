/**
 * What a widget costs while it plays: main-thread script time per animation frame, and (for the
 * request journey) what it uses once its slide is left. Chromium's own ScriptDuration counter (CDP
 * Performance.getMetrics) is sampled every 100 ms with an in-page frame counter, so each window
 * gives script ms per frame; the table reports the median and p95 of those windows.
 */
import type { Browser } from '@playwright/test';
import { median, percentile } from './stats.ts';

const WINDOW_MS = 100;
const PLAY_MS = 6000;

declare global {
  interface Window {
    __frames?: number;
  }
}

/** Which widget to play, and how. */
export interface WidgetRun {
  /** Where the served deck is, and the slide with the widget (e.g. `#/2/3`). */
  origin: string;
  hash: string;
  /** Click the widget's Play button; false for a widget that plays by itself (its Play is disabled). */
  clickPlay: boolean;
  /** Text the slide's first `<output>` must show before measuring (the scale-out's "In service"). */
  firstOutput?: string;
  /** Slide `[h, v]` to go to afterwards, to measure what the widget costs once left. */
  leaveTo?: [number, number];
}

export interface WidgetFrames {
  medianMs: number;
  p95Ms: number;
  windows: number;
  /** Script ms per second after the slide was left (the widget should use none); with `leaveTo`. */
  idleScriptMsPerS?: number;
}

export async function measureWidgetFrames(browser: Browser, run: WidgetRun): Promise<WidgetFrames> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  try {
    // A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
    await page.addInitScript(
      'window.__frames = 0; (function tick() { window.__frames++; if (!window.__stop) requestAnimationFrame(tick); })();',
    );
    await page.goto(`${run.origin}/${run.hash}`);
    const slide = page.locator('section.present');
    await slide.locator('.widget-island[data-state="mounted"]').first().waitFor({ timeout: 30_000 });
    if (run.firstOutput !== undefined) {
      const shown = (await slide.locator('output').first().textContent({ timeout: 5_000 }))?.trim();
      if (shown !== run.firstOutput)
        throw new Error(
          `widget on ${run.hash} shows "${shown}" in its first output, not "${run.firstOutput}"`,
        );
    }
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const sample = async (): Promise<{ script: number; frames: number }> => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const script = metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
      return { script: script * 1000, frames: await page.evaluate(() => window.__frames ?? 0) };
    };
    const play = slide.getByRole('button', { name: 'Play' });
    if (run.clickPlay) await play.click();
    else if (!(await play.isDisabled())) throw new Error(`widget on ${run.hash} is not playing by itself`);
    const perFrame: number[] = [];
    let last = await sample();
    for (let t = 0; t < PLAY_MS; t += WINDOW_MS) {
      await page.waitForTimeout(WINDOW_MS);
      const now = await sample();
      const frames = now.frames - last.frames;
      if (frames > 0) perFrame.push((now.script - last.script) / frames);
      last = now;
    }
    const result: WidgetFrames = {
      medianMs: median(perFrame),
      p95Ms: percentile(perFrame, 95),
      windows: perFrame.length,
    };
    if (!run.leaveTo) return result;
    // Leave the slide while it plays: from then on the widget must cost nothing.
    await page.evaluate(`window.Reveal.slide(${run.leaveTo.join(', ')})`);
    // Stop the frame counter too, so what is left is the page's own work.
    await page.evaluate('window.__stop = true');
    await page.waitForTimeout(1000);
    const left = await sample();
    await page.waitForTimeout(2000);
    const later = await sample();
    return { ...result, idleScriptMsPerS: (later.script - left.script) / 2 };
  } finally {
    await context.close();
  }
}
