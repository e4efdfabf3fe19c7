/**
 * What the request-journey widget costs while it plays: main-thread script time per animation
 * frame, and what it uses once its slide is left. Chromium's own ScriptDuration counter (CDP
 * Performance.getMetrics) is sampled every 100 ms with an in-page frame counter, so each window
 * gives script ms per frame; the table reports the median and p95 of those windows.
 */
import type { Browser } from '@playwright/test';

const JOURNEY_HASH = '#/2/3';
const WINDOW_MS = 100;
const PLAY_MS = 6000;

declare global {
  interface Window {
    __frames?: number;
  }
}

function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

export interface WidgetFrames {
  medianMs: number;
  p95Ms: number;
  windows: number;
  /** Script ms per second after the slide was left (the widget should use none). */
  idleScriptMsPerS: number;
}

export async function measureWidgetFrames(browser: Browser, origin: string): Promise<WidgetFrames> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  try {
    // A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
    await page.addInitScript(
      'window.__frames = 0; (function tick() { window.__frames++; if (!window.__stop) requestAnimationFrame(tick); })();',
    );
    await page.goto(`${origin}/${JOURNEY_HASH}`);
    await page.locator('.widget-island[data-state="mounted"]').first().waitFor({ timeout: 30_000 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const sample = async (): Promise<{ script: number; frames: number }> => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const script = metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
      return { script: script * 1000, frames: await page.evaluate(() => window.__frames ?? 0) };
    };
    await page.locator('section.present').getByRole('button', { name: 'Play' }).click();
    const perFrame: number[] = [];
    let last = await sample();
    for (let t = 0; t < PLAY_MS; t += WINDOW_MS) {
      await page.waitForTimeout(WINDOW_MS);
      const now = await sample();
      const frames = now.frames - last.frames;
      if (frames > 0) perFrame.push((now.script - last.script) / frames);
      last = now;
    }
    // Leave the slide while it plays: from then on the widget must cost nothing.
    await page.evaluate('window.Reveal.slide(3, 0)');
    // Stop the frame counter too, so what is left is the page's own work.
    await page.evaluate('window.__stop = true');
    await page.waitForTimeout(1000);
    const left = await sample();
    await page.waitForTimeout(2000);
    const later = await sample();
    return {
      medianMs: percentile(perFrame, 50),
      p95Ms: percentile(perFrame, 95),
      windows: perFrame.length,
      idleScriptMsPerS: (later.script - left.script) / 2,
    };
  } finally {
    await context.close();
  }
}
