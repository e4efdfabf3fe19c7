/**
 * The words the views and the presenter's tables share, and the tables themselves: what the
 * stage leaves out (every stage's status in words, and the tools the talk names at each).
 * Pure: the view publishes what `pipelineDetail` returns.
 */
import type { WidgetDetail } from '../widgetDetail.ts';
import { STAGES, type Lane, type PipelineView, type StageStatus } from './model.ts';

export const STATUS_TEXT: Record<StageStatus, string> = {
  done: 'done',
  current: 'the change is here',
  ahead: 'not yet',
  failed: 'failed: sent back',
  stopped: 'not reached',
};

export const LANES: readonly Lane[] = ['Review', 'Release', 'Ship'];

/** One table per lane: a lane has at most four stages, so the stage's panel shows every row. */
export function pipelineDetail(view: PipelineView): WidgetDetail {
  return LANES.map((lane) => ({
    caption: lane,
    columns: ['Stage', 'Status', 'Tools'],
    rows: STAGES.filter((stage) => stage.lane === lane).map((stage) => [
      stage.title,
      STATUS_TEXT[view.statuses[stage.id]],
      stage.tools.join(', ') || '—',
    ]),
  }));
}
