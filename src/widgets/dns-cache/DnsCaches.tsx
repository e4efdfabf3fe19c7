/** The DNS caches widget (placeholder while its views are built). */
import type { WidgetViewProps } from '../widgetDefinition.ts';

export function DnsCaches(_view: WidgetViewProps<{ seed: number }>) {
  return <figure className="widget" aria-label="DNS caches" />;
}
