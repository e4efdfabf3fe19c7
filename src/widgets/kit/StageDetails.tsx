/**
 * The presenter's detail on stage: a "Details" button (or the D key while the slide is shown)
 * opens a panel over the widget with the numbers the room's picture leaves out, at stage sizes.
 * Only the newest rows of each table fit there; the speaker view and the page show them all.
 */
import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { takeDetailsRequests } from '../islandContract.ts';
import { STAGE_DETAIL_ROWS, type WidgetDetail } from '../widgetDetail.ts';

interface StageDetailsProps {
  /** The widget's accessible name: the panel is "<label> details". */
  label: string;
  detail: WidgetDetail;
}

export function StageDetails({ label, detail }: StageDetailsProps) {
  return (
    <StageDetailsPanel label={label}>
      {detail.map((table) => {
        const shown = table.rows.slice(-STAGE_DETAIL_ROWS);
        return (
          <table key={table.caption}>
            <caption>{table.caption}</caption>
            <thead>
              <tr>
                {table.columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) => (
                    <td key={j}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
            {shown.length < table.rows.length && (
              <tfoot>
                <tr>
                  <td colSpan={table.columns.length}>
                    The last {shown.length} of {table.rows.length}; all in the speaker view and read mode.
                  </td>
                </tr>
              </tfoot>
            )}
          </table>
        );
      })}
      {detail.length === 0 && <p>Nothing to show yet.</p>}
    </StageDetailsPanel>
  );
}

/**
 * The button and the panel, for a widget whose detail is not tables (the bastion's logs). D
 * reaches it through the runtime (islandContract.ts), even when pressed before the widget mounted.
 */
export function StageDetailsPanel(props: { label: string; className?: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  // A layout effect: a D pressed while the widget loaded opens the panel before its first paint.
  useLayoutEffect(() => takeDetailsRequests(button.current!, () => setOpen((was) => !was)), []);
  return (
    <>
      <button
        type="button"
        className="widget-details-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        aria-keyshortcuts="D"
        ref={button}
        onClick={() => setOpen(!open)}
      >
        Details
      </button>
      {open && (
        // Focusable: a panel taller than the widget scrolls, and a keyboard must reach its end.
        <div
          id={panelId}
          className={props.className ? `widget-details ${props.className}` : 'widget-details'}
          role="region"
          aria-label={`${props.label} details`}
          tabIndex={0}
        >
          {props.children}
        </div>
      )}
    </>
  );
}
