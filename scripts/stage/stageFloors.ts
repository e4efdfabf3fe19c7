/**
 * The stage's floors (the developers' guide and the stage-size issue): on the 1280×720 slide every
 * text at least 16 px (12 pt), at least 90 % of a slide's characters at 24 px (18 pt) or more, and a
 * mounted widget at most ~120 elements at any step. Pure: judging and wording the measurements.
 */
import type { StageMeasure } from './measureStage.ts';

export const FLOORS = { smallestPx: 16, shareAt24: 0.9, widgetElements: 120 };

export interface SlideReport {
  where: string;
  title: string;
  /** The worst over the slide's opening and every step. */
  smallestPx: number | null;
  shareAt24: number | null;
  widgetElements: number | null;
  misses: string[];
}

export function judgeSlide(where: string, title: string, moments: StageMeasure[]): SlideReport {
  const sizes = moments.map((m) => m.smallestPx).filter((px): px is number => px !== null);
  const shares = moments.filter((m) => m.characters > 0).map((m) => m.charactersAt24 / m.characters);
  const elements = moments.flatMap((m) => m.widgets.map((w) => w.elements));
  const smallestPx = sizes.length ? Math.min(...sizes) : null;
  const shareAt24 = shares.length ? Math.min(...shares) : null;
  const widgetElements = elements.length ? Math.max(...elements) : null;
  const misses: string[] = [];
  if (smallestPx !== null && smallestPx < FLOORS.smallestPx - 0.5)
    misses.push(`text at ${smallestPx.toFixed(1)} px (floor ${FLOORS.smallestPx})`);
  if (shareAt24 !== null && shareAt24 < FLOORS.shareAt24)
    misses.push(`${percent(shareAt24)} of characters at 24 px or more (floor ${percent(FLOORS.shareAt24)})`);
  if (widgetElements !== null && widgetElements > FLOORS.widgetElements)
    misses.push(`a widget of ${widgetElements} elements (at most ${FLOORS.widgetElements})`);
  return { where, title, smallestPx, shareAt24, widgetElements, misses };
}

const percent = (share: number): string => `${Math.round(share * 100)} %`;

export function formatReport(reports: SlideReport[]): { text: string; ok: boolean } {
  const lines = reports.map((r) => {
    const figures = [
      r.smallestPx === null ? 'no text' : `smallest ${r.smallestPx.toFixed(1)} px`,
      r.shareAt24 === null ? '' : `${percent(r.shareAt24)} at 24 px+`,
      r.widgetElements === null ? '' : `widget ${r.widgetElements} elements`,
    ].filter(Boolean);
    const verdict = r.misses.length ? `MISSES: ${r.misses.join('; ')}` : 'ok';
    return `${r.where} "${r.title}": ${figures.join(', ')} — ${verdict}`;
  });
  const missed = reports.filter((r) => r.misses.length > 0).length;
  lines.push(
    '',
    `${reports.length - missed} of ${reports.length} slides meet the stage floors ` +
      `(text ≥ ${FLOORS.smallestPx} px, ${percent(FLOORS.shareAt24)} of characters ≥ 24 px, widgets ≤ ${FLOORS.widgetElements} elements, at every step).`,
  );
  return { text: lines.join('\n'), ok: missed === 0 };
}
