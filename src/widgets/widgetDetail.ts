/**
 * The presenter's detail of a widget: what the stage leaves out (a timeline's milliseconds, the
 * event log, the numbers behind a chart), as plain tables. The stage's Details panel draws them
 * and the speaker view shows them beside the notes; being data, they cross to the speaker window
 * as JSON (never as HTML).
 */
export interface DetailTable {
  caption: string;
  columns: string[];
  rows: string[][];
}

export type WidgetDetail = DetailTable[];

/** The newest rows the stage's panel shows; the speaker view and the page show them all. */
export const STAGE_DETAIL_ROWS = 8;
