/** What a widget shows on paper (`?print-pdf`): the step, the props and a caption (printStills.ts). */
export interface WidgetStill {
  /** The step the view is drawn at (the island's state: steps done, counted from 0). */
  step: number;
  /** The props the view gets: a scale-out toy's are moved forward in simulated time. */
  props: Record<string, unknown>;
  /** One sentence under the widget saying which moment is shown. */
  caption: string;
}
