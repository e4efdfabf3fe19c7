import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propsFromQuery, queryForProps } from './propsQuery.ts';
import { WIDGETS } from './registry.ts';
import { checkWidgetProps } from './islandMarkup.ts';

const scaleOut = WIDGETS.get('scale-out')!;
const journey = WIDGETS.get('request-journey')!;
const query = (search: string) => new URLSearchParams(search);

describe('widget props from the URL', () => {
  it('skip the mode and the name, and coerce numbers and booleans where the schema expects them', () => {
    expect({
      ...propsFromQuery(
        query('?embed&widget=scale-out&traffic=120&seed=3&preset=night-lull'),
        scaleOut.schema,
      ),
    }).toEqual({
      traffic: 120,
      seed: 3,
      preset: 'night-lull',
    });
    expect({ ...propsFromQuery(query('embed&autoplay=true&speed=0.5'), journey.schema) }).toEqual({
      autoplay: true,
      speed: 0.5,
    });
    // A bare boolean means true, as `?embed` itself does.
    expect({ ...propsFromQuery(query('embed&autoplay'), journey.schema) }).toEqual({ autoplay: true });
  });

  it('leave what is not a number or a boolean as written, so the error quotes it', () => {
    const input = propsFromQuery(query('speed=fast&autoplay=yes&traffic=&scenario=1'), {
      ...journey.schema,
      ...scaleOut.schema,
    });
    expect({ ...input }).toEqual({ speed: 'fast', autoplay: 'yes', traffic: '', scenario: '1' });
  });

  it('are validated like slide props: bad values and unknown props are errors', () => {
    const { errors } = checkWidgetProps(
      scaleOut,
      propsFromQuery(query('embed&widget=scale-out&speed=fast&colour=red'), scaleOut.schema),
    );
    expect(errors.map((e) => e.message)).toEqual([
      'prop "speed" must be a number from 1 to 60, not "fast"',
      'unknown prop "colour" (known: min, max, initial, traffic, speed, seed, preset, routing, capacity, warmup)',
    ]);
    const cross = checkWidgetProps(scaleOut, propsFromQuery(query('min=5&max=3'), scaleOut.schema));
    expect(cross.errors).toEqual([{ prop: 'min', message: 'prop "min" (5) must not be above "max" (3)' }]);
  });

  it('start a group at its minimum when no initial size is given, as AWS does (asg-capacity-limits)', () => {
    const three = checkWidgetProps(scaleOut, { min: 3, max: 5 });
    expect(three.errors).toEqual([]);
    expect(three.props).toMatchObject({ min: 3, max: 5, initial: 3 });
    expect(checkWidgetProps(scaleOut, { min: 1, max: 4 }).props).toMatchObject({ initial: 1 });
    const outside = checkWidgetProps(scaleOut, { min: 3, max: 5, initial: 2 });
    expect(outside.errors.map((e) => e.message)).toEqual([
      'prop "initial" (2) must be between min (3) and max (5)',
    ]);
  });

  it('report a key such as __proto__ as an unknown prop instead of touching the prototype', () => {
    const input = propsFromQuery(query('__proto__=x&constructor=y'), scaleOut.schema);
    expect(Object.keys(input)).toEqual(['__proto__', 'constructor']);
    const { errors } = checkWidgetProps(scaleOut, input);
    expect(errors.map((e) => e.prop)).toEqual(['__proto__', 'constructor']);
  });
});

describe('a widget embed URL from props', () => {
  it('names the widget and only the props that differ from its defaults', () => {
    const props = { scenario: 'slow-query', autoplay: false, speed: 1, start: 'gunicorn' };
    expect(queryForProps('request-journey', props, journey.schema)).toBe(
      '?embed&widget=request-journey&scenario=slow-query&start=gunicorn',
    );
  });

  it('leaves out an initial size that is the minimum, its default', () => {
    const props = { min: 3, max: 5, initial: 3 };
    expect(queryForProps('scale-out', props, scaleOut.schema)).toBe('?embed&widget=scale-out&min=3&max=5');
    expect(queryForProps('scale-out', { ...props, initial: 4 }, scaleOut.schema)).toContain('initial=4');
  });

  it('round-trips through propsFromQuery', () => {
    const props = { traffic: 75.5, preset: 'traffic-spike', routing: 'least-outstanding', warmup: 30 };
    const url = queryForProps('scale-out', props, scaleOut.schema);
    expect({ ...propsFromQuery(query(url), scaleOut.schema) }).toEqual(props);
  });

  it('encodes what it writes', () => {
    expect(queryForProps('a&b', { 'x y': 'a=b&c' }, {})).toBe('?embed&widget=a%26b&x%20y=a%3Db%26c');
  });
});

describe('widget props from any URL (fuzzed)', () => {
  it('return props or a readable error for every widget, never an exception', () => {
    const pairs = fc.array(
      fc.tuple(
        fc.oneof(
          fc.constantFrom('traffic', 'seed', 'speed', 'autoplay', 'scenario', 'preset', 'min'),
          fc.string(),
        ),
        fc.string(),
      ),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(pairs, (list) => {
        const q = new URLSearchParams(list);
        for (const widget of WIDGETS.values()) {
          const props = propsFromQuery(q, widget.schema);
          const { errors } = checkWidgetProps(widget, props);
          for (const error of errors) expect(error.message).toMatch(/\S/);
        }
      }),
    );
  });
});
