/** What every widget is: a schema of props, a step count, and a lazily loaded React view. */
import type { ComponentType } from 'react';
import type { PropsOf, PropsSchema } from './propsSchema.ts';
import type { WidgetDetail } from './widgetDetail.ts';

/**
 * Where a widget is drawn. `stage`: a slide seen from the back of a room (present mode, a whole
 * deck embedded): one idea big, text at 24 px or more, a small DOM. `page`: read mode, a widget
 * embedded alone, print: the full detail at reading sizes.
 */
export type WidgetLayout = 'stage' | 'page';

/** What the island gives a widget's view. The deck's fragments own the step; the view reads it. */
export interface WidgetViewProps<P> {
  props: P;
  /** The slide is the current one and the overview is closed: animate. Otherwise use no CPU. */
  active: boolean;
  /** How many of the widget's steps are done (0 = none), from the visible fragments. */
  step: number;
  /** The step the widget opens at and Reset returns to. */
  firstStep: number;
  /** Moves to a step: in present mode through reveal's fragments, so → and the buttons agree. */
  goToStep(step: number): void;
  /** A view whose number of steps changes (another scenario) says so; the island resets to 0. */
  setStepCount(count: number): void;
  reducedMotion: boolean;
  layout: WidgetLayout;
  /**
   * The presenter's detail (what the stage leaves out), as data: shown in the stage's Details
   * panel and the speaker view. Call it when the detail changes, not every frame.
   */
  publishDetail(detail: WidgetDetail): void;
}

export interface WidgetDefinition<S extends PropsSchema = PropsSchema> {
  name: string;
  /** The widget's accessible name, e.g. "Request journey". */
  label: string;
  schema: S;
  /** Steps the presenter's → walks through before the next slide. */
  stepCount(props: PropsOf<S>): number;
  /** Steps already done when the slide opens (a journey shown from one hop on); 0 by default. */
  firstStep?(props: PropsOf<S>): number;
  /** Problems no single prop shows (a start hop the scenario never reaches). */
  check?(props: PropsOf<S>): string[];
}

/** A widget's React view, loaded when its slide is near (see viewLoaders.ts). */
export type WidgetView = ComponentType<WidgetViewProps<never>>;

/** Keeps a definition's types precise while the registry holds them side by side. */
export function defineWidget<S extends PropsSchema>(definition: WidgetDefinition<S>): WidgetDefinition {
  return definition as unknown as WidgetDefinition;
}
