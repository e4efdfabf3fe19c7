/**
 * Pictures and media a deck names on another host. The build fetches them into the site
 * (src/build/remoteAssets.ts) and answers through `RemoteHooks`; whatever it could not fetch is
 * left out of the page (a placeholder or a link card stands in), so the page never asks another
 * host. Pure: the URLs and the answers come in as strings.
 */
import type { Diagnostic } from './deckTypes.ts';
import type { DeckSettings } from './pitchYaml.ts';
import { remotePicturePlaceholderHtml } from './linkCard.ts';

/** `https://…`, `//host/…`, `ftp://…`: an address on another host (`data:` is not one). */
const REMOTE = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;

export interface RemoteHooks {
  /** The deck-relative path of the build's copy of `url`, or undefined when it was not fetched. */
  remote?(url: string): string | undefined;
  /** Why `url` was not fetched (`timed out`, `HTTP 404`, …), for the warning. */
  remoteProblem?(url: string): string | undefined;
}

export function isRemoteUrl(href: string): boolean {
  return REMOTE.test(href.trim());
}

/**
 * The absolute http(s) URL the build fetches for `href`, written one way (`//host/x` is https,
 * the host lower-cased, non-ASCII percent-encoded) so the text's URL and marked's match; undefined
 * for anything else (`ftp:`, `file:`, a local path).
 */
export function fetchableUrl(href: string): string | undefined {
  const trimmed = href.trim();
  const absolute = trimmed.startsWith('//') ? `https:${trimmed}` : trimmed;
  if (!/^https?:\/\//i.test(absolute)) return undefined;
  try {
    const url = new URL(absolute);
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

/** The build's copy of a remote `href`, or undefined when there is none. */
export function remoteCopy(href: string, hooks: RemoteHooks): string | undefined {
  const url = fetchableUrl(href);
  return url === undefined ? undefined : hooks.remote?.(url);
}

/** What the page shows instead, by what the address was for (checkAsset's `what`). */
function consequence(what: string): string {
  if (what === 'image') return 'the slide shows a placeholder with its alt text';
  if (what === 'background image' || what === 'background video')
    return 'the slide shows a placeholder in its corner instead';
  if (what === 'video' || what === 'audio' || what === 'embedded page')
    return 'the slide shows a link card instead';
  if (what === 'logo') return 'the deck shows no logo';
  if (what === 'background') return 'the slides show no background picture';
  return 'left out, so the page asks no other host';
}

/** The warning for a remote address the build did not bring into the site. */
export function notFetchedMessage(what: string, href: string, hooks: RemoteHooks): string {
  const url = fetchableUrl(href);
  const reason =
    url === undefined ? 'only http and https are fetched' : (hooks.remoteProblem?.(url) ?? 'offline?');
  const noun = what === 'image' ? 'picture' : what;
  return `${noun} ${href} could not be fetched at build (${reason}): ${consequence(what)}`;
}

/** Stands in the slide's top-right corner for a `?image=`/`?video=` background not fetched. */
export function backgroundPlaceholderHtml(key: 'image' | 'video', url: string): string {
  const alt = key === 'image' ? 'Background picture' : 'Background video';
  return `<div class="gp-remote-background">${remotePicturePlaceholderHtml(alt, url)}</div>`;
}

/**
 * PITCHME.yaml's remote `background:`: the build's copy, or no deck background at all (one
 * warning at PITCHME.yaml, not a placeholder on every slide).
 */
export function withRemoteBackground(
  settings: DeckSettings,
  hooks: RemoteHooks,
  diagnostics: Diagnostic[],
): DeckSettings {
  const bg = settings.background;
  if (!bg || !isRemoteUrl(bg.image)) return settings;
  const copy = remoteCopy(bg.image, hooks);
  if (copy !== undefined) return { ...settings, background: { ...bg, image: copy } };
  diagnostics.push({
    file: 'PITCHME.yaml',
    line: bg.line,
    severity: 'warning',
    message: notFetchedMessage('background', bg.image, hooks),
  });
  return { ...settings, background: undefined };
}
