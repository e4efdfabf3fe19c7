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

/** reveal's API methods that take slide and fragment indices: it throws on anything else. */
const INDEX_METHODS = new Set(['slide', 'navigateFragment']);

/**
 * Whether reveal can act on a message without throwing. reveal parses any string that looks like
 * a JSON object and calls `method` with `args`; broken JSON, non-array args or non-number indices
 * would throw inside its listener. Anything that is not a call for reveal passes untouched.
 */
export function isSafeForReveal(data: unknown): boolean {
  if (typeof data !== 'string' || !data.startsWith('{') || !data.endsWith('}')) return true;
  let call: unknown;
  try {
    call = JSON.parse(data);
  } catch {
    return false;
  }
  if (typeof call !== 'object' || call === null || !('method' in call)) return true;
  const { method, args } = call as { method: unknown; args?: unknown };
  if (args === undefined) return true;
  if (!Array.isArray(args)) return false;
  if (typeof method === 'string' && INDEX_METHODS.has(method))
    return args.every((a) => a === undefined || a === null || (typeof a === 'number' && Number.isFinite(a)));
  return true;
}

/** Must run before reveal's initialize(): a capture listener registered first runs first. */
export function guardMessages(listed: readonly string[] = allowedOrigins()): void {
  window.addEventListener(
    'message',
    (event) => {
      if (!isAllowedOrigin(event.origin, location.origin, listed) || !isSafeForReveal(event.data))
        event.stopImmediatePropagation();
    },
    { capture: true },
  );
}
