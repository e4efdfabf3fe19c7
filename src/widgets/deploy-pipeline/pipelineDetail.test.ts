import { describe, expect, it } from 'vitest';
import { STAGE_DETAIL_ROWS } from '../widgetDetail.ts';
import { pipelineAt, STAGES, STEP_COUNT } from './model.ts';
import { pipelineDetail, STATUS_TEXT } from './pipelineDetail.ts';

describe('pipelineDetail', () => {
  it('is one table per lane, every stage once, each short enough for the stage’s panel', () => {
    const detail = pipelineDetail(pipelineAt(3, 'none'));
    expect(detail.map((t) => t.caption)).toEqual(['Review', 'Release', 'Ship']);
    expect(detail.flatMap((t) => t.rows.map((row) => row[0]))).toEqual(STAGES.map((s) => s.title));
    for (const table of detail) expect(table.rows.length).toBeLessThanOrEqual(STAGE_DETAIL_ROWS);
  });

  it('says each stage’s status in the words the page uses, and the tools the talk names there', () => {
    const view = pipelineAt(STEP_COUNT, 'qa');
    const rows = pipelineDetail(view).flatMap((t) => t.rows);
    STAGES.forEach((stage, i) => {
      expect(rows[i][1]).toBe(STATUS_TEXT[view.statuses[stage.id]]);
      expect(rows[i][2]).toBe(stage.tools.join(', ') || '—');
    });
    expect(rows.map((row) => row[1])).toEqual([
      'done',
      'done',
      'done',
      'failed: sent back',
      'not reached',
      'not reached',
      'not reached',
      'not reached',
      'not reached',
    ]);
  });
});
