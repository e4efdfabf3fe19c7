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

  it('gives a prop with defaultFrom the other prop’s value when it is not given', () => {
    const sized = {
      min: { type: 'number', min: 1, max: 9, default: 2 },
      start: { type: 'number', min: 1, max: 9, default: 2, defaultFrom: 'min' },
    } as const;
    expect(validateProps(sized, { min: 4 }).props).toEqual({ min: 4, start: 4 });
    expect(validateProps(sized, { min: 4, start: 6 }).props).toEqual({ min: 4, start: 6 });
    expect(validateProps(sized, undefined).props).toEqual({ min: 2, start: 2 });
    // A bad value is reported and then follows min, like any other prop falls back to its default.
    expect(validateProps(sized, { min: 5, start: 0 }).props).toEqual({ min: 5, start: 5 });
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
