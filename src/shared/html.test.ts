import { describe, expect, it } from 'vitest';
import { slugify } from './html.ts';

describe('slugify', () => {
  it('makes a hash name of any script: Latin loses its accents, others keep their marks', () => {
    expect(slugify('The stack at a glance')).toBe('the-stack-at-a-glance');
    expect(slugify('Café Économie')).toBe('cafe-economie');
    expect(slugify('ガイドの概要')).toBe('ガイドの概要');
    expect(slugify('Привет, мир!')).toBe('привет-мир');
  });
});
