import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodePlace, encodePlace, loadPlace, placeKey, savePlace } from './readingPlace.ts';

describe('resume place', () => {
  it('reads back what it wrote', () => {
    const place = { h: 3, v: 1, title: 'Auto-scaling' };
    expect(decodePlace(encodePlace(place))).toEqual(place);
  });

  it('ignores foreign, corrupt or hostile values', () => {
    for (const raw of [
      null,
      '',
      '{',
      'null',
      '3',
      '"#/3/1"',
      '{"h":3,"v":1,"title":"x"}',
      '{"version":1,"h":-1,"v":0,"title":"x"}',
      '{"version":1,"h":1.5,"v":0,"title":"x"}',
      '{"version":1,"h":"3","v":0,"title":"x"}',
      '{"version":1,"h":3,"v":0,"title":{"toString":1}}',
      '{"version":2,"h":3,"v":0,"title":"x"}',
    ]) {
      expect(decodePlace(raw)).toBeNull();
    }
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => decodePlace(raw) === null || typeof decodePlace(raw) === 'object'),
    );
    fc.assert(
      fc.property(fc.json(), (raw) => decodePlace(raw) === null || typeof decodePlace(raw) === 'object'),
    );
  });

  it('survives storage that throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(loadPlace(broken, '/')).toBeNull();
    expect(() => savePlace(broken, '/', { h: 1, v: 0, title: 'x' })).not.toThrow();
  });

  it('keeps one place per deck URL', () => {
    expect(placeKey('/a/')).not.toBe(placeKey('/b/'));
  });
});
