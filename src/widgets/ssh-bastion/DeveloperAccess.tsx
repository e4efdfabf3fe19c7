/** The Developer access widget (placeholder while its views are built). */
import type { WidgetViewProps } from '../widgetDefinition.ts';

export function DeveloperAccess(_view: WidgetViewProps<{ seed: number }>) {
  return <figure className="widget" aria-label="Developer access" />;
}
