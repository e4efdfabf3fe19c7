import { describe, expect, it } from 'vitest';
import { formatReport, judgeSlide } from './stageFloors.ts';

const moment = (
  smallestPx: number | null,
  characters: number,
  charactersAt24: number,
  elements?: number,
) => ({
  smallestPx,
  characters,
  charactersAt24,
  widgets: elements === undefined ? [] : [{ name: 'w', elements }],
});

describe('the stage floors', () => {
  it('pass a text slide drawn big', () => {
    expect(judgeSlide('#/1/0', 'Agenda', [moment(40, 120, 120)]).misses).toEqual([]);
  });

  it('take the worst moment over the opening and every step', () => {
    const report = judgeSlide('#/2/3', 'Journey', [moment(24, 100, 100, 80), moment(12.3, 100, 40, 254)]);
    expect(report.smallestPx).toBe(12.3);
    expect(report.shareAt24).toBe(0.4);
    expect(report.widgetElements).toBe(254);
    expect(report.misses).toEqual([
      'text at 12.3 px (floor 16)',
      '40 % of characters at 24 px or more (floor 90 %)',
      'a widget of 254 elements (at most 120)',
    ]);
  });

  it('say how many slides meet them, and fail the run when one does not', () => {
    const { text, ok } = formatReport([
      judgeSlide('#/0/0', 'Title', [moment(56, 20, 20)]),
      judgeSlide('#/1/0', 'Small', [moment(14, 20, 0)]),
    ]);
    expect(ok).toBe(false);
    expect(text).toContain('#/1/0 "Small": smallest 14.0 px, 0 % at 24 px+ — MISSES');
    expect(text).toContain('1 of 2 slides meet the stage floors');
  });
});
