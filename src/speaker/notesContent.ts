/**
 * Notes travel from the presenter's window to the speaker window as a tree of plain data, never as
 * HTML: the presenter's side walks the slide's (already parsed) notes and keeps only text and
 * formatting tags; the speaker window builds elements from that tree with createElement and text
 * nodes. A message, even a forged one, can then put no markup, handler or script in the page.
 * (Parsing HTML in the speaker window, even in an inert DOMParser document, made Chromium report
 * a CSP violation for every inline handler it met.)
 */

/** Text, or a kept element: its tag, a checked link target, its children. */
export type NotesNode = string | { tag: string; href?: string; children: NotesNode[] };

/** Tags whose formatting is kept; all attributes are dropped (a link keeps a checked href). */
const KEEP = new Set(
  (
    'p br ul ol li em strong b i u s del ins mark small sub sup code pre kbd samp var span ' +
    'blockquote q cite abbr h1 h2 h3 h4 h5 h6 hr dl dt dd table thead tbody tfoot tr th td a'
  ).split(' '),
);

/** Tags dropped with their content: code, styles and embedded documents are not notes. */
const DROP = new Set(
  'script style template iframe frame frameset object embed noscript svg math link meta base form'.split(' '),
);

/** Keeps a tree from growing without bound (a forged message could nest deeply). */
const MAX_DEPTH = 32;

/** A link target that cannot run script: http(s) or mailto, resolved against `base`. */
export function safeHref(href: string, base: string): string | null {
  try {
    const url = new URL(href, base);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** The presenter's side: the notes under `root` as a tree of kept tags and text. */
export function notesTree(root: Node, depth = 0): NotesNode[] {
  const out: NotesNode[] = [];
  for (const child of root.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      out.push(child.textContent ?? '');
      continue;
    }
    if (child.nodeType !== Node.ELEMENT_NODE || depth >= MAX_DEPTH) continue;
    const element = child as Element;
    const tag = element.localName;
    if (DROP.has(tag)) continue;
    // An unknown wrapper (a div, a custom element): its text still belongs to the notes.
    if (!KEEP.has(tag)) {
      out.push(...notesTree(element, depth + 1));
      continue;
    }
    const href = tag === 'a' ? safeHref(element.getAttribute('href') ?? '', element.baseURI) : null;
    out.push({ tag, ...(href ? { href } : {}), children: notesTree(element, depth + 1) });
  }
  return out;
}

function build(nodes: unknown, into: Node, doc: Document, depth: number): void {
  if (!Array.isArray(nodes) || depth > MAX_DEPTH) return;
  for (const node of nodes) {
    if (typeof node === 'string') {
      into.appendChild(doc.createTextNode(node));
      continue;
    }
    if (!node || typeof node !== 'object') continue;
    const { tag, href, children } = node as { tag?: unknown; href?: unknown; children?: unknown };
    // The same checks as on the sending side: the message is input here.
    if (typeof tag !== 'string' || !KEEP.has(tag)) continue;
    const element = doc.createElement(tag);
    const link = tag === 'a' && typeof href === 'string' ? safeHref(href, doc.baseURI) : null;
    if (link) {
      element.setAttribute('href', link);
      // The speaker window must stay on its page: links open beside it.
      element.setAttribute('target', '_blank');
      element.setAttribute('rel', 'noopener noreferrer');
    }
    build(children, element, doc, depth + 1);
    into.appendChild(element);
  }
}

/** The speaker window's side: elements for a tree received in a message; anything else is skipped. */
export function notesFragment(tree: unknown, doc: Document = document): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  build(tree, fragment, doc, 0);
  return fragment;
}
