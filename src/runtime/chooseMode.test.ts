import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { revealOptions } from './revealOptions.ts';
import { chooseMode, urlForMode } from './chooseMode.ts';

describe('chooseMode', () => {
  it('presents on a laptop and reads on a phone held upright', () => {
    expect(chooseMode('', 1280, 720).kind).toBe('present');
    expect(chooseMode('', 390, 844)).toMatchObject({ kind: 'read', auto: true });
    expect(chooseMode('', 844, 390).kind).toBe('present');
    expect(chooseMode('?receiver', 300, 400).kind).toBe('present');
  });

  it('follows the URL: view=scroll, view=present, embed, print-pdf', () => {
    expect(chooseMode('?view=scroll', 1280, 720)).toMatchObject({ kind: 'read', auto: false });
    expect(chooseMode('?view=present', 390, 844).kind).toBe('present');
    expect(chooseMode('?embed', 1280, 720)).toMatchObject({ kind: 'embed', widget: null });
    expect(chooseMode('?embed&widget=scale-out&traffic=90', 300, 600)).toMatchObject({
      kind: 'embed',
      widget: 'scale-out',
    });
    expect(chooseMode('?print-pdf', 1280, 720)).toMatchObject({ kind: 'print', notes: false });
    expect(chooseMode('?print-pdf&notes', 1280, 720)).toMatchObject({ kind: 'print', notes: true });
  });

  it('never throws on a strange query', () => {
    for (const q of ['?%', '?view', '?view=<script>', '??&&==', '?embed=<b>&widget=']) {
      expect(() => chooseMode(q, 1280, 720)).not.toThrow();
    }
    expect(chooseMode('?view=<script>', 1280, 720).kind).toBe('present');
  });

  it('builds links between present and read mode at the same slide', () => {
    expect(urlForMode('read', '/deck/', '#/3/1')).toBe('/deck/?view=scroll#/3/1');
    expect(urlForMode('present', '/deck/', '')).toBe('/deck/?view=present');
  });
});

describe('modes from any URL', () => {
  const query = fc.oneof(
    fc.string(),
    fc
      .array(
        fc.tuple(
          fc.constantFrom('view', 'embed', 'widget', 'print-pdf', 'notes', 'receiver', 'keyboard', 'x'),
          fc.string(),
        ),
        { maxLength: 6 },
      )
      .map((pairs) => '?' + pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')),
  );

  it('always returns a mode and reveal options, never an exception', () => {
    fc.assert(
      fc.property(query, fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 5000 }), (q, w, h) => {
        const mode = chooseMode(q, w, h);
        expect(['present', 'read', 'embed', 'print']).toContain(mode.kind);
        const options = revealOptions(mode, w, h);
        // No query value ever reaches reveal's options as such.
        expect(JSON.stringify(options)).not.toContain('<');
      }),
    );
  });
});
