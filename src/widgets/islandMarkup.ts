/**
 * A widget's island markup and the checks of its props, shared by the build (props written in a
 * slide's ```widget fence) and embed mode (props from the URL), so both accept and word the same
 * things. Pure and browser-safe: no Node imports, no YAML.
 */
import { escapeHtml } from '../shared/html.ts';
import type { PropError, PropsOf, PropsSchema } from './propsSchema.ts';
import { validateProps } from './propsSchema.ts';
import { WIDGETS } from './registry.ts';
import { stepFragments } from './islandContract.ts';
import type { WidgetDefinition } from './widgetDefinition.ts';

export function unknownWidgetMessage(name: string): string {
  return `unknown widget "${name}" (known widgets: ${[...WIDGETS.keys()].join(', ')})`;
}

/**
 * Every prop checked against the widget's schema, then the widget's own checks across props
 * (only when each prop is valid, as they assume valid values). A cross-prop error names its prop
 * in quotes; `prop` is that name, so the build can point at its line.
 */
export function checkWidgetProps(
  widget: WidgetDefinition,
  input: unknown,
): { props: PropsOf<PropsSchema>; errors: PropError[] } {
  const { props, errors } = validateProps(widget.schema, input);
  if (errors.length > 0) return { props, errors };
  const crossErrors = (widget.check?.(props) ?? []).map((message) => ({
    prop: /"(\w+)"/.exec(message)?.[1] ?? '',
    message,
  }));
  return { props, errors: crossErrors };
}

/**
 * The island for valid props: a stable node React mounts into later, and one hidden fragment per
 * step so → walks the widget like fragments. `source` names where it came from, for error cards.
 */
export function islandHtml(widget: WidgetDefinition, props: PropsOf<PropsSchema>, source: string): string {
  const steps = widget.stepCount(props);
  const first = widget.firstStep?.(props) ?? 0;
  return (
    `<div class="widget-island" data-widget="${escapeHtml(widget.name)}" data-label="${escapeHtml(widget.label)}" ` +
    `data-props="${escapeHtml(JSON.stringify(props))}" data-first-step="${first}" ` +
    `data-source="${escapeHtml(source)}">` +
    `<div class="widget-root"><p class="widget-loading">${escapeHtml(widget.label)}</p></div>` +
    `<div class="widget-steps">${stepFragments(steps)}</div></div>`
  );
}
