/**
 * A widget's presenter detail in the speaker view: tables of text that the presenter's window reads
 * from the current slide's islands (their `data-detail` JSON, written by the widget) and sends with
 * each `state`. The speaker window checks the shape and builds the tables with createElement and
 * text nodes, so a forged message can put no markup in the page (as with notesContent.ts).
 */

/** A table as it crosses the wire (the deck's widgets/widgetDetail.ts writes this shape). */
export interface DetailTable {
  caption: string;
  columns: string[];
  rows: string[][];
}

/** Bounds a forged message could otherwise stretch without limit. */
const MAX_TABLES = 8;
const MAX_ROWS = 500;
const MAX_CELLS = 12;

const strings = (value: unknown, max: number): string[] | null =>
  Array.isArray(value) ? value.slice(0, max).map((v) => (typeof v === 'string' ? v : String(v ?? ''))) : null;

/** The tables in a message, or none: anything not shaped like a table is dropped. */
export function readDetail(value: unknown): DetailTable[] {
  if (!Array.isArray(value)) return [];
  const tables: DetailTable[] = [];
  for (const item of value.slice(0, MAX_TABLES)) {
    if (!item || typeof item !== 'object') continue;
    const { caption, columns, rows } = item as Record<string, unknown>;
    const cols = strings(columns, MAX_CELLS);
    if (typeof caption !== 'string' || !cols || !Array.isArray(rows)) continue;
    const cells = rows.slice(-MAX_ROWS).map((row) => strings(row, MAX_CELLS) ?? []);
    tables.push({ caption, columns: cols, rows: cells });
  }
  return tables;
}

function cell(tag: 'th' | 'td', text: string): HTMLElement {
  const element = document.createElement(tag);
  element.textContent = text;
  if (tag === 'th') element.setAttribute('scope', 'col');
  return element;
}

/** The presenter's side: every island's detail on a slide, in slide order. */
export function detailOf(slide: Element, attribute: string): DetailTable[] {
  return [...slide.querySelectorAll(`[${attribute}]`)].flatMap((island) => {
    try {
      return readDetail(JSON.parse(island.getAttribute(attribute) ?? '[]'));
    } catch {
      return [];
    }
  });
}

/** The speaker window's side: the tables as elements. */
export function detailFragment(tables: DetailTable[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const table of tables) {
    const element = document.createElement('table');
    const caption = document.createElement('caption');
    caption.textContent = table.caption;
    const head = document.createElement('thead');
    const headRow = document.createElement('tr');
    headRow.append(...table.columns.map((c) => cell('th', c)));
    head.append(headRow);
    const body = document.createElement('tbody');
    for (const row of table.rows) {
      const tr = document.createElement('tr');
      tr.append(...row.map((c) => cell('td', c)));
      body.append(tr);
    }
    element.append(caption, head, body);
    fragment.append(element);
  }
  return fragment;
}
