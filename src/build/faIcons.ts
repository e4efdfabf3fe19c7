/** `@fa[name]` icons as inline SVG, looked up at build time so the browser loads no icon font. */
import { fas } from '@fortawesome/free-solid-svg-icons';
import { far } from '@fortawesome/free-regular-svg-icons';
import { fab } from '@fortawesome/free-brands-svg-icons';
import type { IconDefinition } from '@fortawesome/fontawesome-common-types';

let byName: Map<string, IconDefinition> | undefined;

function index(): Map<string, IconDefinition> {
  const map = new Map<string, IconDefinition>();
  // Solid wins over regular and brands, as GitPitch's `@fa[name]` meant the solid set first.
  for (const set of [fab, far, fas]) {
    for (const def of Object.values(set)) {
      map.set(def.iconName, def);
      for (const alias of def.icon[2]) if (typeof alias === 'string') map.set(alias, def);
    }
  }
  return map;
}

export function iconSvg(name: string): string | undefined {
  byName ??= index();
  const def = byName.get(name);
  if (!def) return undefined;
  const [width, height, , , path] = def.icon;
  const d = Array.isArray(path) ? path.join(' ') : path;
  return `<svg class="fa-icon" viewBox="0 0 ${width} ${height}" width="1em" height="1em" focusable="false" aria-hidden="true"><path fill="currentColor" d="${d}"/></svg>`;
}
