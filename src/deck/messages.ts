/**
 * reveal.js's postMessage API obeys any window that can post to ours. Messages are let through
 * only from our own origin (the speaker view and its frames) and from the origins listed at build
 * time in VITE_EMBED_ORIGINS; the rest stop here, before reveal's own listener sees them.
 */

/** Origins listed at build time (comma-separated in VITE_EMBED_ORIGINS). */
export function allowedOrigins(): string[] {
  const listed = (import.meta.env.VITE_EMBED_ORIGINS as string | undefined) ?? '';
  return listed
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
}

export function isAllowedOrigin(origin: string, own: string, listed: readonly string[]): boolean {
  return origin === own || listed.includes(origin);
}

/** Must run before reveal's initialize(): a capture listener registered first runs first. */
export function guardMessages(listed: readonly string[] = allowedOrigins()): void {
  window.addEventListener(
    'message',
    (event) => {
      if (!isAllowedOrigin(event.origin, location.origin, listed)) event.stopImmediatePropagation();
    },
    { capture: true },
  );
}
