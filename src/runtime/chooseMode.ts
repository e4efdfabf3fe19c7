/**
 * Which of the deck's four modes a page is in, from its URL and screen. Pure: no DOM.
 *
 * - present: the projector deck (the default on a laptop).
 * - read: reveal's scroll view for reading alone (`?view=scroll`, or by itself on a phone).
 * - embed: a wiki iframe (`?embed`, optionally `&widget=NAME` and that widget's props).
 * - print: reveal's print layout (`?print-pdf`), for PDF.
 */
export type ModeKind = 'present' | 'read' | 'embed' | 'print';

export interface DeckMode {
  kind: ModeKind;
  /** Read mode chosen by the deck for a narrow screen, not asked for in the URL. */
  auto: boolean;
  /** `?embed&widget=NAME`: the widget shown alone (null: the whole deck). */
  widget: string | null;
  /** Print: the speaker notes under each slide (`?print-pdf&notes`). */
  notes: boolean;
  /** A frame of reveal's speaker view (`?receiver`): a still preview of the presenter's slide. */
  receiver: boolean;
  /** The query as given, for widget props in embed mode. */
  query: URLSearchParams;
}

/** Below this width a screen counts as a phone: slides would shrink too far to present. */
export const NARROW_WIDTH = 600;

/** A phone held upright: narrow, and taller than wide. */
export function isUprightPhone(width: number, height: number): boolean {
  return width < NARROW_WIDTH && height > width;
}

export function chooseMode(search: string, width: number, height: number): DeckMode {
  const query = new URLSearchParams(search);
  const base = { auto: false, widget: null, notes: false, receiver: false, query };
  // The speaker view's frames show slides as presented, whatever their size.
  if (query.has('receiver')) return { ...base, kind: 'present', receiver: true };
  if (query.has('print-pdf')) return { ...base, kind: 'print', notes: query.has('notes') };
  if (query.has('embed')) return { ...base, kind: 'embed', widget: query.get('widget') };
  const view = query.get('view');
  if (view === 'scroll') return { ...base, kind: 'read' };
  if (view !== 'present' && isUprightPhone(width, height)) return { ...base, kind: 'read', auto: true };
  return { ...base, kind: 'present' };
}

/** The URL of the same deck in another mode, at the same slide (`hash` as in location.hash). */
export function urlForMode(kind: 'present' | 'read', pathname: string, hash: string): string {
  return `${pathname}${kind === 'read' ? '?view=scroll' : '?view=present'}${hash}`;
}
