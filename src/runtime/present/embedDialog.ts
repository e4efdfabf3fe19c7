/**
 * The Embed dialog: the `<iframe>` snippets for the current slide and for each widget on it, with
 * Copy buttons. Loaded on the first press of the Embed button or `E` (embedButton.ts). Built from
 * DOM nodes and text only: slide titles and props never become HTML here.
 */
import type { RevealApi } from 'reveal.js';
import { WIDGETS } from '../../widgets/registry.ts';
import { islandProps, islandsIn, widgetName } from '../../widgets/islandContract.ts';
import { queryForProps } from '../../widgets/propsQuery.ts';
import { deckBase, iframeSnippet, slideEmbedUrl } from './embedSnippet.ts';

interface Snippet {
  label: string;
  /** The Copy button's name: which snippet it copies (its visible text is "Copy"). */
  copyName: string;
  code: string;
}

function snippetsFor(deck: RevealApi): Snippet[] {
  const { h, v = 0 } = deck.getIndices();
  const base = deckBase(location.href);
  const slide = deck.getCurrentSlide() as HTMLElement;
  const deckTitle = document.querySelector('main h1')?.textContent?.trim() || document.title;
  const slideTitle = slide.dataset.title || `Slide ${h}/${v}`;
  const list: Snippet[] = [
    {
      label: `This slide: ${slideTitle}`,
      copyName: 'Copy the slide snippet',
      code: iframeSnippet(slideEmbedUrl(base, h, v), `${deckTitle}: ${slideTitle}`, '16 / 9'),
    },
  ];
  const slideWidth = Number(deck.getConfig().width);
  for (const island of islandsIn(slide)) {
    const widget = WIDGETS.get(widgetName(island));
    if (!widget) continue;
    // The build wrote these props; if they cannot be read, the widget's defaults stand in.
    const props = islandProps(island);
    list.push({
      label: `The ${widget.label} widget alone`,
      copyName: `Copy the ${widget.label} widget snippet`,
      code: iframeSnippet(
        `${base}${queryForProps(widget.name, props, widget.schema)}`,
        `${widget.label} (${deckTitle})`,
        // The island's size in the slide, before reveal scales it: the embed's slide is that tall.
        `${slideWidth} / ${island.offsetHeight || 600}`,
      ),
    });
  }
  return list;
}

/** The clipboard API needs a secure context and permission; selecting for Ctrl+C always works. */
async function copy(text: string, area: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    area.focus();
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text = '',
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

let dialog: HTMLDialogElement | null = null;
let returnFocus: HTMLElement | null = null;

function createDialog(): HTMLDialogElement {
  const d = element('dialog', 'embed-dialog');
  d.setAttribute('aria-labelledby', 'embed-dialog-title');
  // reveal listens for keys on the document: inside the dialog, Space, arrows and `E` are the
  // dialog's own (Escape still closes it: that is the browser's, not an event listener's).
  for (const type of ['keydown', 'keypress'] as const) d.addEventListener(type, (e) => e.stopPropagation());
  // A click on the backdrop (outside the dialog's box) closes it, as in most dialogs.
  d.addEventListener('click', (e) => {
    if (e.target === d) d.close();
  });
  d.addEventListener('close', () => {
    if (returnFocus?.isConnected) returnFocus.focus();
    returnFocus = null;
  });
  (document.querySelector('main') ?? document.body).append(d);
  return d;
}

function fill(d: HTMLDialogElement, snippets: Snippet[]): HTMLTextAreaElement[] {
  const heading = element('h2', 'embed-dialog-title', 'Embed this slide');
  heading.id = 'embed-dialog-title';
  const hint = element(
    'p',
    'embed-hint',
    'Paste a snippet into a wiki page that allows iframes. The frame takes keys after a click in it, ' +
      'and tells the page its height (a "stack-tour:height" message: see the README).',
  );
  const status = element('p', 'embed-status');
  status.setAttribute('role', 'status');
  const areas: HTMLTextAreaElement[] = [];
  const blocks = snippets.map((snippet, i) => {
    const block = element('div', 'embed-snippet');
    const label = element('label', 'embed-label', snippet.label);
    const area = element('textarea', 'embed-code', snippet.code);
    area.id = label.htmlFor = `embed-snippet-${i}`;
    area.readOnly = true;
    area.rows = 5;
    area.spellcheck = false;
    const button = element('button', 'deck-button embed-copy', 'Copy');
    button.type = 'button';
    button.setAttribute('aria-label', snippet.copyName);
    button.addEventListener('click', () => {
      void copy(snippet.code, area).then((ok) => {
        status.textContent = ok
          ? `Copied: ${snippet.label}.`
          : 'The snippet is selected: press Ctrl+C (⌘C on a Mac) to copy it.';
      });
    });
    areas.push(area);
    block.append(label, area, button);
    return block;
  });
  const close = element('button', 'deck-button filled embed-close', 'Close');
  close.type = 'button';
  close.addEventListener('click', () => d.close());
  const actions = element('div', 'embed-actions');
  actions.append(close);
  d.replaceChildren(heading, hint, ...blocks, status, actions);
  return areas;
}

export function openEmbedDialog(deck: RevealApi, opener: HTMLElement | null): void {
  dialog ??= createDialog();
  if (dialog.open) return;
  const areas = fill(dialog, snippetsFor(deck));
  returnFocus = opener;
  dialog.showModal();
  // Ready to copy with Ctrl+C at once; the Copy buttons are a Tab away.
  areas[0]?.focus();
  areas[0]?.select();
}
