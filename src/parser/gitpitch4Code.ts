/**
 * GitPitch's code widget, `@code[lang behaviours…, props…](path?lines=1-3,5 | ?tags=name)`: the
 * file's text (or the lines or tagged regions asked for) as a fenced code block of that language.
 */

/** `1-3,5` → the 1-based line numbers, in order; ranges are capped so a typo cannot allocate much. */
function lineNumbers(text: string): number[] {
  const out = new Set<number>();
  for (const part of text.split(',')) {
    const [a, b] = part.split('-').map((n) => Number.parseInt(n.trim(), 10));
    if (!Number.isFinite(a)) continue;
    const end = Number.isFinite(b) ? Math.min(b, a + 5000) : a;
    for (let n = a; n <= end; n++) out.add(n);
  }
  return [...out].sort((x, y) => x - y);
}

const TAG_LINE = /\b(tag|end)::([\w-]+)\[\]/;

/** The lines between `tag::name[]` and `end::name[]` comments, for each name; missing names listed. */
function taggedLines(lines: string[], names: string[]): { lines: string[]; missing: string[] } {
  const out: string[] = [];
  const found = new Set<string>();
  const open = new Set<string>();
  for (const line of lines) {
    const tag = TAG_LINE.exec(line);
    if (tag) {
      if (names.includes(tag[2])) {
        if (tag[1] === 'tag') open.add(tag[2]);
        else open.delete(tag[2]);
        found.add(tag[2]);
      }
      continue;
    }
    if (open.size > 0) out.push(line);
  }
  return { lines: out, missing: names.filter((n) => !found.has(n)) };
}

export interface CodeFilter {
  /** The file's deck-relative path, without the filter. */
  path: string;
  lines?: string;
  tags?: string;
}

/** `src/demo.js?lines=1-3` → the path and its filter. */
export function codeFilter(target: string): CodeFilter {
  const q = target.indexOf('?');
  if (q < 0) return { path: target.trim() };
  const query = new URLSearchParams(target.slice(q + 1));
  return {
    path: target.slice(0, q).trim(),
    lines: query.get('lines') ?? undefined,
    tags: query.get('tags') ?? undefined,
  };
}

/** The code to show: the whole file, or only the lines or tagged regions the filter names. */
export function filteredCode(text: string, filter: CodeFilter): { code: string[]; missingTags: string[] } {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  if (filter.lines) {
    const wanted = lineNumbers(filter.lines);
    return { code: wanted.filter((n) => n <= lines.length).map((n) => lines[n - 1]), missingTags: [] };
  }
  if (filter.tags) {
    const names = filter.tags
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean);
    const tagged = taggedLines(lines, names);
    return { code: tagged.lines, missingTags: tagged.missing };
  }
  return { code: lines, missingTags: [] };
}

/** A fence that the code cannot close early: longer than any backtick run that starts a line of it. */
export function fenceFor(code: string[]): string {
  let longest = 2;
  for (const line of code) {
    const run = /^\s*(`+)/.exec(line);
    if (run) longest = Math.max(longest, run[1].length);
  }
  return '`'.repeat(longest + 1);
}

/** The language of a file by its extension, when the author gave no hint. */
export function languageOf(path: string): string {
  const ext = /\.([\w+-]+)$/.exec(path)?.[1] ?? '';
  return { py: 'python', js: 'javascript', ts: 'typescript', rb: 'ruby', ex: 'elixir', go: 'go' }[ext] ?? ext;
}
