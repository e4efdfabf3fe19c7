import { describe, expect, it } from 'vitest';
import { buildScenario } from './model.ts';
import { DETAIL_CAPTION, journeyDetail, packetLabelOf, whereOf } from './journeyView.ts';

describe('the journey as text', () => {
  it('gives the presenter one row per step done, with a running total and the illustrative mark', () => {
    const steps = buildScenario('slow-query').steps;
    const [table] = journeyDetail(steps, steps.length);
    expect(table.caption).toBe(DETAIL_CAPTION);
    expect(table.rows).toHaveLength(steps.length);
    const timeout = steps.findIndex((s) => !s.illustrative);
    expect(table.rows[timeout][2]).toBe(steps[timeout].ms.toLocaleString('en'));
    expect(table.rows[0][2]).toBe(`${steps[0].ms}*`);
    const total = steps.reduce((sum, s) => sum + s.ms, 0);
    expect(table.rows.at(-1)![3]).toBe(total.toLocaleString('en'));
    expect(journeyDetail(steps, 0)[0].rows).toEqual([]);
  });

  it('says where a step is, which way it goes and the status it carries', () => {
    const steps = buildScenario('http-redirect').steps;
    const redirect = steps.find((s) => s.status === 301)!;
    expect(whereOf(redirect)).toMatch(/ · 301 ←$/);
    expect(packetLabelOf(redirect)).toBe('response 301');
    expect(packetLabelOf(steps[0])).toBe('request');
    expect(packetLabelOf(undefined)).toBe('');
  });
});
