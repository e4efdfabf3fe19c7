/** What the Gunicorn workers widget shows on paper: one moment, named in a caption. Pure. */
import type { WidgetStill } from '../widgetStill.ts';

export function gunicornStill(props: Record<string, unknown>): WidgetStill {
  return { step: 0, props, caption: 'Still: the Gunicorn workers widget as it opens.' };
}
