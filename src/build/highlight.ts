/** Code highlighting at build time with shiki: the browser gets coloured HTML and no highlighter. */
import { bundledLanguages, createHighlighter, type Highlighter } from 'shiki';

export const CODE_THEME = 'github-light-high-contrast';
/** For a deck whose PITCHME.yaml names a dark code style (monokai, zenburn, …): dark, and still high contrast. */
export const DARK_CODE_THEME = 'github-dark-high-contrast';

const ALIASES: Record<string, string> = {
  sh: 'bash',
  shell: 'bash',
  js: 'javascript',
  ts: 'typescript',
  py: 'python',
  yml: 'yaml',
};

let highlighter: Promise<Highlighter> | undefined;

function languageOf(lang: string): string | undefined {
  const name = ALIASES[lang.toLowerCase()] ?? lang.toLowerCase();
  return name in bundledLanguages ? name : undefined;
}

/** Languages named by fences and `?code=` slides, so they can be loaded before rendering. */
export function languagesIn(texts: string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(/^ {0,3}(?:`{3,}|~{3,})\s*([\w+-]+)/gm)) found.add(m[1]);
    for (const m of text.matchAll(/[?&]lang=([\w+-]+)/g)) found.add(m[1]);
    for (const m of text.matchAll(/[?&]code=[^&\s]*\.(\w+)/g)) found.add(m[1]);
  }
  return [...found].map(languageOf).filter((l): l is string => !!l);
}

/** Returns a synchronous highlight hook with the given languages loaded. */
export async function createCodeHighlighter(
  langs: string[],
  colours: 'light' | 'dark' = 'light',
): Promise<(code: string, lang: string) => string | undefined> {
  const theme = colours === 'dark' ? DARK_CODE_THEME : CODE_THEME;
  highlighter ??= createHighlighter({ themes: [CODE_THEME, DARK_CODE_THEME], langs: [] });
  const h = await highlighter;
  const loaded = new Set(h.getLoadedLanguages());
  for (const lang of langs)
    if (!loaded.has(lang)) await h.loadLanguage(lang as keyof typeof bundledLanguages);
  return (code, lang) => {
    const name = languageOf(lang);
    if (!name) return undefined;
    const html = h.codeToHtml(code, { lang: name, theme });
    return /<code>([\s\S]*)<\/code>/.exec(html)?.[1];
  };
}
