/**
 * A widget's headline numbers: a row of labelled figures. `LabelledOutput` is an `<output>`
 * named by its label (tests and screen readers find "In service", "Requests failed" by name);
 * `Fact` is a plain labelled value such as the clock. `layout="stage"` sets them for the room.
 */
import { useId, type ReactNode } from 'react';
import type { WidgetLayout } from '../widgetDefinition.ts';

/** On stage the labels are set at 24 px and the values at 40 px (widget-figures-stage). */
export function Figures({ children, layout = 'page' }: { children: ReactNode; layout?: WidgetLayout }) {
  return (
    <dl className={layout === 'stage' ? 'widget-figures widget-figures-stage' : 'widget-figures'}>
      {children}
    </dl>
  );
}

export function LabelledOutput(props: {
  label: string;
  value: ReactNode;
  unit?: string;
  className?: string;
  /** A line under the value saying what it is measured against (its own `<dd>`). */
  note?: ReactNode;
}) {
  const id = useId();
  return (
    <div className={props.className}>
      <dt id={id}>{props.label}</dt>
      <dd>
        <output aria-labelledby={id}>{props.value}</output>
        {props.unit}
      </dd>
      {props.note !== undefined && <dd className="widget-figure-note">{props.note}</dd>}
    </div>
  );
}

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * A number as wide as `digits` digits: padded with figure spaces (each as wide as a digit in the
 * widgets' tabular figures, islands.css), so the text beside it stays put as it changes.
 */
export function fixedDigits(value: number, digits = 3): string {
  return String(value).padStart(digits, '\u2007');
}
