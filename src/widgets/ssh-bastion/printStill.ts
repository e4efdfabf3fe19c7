/** What the Developer access widget shows on paper: one moment, named in a caption. Pure. */
import type { WidgetStill } from '../widgetStill.ts';

export function sshBastionStill(props: Record<string, unknown>): WidgetStill {
  return { step: 0, props, caption: 'Still: the Developer access widget as it opens.' };
}
