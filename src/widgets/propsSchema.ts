/**
 * Widget props: a small schema language and its validator. Used at build time (props written in
 * a slide) and in the browser (props from a URL), so it stays tiny and dependency-free.
 */

export type PropSpec =
  | { type: 'enum'; values: readonly string[]; default: string }
  | { type: 'boolean'; default: boolean }
  | {
      type: 'number';
      min: number;
      max: number;
      default: number;
      integer?: boolean;
      /** When the prop is not given, it takes this other number prop's value instead of `default`. */
      defaultFrom?: string;
    };

export type PropsSchema = Record<string, PropSpec>;

/** The props a schema describes, with their TypeScript types. */
export type PropsOf<S extends PropsSchema> = {
  [K in keyof S]: S[K] extends { type: 'enum'; values: readonly (infer V)[] }
    ? V
    : S[K] extends { type: 'boolean' }
      ? boolean
      : number;
};

export interface PropError {
  prop: string;
  message: string;
}

function describe(spec: PropSpec): string {
  switch (spec.type) {
    case 'enum':
      return `one of ${spec.values.join(', ')}`;
    case 'boolean':
      return 'true or false';
    case 'number':
      return `${spec.integer ? 'a whole number' : 'a number'} from ${spec.min} to ${spec.max}`;
  }
}

function shown(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? String(value));
}

function check(spec: PropSpec, value: unknown): boolean {
  switch (spec.type) {
    case 'enum':
      return typeof value === 'string' && spec.values.includes(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return (
        typeof value === 'number' &&
        Number.isFinite(value) &&
        value >= spec.min &&
        value <= spec.max &&
        (!spec.integer || Number.isInteger(value))
      );
  }
}

/**
 * Checks `input` (parsed YAML or query values) against the schema. Every prop gets a value: the
 * given one when valid, else its default; every problem is reported, none throws.
 */
export function validateProps<S extends PropsSchema>(
  schema: S,
  input: unknown,
): { props: PropsOf<S>; errors: PropError[] } {
  const errors: PropError[] = [];
  const props: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(schema)) props[name] = spec.default;
  const given = new Set<string>();
  const done = (): { props: PropsOf<S>; errors: PropError[] } => {
    for (const [name, spec] of Object.entries(schema)) {
      if (spec.type === 'number' && spec.defaultFrom !== undefined && !given.has(name))
        props[name] = props[spec.defaultFrom];
    }
    return { props: props as PropsOf<S>, errors };
  };
  if (input === null || input === undefined) return done();
  if (typeof input !== 'object' || Array.isArray(input)) {
    errors.push({ prop: '', message: `props must be "name: value" lines, not ${shown(input)}` });
    return done();
  }
  for (const [name, value] of Object.entries(input)) {
    const spec = Object.hasOwn(schema, name) ? schema[name] : undefined;
    if (!spec) {
      errors.push({
        prop: name,
        message: `unknown prop "${name}" (known: ${Object.keys(schema).join(', ')})`,
      });
    } else if (!check(spec, value)) {
      errors.push({ prop: name, message: `prop "${name}" must be ${describe(spec)}, not ${shown(value)}` });
    } else {
      props[name] = value;
      given.add(name);
    }
  }
  return done();
}

/** A prop's value when it is not given: its default, or the value of the prop it defaults from. */
export function defaultValue(schema: PropsSchema, name: string, props: Record<string, unknown>): unknown {
  const spec = schema[name];
  return spec.type === 'number' && spec.defaultFrom !== undefined ? props[spec.defaultFrom] : spec.default;
}
