/**
 * A ```widget NAME fence becomes an island: a stable node React mounts into later, its props
 * validated here, and one hidden fragment per step so → walks the widget like fragments.
 * Build-time only (it parses YAML); the markup and the checks are shared with embed mode
 * (src/widgets/islandMarkup.ts), which takes props from the URL instead.
 */
import { parse, YAMLParseError } from 'yaml';
import type { Diagnostic, SourceRef } from '../parser/deckTypes.ts';
import { diagnosticsCardHtml } from '../parser/revealSections.ts';
import { WIDGETS } from '../widgets/registry.ts';
import { checkWidgetProps, islandHtml, unknownWidgetMessage } from '../widgets/islandMarkup.ts';

/** The line of `name:` in the props, so an error points at the prop itself. */
function propLine(source: string, prop: string, fence: SourceRef): number {
  const index = source
    .split('\n')
    .findIndex((l) => new RegExp(`^\\s*${prop.replace(/\W/g, '\\$&')}\\s*:`).test(l));
  return fence.line + 1 + Math.max(index, 0);
}

/** `fence` is the fence's own line; the props start on the line after it. */
export function widgetHtml(
  name: string,
  source: string,
  fence: SourceRef,
  diagnostics: Diagnostic[],
): string {
  const errors: Diagnostic[] = [];
  const error = (line: number, message: string): void => {
    errors.push({ file: fence.file, line, severity: 'error', message, shownInPlace: true });
  };
  const widget = WIDGETS.get(name);
  let input: unknown;
  try {
    input = parse(source);
  } catch (e) {
    const line = e instanceof YAMLParseError ? fence.line + (e.linePos?.[0].line ?? 1) : fence.line;
    error(
      line,
      `widget ${name || '(no name)'}: props are not valid YAML: ${(e as Error).message.split('\n')[0]}`,
    );
  }
  if (!widget) {
    error(fence.line, unknownWidgetMessage(name));
  } else if (errors.length === 0) {
    const result = checkWidgetProps(widget, input);
    for (const e of result.errors) error(propLine(source, e.prop, fence), `widget ${name}: ${e.message}`);
    if (errors.length === 0) return islandHtml(widget, result.props, `${fence.file}:${fence.line}`);
  }
  diagnostics.push(...errors);
  return `<div class="widget-island widget-broken">${diagnosticsCardHtml(errors, 'This widget cannot be shown')}</div>`;
}
