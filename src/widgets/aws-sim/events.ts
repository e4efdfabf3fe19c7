/** The simulated wall clock and the plain-words event log. */
import type { SimState } from './simTypes.ts';

/** How many events the log keeps (the oldest go first). */
export const EVENT_LIMIT = 200;

const DAY_S = 24 * 3600;
/** The clock shows 12:00 at t = 0. */
const CLOCK_START_S = 12 * 3600;

/** Simulated time as a 24-hour clock starting at 12:00: 0 → "12:00", 3900 → "13:05", 43200 → "00:00". */
export function clockTime(t: number): string {
  const s = (((CLOCK_START_S + Math.floor(t)) % DAY_S) + DAY_S) % DAY_S;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** Append an event at the current time (the working copy's array; trimmed once per step()). */
export function log(w: SimState, text: string): void {
  w.events.push({ t: w.t, text });
}

/** Keep only the newest EVENT_LIMIT events. */
export function trimEvents(events: SimState['events']): SimState['events'] {
  return events.length > EVENT_LIMIT ? events.slice(events.length - EVENT_LIMIT) : events;
}

/** An event as one log line: "12:04 CPU above 70% for 2 periods: launching i-3". */
export function formatEvent(event: SimState['events'][number]): string {
  return `${clockTime(event.t)} ${event.text}`;
}
