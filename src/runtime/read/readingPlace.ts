/**
 * The reader's place, kept in localStorage per deck URL, and offered back on the next visit
 * ("Resume at Auto-scaling?"). Anything stored that does not look exactly like a place we wrote
 * (another app's value, an old format, a hand-edited string) is ignored, never an error.
 */
import { readStored, writeStored } from '../../shared/safeStorage.ts';

export interface Place {
  h: number;
  v: number;
  title: string;
}

const VERSION = 1;

export function placeKey(pathname: string): string {
  return `stack-tour:place:${pathname}`;
}

export function encodePlace(place: Place): string {
  return JSON.stringify({ version: VERSION, h: place.h, v: place.v, title: place.title });
}

const isIndex = (n: unknown): n is number =>
  typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < 10_000;

export function decodePlace(raw: string | null): Place | null {
  if (!raw || raw.length > 2000) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { version, h, v, title } = value as Record<string, unknown>;
  if (version !== VERSION || !isIndex(h) || !isIndex(v) || typeof title !== 'string') return null;
  return { h, v, title: title.slice(0, 200) };
}

/** localStorage may be missing or throw (private windows, blocked storage): then nothing is kept. */
export function loadPlace(storage: Pick<Storage, 'getItem'> | null, pathname: string): Place | null {
  return decodePlace(readStored(storage, placeKey(pathname)));
}

export function savePlace(storage: Pick<Storage, 'setItem'> | null, pathname: string, place: Place): void {
  // Storage full or blocked: the reader simply is not offered a resume next time.
  writeStored(storage, placeKey(pathname), encodePlace(place));
}
