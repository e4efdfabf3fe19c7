/**
 * A widget embed's props from its URL (`?embed&widget=scale-out&traffic=120&preset=traffic-spike`).
 * Pure: the values are only read and coerced here; the widget's schema then validates them exactly
 * like props written in a slide (src/widgets/islandMarkup.ts).
 */
import { defaultValue, type PropSpec, type PropsSchema } from './propsSchema.ts';

/** Query keys that are not props: the mode and the widget's name. Every other key is a prop. */
const NOT_PROPS = new Set(['embed', 'widget']);

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/**
 * A query value is always a string; YAML in a slide would have read `2` as a number and `true`
 * as a boolean. Coerced only where the prop expects that type, so a bad value is reported as the
 * reader wrote it (`not "fast"`). A boolean given bare (`&autoplay`) means true, like `?embed`.
 */
function coerce(spec: PropSpec | undefined, raw: string): unknown {
  if (spec?.type === 'number' && NUMBER.test(raw.trim())) return Number(raw);
  if (spec?.type === 'boolean' && (raw === 'true' || raw === 'false' || raw === '')) return raw !== 'false';
  return raw;
}

export function propsFromQuery(query: URLSearchParams, schema: PropsSchema): Record<string, unknown> {
  // No prototype: a key such as `__proto__` is then a plain (unknown) prop, reported as such.
  const props = Object.create(null) as Record<string, unknown>;
  for (const [key, raw] of query) {
    if (NOT_PROPS.has(key)) continue;
    props[key] = coerce(Object.hasOwn(schema, key) ? schema[key] : undefined, raw);
  }
  return props;
}

/** The query part of a widget embed's URL: the props that differ from the widget's defaults. */
export function queryForProps(name: string, props: Record<string, unknown>, schema: PropsSchema): string {
  const parts = ['embed', `widget=${encodeURIComponent(name)}`];
  for (const [key, value] of Object.entries(props)) {
    if (Object.hasOwn(schema, key) && defaultValue(schema, key, props) === value) continue;
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  }
  return `?${parts.join('&')}`;
}
