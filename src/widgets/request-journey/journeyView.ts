/**
 * What both layouts say about the journey, as text: the packet's label, the timeline's rows and
 * the presenter's detail (the timeline as a table of strings). Pure, so it is tested in Node.
 */
import type { JourneyStep } from './model.ts';
import type { WidgetDetail } from '../widgetDetail.ts';

/** The packet's label at a step: which way it travels, and the status a response carries. */
export function packetLabelOf(step: JourneyStep | undefined): string {
  if (!step) return '';
  if (step.direction === 'request') return 'request';
  return `response${step.status ? ` ${step.status}` : ''}`;
}

/** A step's place in the timeline: its label, status and direction ("nginx: … · 301 ←"). */
export function whereOf(step: JourneyStep): string {
  return `${step.label}${step.status ? ` · ${step.status}` : ''}${step.direction === 'response' ? ' ←' : ' →'}`;
}

/** What the narration says before the first step (the page puts the scenario's summary first). */
export const START_PROMPT = 'Press Next step (or →) to follow the request.';

export const ms = (value: number): string => value.toLocaleString('en');

/** The caption of the presenter's timeline: its accessible name starts "Timeline". */
export const DETAIL_CAPTION = 'Timeline (* illustrative latency)';

/** The steps done so far (`done` of them), one row each, with the running total. */
export function journeyDetail(steps: readonly JourneyStep[], done: number): WidgetDetail {
  let total = 0;
  const rows = steps.slice(0, done).map((step, i) => {
    total += step.ms;
    return [String(i + 1), whereOf(step), `${ms(step.ms)}${step.illustrative ? '*' : ''}`, ms(total)];
  });
  return [{ caption: DETAIL_CAPTION, columns: ['Step', 'Where', 'ms', 'Total ms'], rows }];
}
