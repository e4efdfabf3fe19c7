/**
 * A widget's headline numbers: a row of labelled figures. `LabelledOutput` is an `<output>`
 * named by its label (tests and screen readers find "In service", "Requests failed" by name);
 * `Fact` is a plain labelled value such as the clock.
 */
import { useId, type ReactNode } from 'react';
import './widgetParts.css';

export function Figures({ children }: { children: ReactNode }) {
  return <dl className="widget-figures">{children}</dl>;
}

export function LabelledOutput(props: {
  label: string;
  value: ReactNode;
  unit?: string;
  className?: string;
}) {
  const id = useId();
  return (
    <div className={props.className}>
      <dt id={id}>{props.label}</dt>
      <dd>
        <output aria-labelledby={id}>{props.value}</output>
        {props.unit}
      </dd>
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
