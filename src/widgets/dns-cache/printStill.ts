/** What the DNS caches widget shows on paper: one moment, named in a caption. Pure. */
import type { WidgetStill } from '../widgetStill.ts';

export function dnsCacheStill(props: Record<string, unknown>): WidgetStill {
  return { step: 0, props, caption: 'Still: the DNS caches widget as it opens.' };
}
