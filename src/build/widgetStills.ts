/**
 * Each widget island of the page gets the still of its opening moment: the widget's own view,
 * rendered at build time (src/widgets/stillMarkup.tsx), once for the stage (present mode, a whole
 * deck embedded) and once for the page (read mode, print, and the page without JavaScript). CSS
 * shows the one the mode draws (src/widgets/widgets.css); mounting the live view replaces both.
 * So before its code arrives a widget has its role, its accessible name and its size.
 */
import type { ViteDevServer } from 'vite';
import { unescapeHtml } from '../shared/html.ts';
import type { WidgetLayout } from '../widgets/widgetDefinition.ts';

export type RenderStill = (
  name: string,
  props: Record<string, unknown>,
  firstStep: number,
  layout: WidgetLayout,
) => Promise<string>;

const ISLAND =
  /<div class="widget-island" data-widget="([^"]+)"[^>]*? data-props="([^"]*)" data-first-step="(\d+)"[^>]*><div class="widget-root"><p class="widget-loading">([^<]*)<\/p><\/div>/g;

/** Under the still, outside the node React renders into: shown only when no script runs. */
const NO_SCRIPT_NOTE =
  '<p class="widget-still-note">Still: the widget as it opens. With JavaScript it runs live.</p>';

const VIEW_ROOT = /^<([a-z][\w-]*)([^>]*)>/i;
const attr = (attrs: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(attrs)?.[1];

/**
 * A still's markup for one layout, marked so CSS picks it and tests can tell it from the view.
 * The still carries the view's role and accessible name; what is inside is a picture, so it is
 * inert and hidden from assistive technology: its buttons do nothing until the live view replaces
 * it, and neither a keyboard, a screen reader nor a test's `getByRole` should find them before.
 */
export function stillHtml(layout: WidgetLayout, view: string): string {
  const root = VIEW_ROOT.exec(view);
  if (!root)
    return `<div class="widget-still" data-layout="${layout}" aria-hidden="true" inert>${view}</div>`;
  const [tag, name, attrs] = root;
  const role = attr(attrs, 'role') ?? (name.toLowerCase() === 'figure' ? 'figure' : 'group');
  const label = attr(attrs, 'aria-label');
  const kept = attrs.replace(/\s(?:role|aria-label|aria-labelledby|aria-describedby)="[^"]*"/g, '');
  const picture = `<${name}${kept} aria-hidden="true" inert>${view.slice(tag.length)}`;
  const named = label === undefined ? '' : ` aria-label="${label}"`;
  return `<div class="widget-still" data-layout="${layout}" role="${role}"${named}>${picture}</div>`;
}

/**
 * Replaces every island's placeholder with its two stills. A view that cannot be rendered keeps
 * the placeholder (the widget still mounts later) and is reported through `warn`.
 */
export async function withWidgetStills(
  html: string,
  render: RenderStill,
  warn: (message: string) => void,
): Promise<string> {
  const jobs = [...html.matchAll(ISLAND)].map(async (m) => {
    const [whole, name, escapedProps, firstStep, label] = m;
    try {
      const props = JSON.parse(unescapeHtml(escapedProps)) as Record<string, unknown>;
      const [stage, page] = await Promise.all(
        (['stage', 'page'] as const).map((layout) => render(name, props, Number(firstStep), layout)),
      );
      const placeholder = `<p class="widget-loading">${label}</p>`;
      const stills = whole.replace(placeholder, stillHtml('stage', stage) + stillHtml('page', page));
      return [whole, stills + NO_SCRIPT_NOTE];
    } catch (error) {
      warn(
        `widget ${name}: no still drawn at build time (${error instanceof Error ? error.message : error})`,
      );
      return [whole, whole];
    }
  });
  let out = html;
  for (const [from, to] of await Promise.all(jobs)) out = out.replace(from, () => to);
  return out;
}

const STILL_MODULE = '/src/widgets/stillMarkup.tsx';

/** The renderer, through a dev server's module loader (the views are .tsx and import CSS). */
export function stillRenderer(server: Pick<ViteDevServer, 'ssrLoadModule'>): RenderStill {
  return async (...args) => {
    const { renderStill } = (await server.ssrLoadModule(STILL_MODULE)) as { renderStill: RenderStill };
    return renderStill(...args);
  };
}

/** For a build: a short-lived Vite server that only loads modules, closed after use. */
export async function withBuildStillRenderer<T>(
  root: string,
  draw: (render: RenderStill) => Promise<T>,
): Promise<T> {
  const [{ createServer }, { default: react }] = await Promise.all([
    import('vite'),
    import('@vitejs/plugin-react'),
  ]);
  const server = await createServer({
    configFile: false,
    root,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    plugins: [react()],
  });
  try {
    return await draw(stillRenderer(server));
  } finally {
    await server.close();
  }
}
