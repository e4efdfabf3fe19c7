/**
 * `?embed&widget=NAME&prop=value…`: the one slide that replaces the talk, holding that widget's
 * island or an error card. Loaded only for a widget embed, since it brings the widget registry
 * (every widget's schema and step count) that the talk's first slide does not need.
 */
import { WIDGETS } from '../../widgets/registry.ts';
import { checkWidgetProps, islandHtml, unknownWidgetMessage } from '../../widgets/islandMarkup.ts';
import { propsFromQuery } from '../../widgets/propsQuery.ts';
import { showErrorCard } from '../errorCard.ts';

const CANNOT_SHOW = 'This widget cannot be shown';

export function widgetSection(name: string, query: URLSearchParams): HTMLElement {
  const section = document.createElement('section');
  section.className = 'embed-widget';
  const widget = WIDGETS.get(name);
  if (!widget) {
    // The name and every message are text (errorCard.ts): a hostile query shows as what it is.
    showErrorCard(section, CANNOT_SHOW, unknownWidgetMessage(name));
    return section;
  }
  const { props, errors } = checkWidgetProps(widget, propsFromQuery(query, widget.schema));
  if (errors.length > 0) {
    showErrorCard(section, CANNOT_SHOW, errors.map((e) => `widget ${name}: ${e.message}`).join('\n'));
    return section;
  }
  // Only validated values reach this markup: the name is a registry key, enum values come from
  // the schema, numbers and booleans are JSON; islandHtml escapes them all the same.
  section.innerHTML = islandHtml(widget, props, `?embed&widget=${widget.name}`);
  section.dataset.title = widget.label;
  document.title = `${widget.label} · ${document.title}`;
  return section;
}
