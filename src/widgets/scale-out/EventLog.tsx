/**
 * The event log: plain sentences with their clock time, newest at the bottom. It follows new
 * events while the reader is at the bottom, and stays put once they scroll up to read.
 */
import { useLayoutEffect, useRef } from 'react';
import { formatEvent, type SimEvent } from './model.ts';

const SHOWN = 40;

export function EventLog({ events }: { events: readonly SimEvent[] }) {
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
      className="so-log"
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
            <li key={`${e.t}-${events.length - shown.length + i}`}>{formatEvent(e)}</li>
          ))}
        </ol>
      )}
    </div>
  );
}
