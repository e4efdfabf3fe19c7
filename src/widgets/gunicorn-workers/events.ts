/** The event log the view shows: short strings, newest last. */
import type { GunicornState } from './gunicornTypes.ts';

/** A display choice: the log keeps the newest 12 events. */
export const EVENT_LIMIT = 12;

/** "0:31.2": minutes and seconds of simulated time. */
export function clock(t: number): string {
  const tenths = Math.round(t * 10);
  const m = Math.floor(tenths / 600);
  const s = (tenths % 600) / 10;
  return `${m}:${s < 10 ? '0' : ''}${s.toFixed(1)}`;
}

export function log(w: GunicornState, text: string): void {
  w.events.push(`${clock(w.t)} ${text}`);
  if (w.events.length > EVENT_LIMIT) w.events = w.events.slice(-EVENT_LIMIT);
}
