import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateProps, type PropsSchema } from './propsSchema.ts';

const schema = {
  scenario: { type: 'enum', values: ['cold-dns', 'warm-cache'], default: 'cold-dns' },
  autoplay: { type: 'boolean', default: false },
  speed: { type: 'number', min: 0.25, max: 4, default: 1 },
} satisfies PropsSchema;

describe('validateProps', () => {
  it('fills in defaults', () => {
    expect(validateProps(schema, undefined)).toEqual({
      props: { scenario: 'cold-dns', autoplay: false, speed: 1 },
      errors: [],
    });
  });

  it('keeps valid values', () => {
    expect(validateProps(schema, { scenario: 'warm-cache', speed: 4 }).props).toEqual({
      scenario: 'warm-cache',
      autoplay: false,
      speed: 4,
    });
  });

  it('names the prop, what was expected and what it got', () => {
    const { errors, props } = validateProps(schema, {
      speed: 9,
      scenario: 'hot',
      autoplay: 'yes',
      colour: 1,
    });
    expect(errors.map((e) => e.message)).toEqual([
      'prop "speed" must be a number from 0.25 to 4, not 9',
      'prop "scenario" must be one of cold-dns, warm-cache, not "hot"',
      'prop "autoplay" must be true or false, not "yes"',
      'unknown prop "colour" (known: scenario, autoplay, speed)',
    ]);
    expect(props).toEqual({ scenario: 'cold-dns', autoplay: false, speed: 1 });
  });

  it('rejects props that are not a mapping', () => {
    expect(validateProps(schema, 'scenario').errors[0].message).toMatch(/must be "name: value" lines/);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const { props } = validateProps(schema, input);
        expect(Object.keys(props)).toEqual(['scenario', 'autoplay', 'speed']);
      }),
    );
  });
});
