/**
 * The presenter's detail on stage: a "Details" button (or the D key while the slide is shown)
 * opens a panel over the widget with the numbers the room's picture leaves out, at stage sizes.
 * Only the newest rows of each table fit there; the speaker view and the page show them all.
 */
import { useEffect, useId, useState } from 'react';
import { STAGE_DETAIL_ROWS, type WidgetDetail } from '../widgetDetail.ts';

const DETAILS_KEY = 'd';

interface StageDetailsProps {
  /** The widget's accessible name: the panel is "<label> details". */
  label: string;
  detail: WidgetDetail;
  /** The slide is shown: only then does D open the panel (two widgets never both answer). */
  active: boolean;
}

function typingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && !!target.closest('input, select, textarea, [contenteditable]');
}

export function StageDetails({ label, detail, active }: StageDetailsProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();

  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent): void => {
      if (event.key.toLowerCase() !== DETAILS_KEY || event.altKey || event.ctrlKey || event.metaKey) return;
      if (typingIn(event.target)) return;
      setOpen((was) => !was);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [active]);

  return (
    <>
      <button
        type="button"
        className="widget-details-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        aria-keyshortcuts="D"
        onClick={() => setOpen(!open)}
      >
        Details
      </button>
      {open && (
        // Focusable: a panel taller than the widget scrolls, and a keyboard must reach its end.
        <div
          id={panelId}
          className="widget-details"
          role="region"
          aria-label={`${label} details`}
          tabIndex={0}
        >
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
        </div>
      )}
    </>
  );
}
