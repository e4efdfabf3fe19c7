/**
 * GitPitch's table widget, `@table[table-header table-tsv table-fragment classes…](data.csv)`: a
 * comma- (or tab-) separated file as an HTML table, written on one line so marked keeps it whole.
 */
import { escapeHtml, safeClassList } from '../shared/html.ts';

/** RFC 4180 rows: quoted fields may hold the separator, quotes (doubled) and line breaks. */
export function parseDelimited(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === sep) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

/** The table for the widget's words and the file's text. */
export function tableHtml(words: string, text: string): string {
  const classes = safeClassList(words).split(' ').filter(Boolean);
  const header = classes.includes('table-header');
  const fragments = classes.includes('table-fragment');
  const rows = parseDelimited(text, classes.includes('table-tsv') ? '\t' : ',');
  const own = classes.filter((c) => !['table-header', 'table-fragment', 'table-tsv'].includes(c));
  const cells = (row: string[], tag: 'td' | 'th'): string =>
    row.map((f) => `<${tag}${tag === 'th' ? ' scope="col"' : ''}>${escapeHtml(f.trim())}</${tag}>`).join('');
  const head = header && rows.length > 0 ? `<thead><tr>${cells(rows[0], 'th')}</tr></thead>` : '';
  const body = (header ? rows.slice(1) : rows)
    .map((r) => `<tr${fragments ? ' class="fragment"' : ''}>${cells(r, 'td')}</tr>`)
    .join('');
  return `<table class="${['gp-table', ...own].join(' ')}">${head}<tbody>${body}</tbody></table>`;
}
