/**
 * The event log: plain sentences with their clock time, newest at the bottom. It follows new
 * events while the reader is at the bottom, and stays put once they scroll up to read.
 */
import { memo, useLayoutEffect, useRef, type ReactElement } from 'react';

const SHOWN = 40;

/** Any widget's events: each has a simulated time `t` (seconds), and `format` words it. */
interface LoggedEvent {
  t: number;
}

interface EventLogProps<E extends LoggedEvent = LoggedEvent> {
  events: readonly E[];
  format(event: E): string;
}

/** The model copies its event list every step; the log draws again only when an event is added. */
const sameEvents = (a: EventLogProps, b: EventLogProps): boolean =>
  a.events.length === b.events.length && a.events[a.events.length - 1] === b.events[b.events.length - 1];

function EventLogView({ events, format }: EventLogProps): ReactElement {
  const box = useRef<HTMLDivElement>(null);
  const following = useRef(true);
  const shown = events.slice(-SHOWN);
  const newest = shown.length > 0 ? shown[shown.length - 1] : null;
  useLayoutEffect(() => {
    const el = box.current;
    if (el && following.current) el.scrollTop = el.scrollHeight;
  }, [newest]);
  return (
    <div
      ref={box}
      className="widget-log"
      role="log"
      aria-label="Events"
      tabIndex={0}
      onScroll={(e) => {
        const el = e.currentTarget;
        following.current = el.scrollHeight - el.scrollTop - el.clientHeight < 8;
      }}
    >
      {shown.length === 0 ? (
        <p>Nothing has happened yet.</p>
      ) : (
        <ol>
          {shown.map((e, i) => (
            <li key={`${e.t}-${events.length - shown.length + i}`}>{format(e)}</li>
          ))}
        </ol>
      )}
    </div>
  );
}

export const EventLog = memo(EventLogView, sameEvents) as <E extends LoggedEvent>(
  props: EventLogProps<E>,
) => ReactElement;
