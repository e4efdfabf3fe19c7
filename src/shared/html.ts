/** Small, strict helpers for writing HTML attributes from author-supplied text. */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Keeps only characters a class name needs; anything else could break out of the attribute. */
export function safeClassList(text: string): string {
  return text
    .split(/\s+/)
    .map((c) => c.replace(/[^\w-]/g, ''))
    .filter(Boolean)
    .join(' ');
}

/** Colours, sizes and gradients, without the characters that could end a declaration. */
export function safeCssValue(text: string): string {
  return text.replace(/[^\w#%.,()\- ]/g, '');
}

/** Lower-case, dash-separated name usable as an element id and in `#/name` links. */
export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[\u0300-\u036f]/g, '')
      // Other marks stay (Japanese voicing marks, Devanagari vowels) and compose again below.
      .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .normalize('NFC')
  );
}

/** Undoes escapeHtml (and marked's escaping of code): the five entities these write, no others. */
export function unescapeHtml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Visible text of an HTML fragment, for titles and outlines. */
export function textOf(html: string): string {
  const withoutTags = html
    // Typeset maths carries its formula twice (MathML for screen readers, HTML for the eye): once here.
    .replace(/<span class="katex-mathml">[\s\S]*?<\/math><\/span>/g, '')
    // A placeholder for a picture the build could not fetch names no slide, as the picture would not.
    .replace(/<span class="gp-remote-picture"[^>]*>(?:<span[^>]*>[^<]*<\/span>){2}<\/span>/g, '')
    .replace(/<\/?(p|div|li|ul|ol|h[1-6]|br|tr|td|th|pre|blockquote|section|aside)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '');
  return unescapeHtml(withoutTags).replace(/\s+/g, ' ').trim();
}
