/** The Gunicorn workers widget (placeholder while its views are built). */
import type { WidgetViewProps } from '../widgetDefinition.ts';

export function GunicornWorkers(_view: WidgetViewProps<{ seed: number }>) {
  return <figure className="widget" aria-label="Gunicorn workers" />;
}
