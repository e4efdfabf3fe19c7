/**
 * What stands in a slide for something that needs the network at run time (a gist, a tweet, a
 * picture the build could not fetch): a card the reader can follow, never a request of the page.
 */
import { escapeHtml } from '../shared/html.ts';

/** `gist.github.com` for a URL, or the text itself when it is not one. */
export function hostOf(url: string): string {
  try {
    return new URL(url, 'https://invalid.invalid').host || url;
  } catch {
    return url;
  }
}

function safeHref(url: string): string | undefined {
  return /^https?:\/\//i.test(url) ? url : undefined;
}

/** A link card: what it is (`Gist`, `Tweet`), where it lives, and a link that opens it in a new tab. */
export function linkCardHtml(kind: string, url: string, label = ''): string {
  const href = safeHref(url);
  const host = hostOf(url);
  const text = `<span class="link-card-kind">${escapeHtml(kind)}</span><span class="link-card-label">${escapeHtml(label || url)}</span><span class="link-card-host">${escapeHtml(host)} · opens in a new tab</span>`;
  return href
    ? `<a class="gp-link-card" href="${escapeHtml(href)}" target="_blank" rel="noopener noreferrer">${text}</a>`
    : `<span class="gp-link-card">${text}</span>`;
}

/**
 * A picture from another host the build could not bring into the site: its alt text and host,
 * in a box the size of a small picture, with the role and name the picture would have had.
 */
export function remotePicturePlaceholderHtml(alt: string, url: string): string {
  const host = hostOf(url);
  const name = alt
    ? `${alt} (picture from ${host}, not available offline)`
    : `Picture from ${host}, not available offline`;
  return `<span class="gp-remote-picture" role="img" aria-label="${escapeHtml(name)}" data-src-host="${escapeHtml(host)}"><span class="remote-picture-alt">${escapeHtml(alt || 'Picture')}</span><span class="remote-picture-host">${escapeHtml(host)} · not fetched at build</span></span>`;
}
