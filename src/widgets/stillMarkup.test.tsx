import { describe, expect, it } from 'vitest';
import { renderStill } from './stillMarkup.tsx';
import { WIDGETS } from './registry.ts';
import { validateProps } from './propsSchema.ts';

describe('a widget’s still', () => {
  for (const [name, widget] of WIDGETS)
    for (const layout of ['stage', 'page'] as const)
      it(`${name} (${layout}) is its view at the opening step: a figure with its accessible name`, async () => {
        const { props } = validateProps(widget.schema, {});
        const html = await renderStill(name, props, widget.firstStep?.(props) ?? 0, layout);
        expect(html).toMatch(new RegExp(`^<figure [^>]*aria-label="${widget.label}"`));
        // Small enough for a slide beside the current one (the stage's limit is 120 elements).
        expect((html.match(/<[a-z]/g) ?? []).length).toBeLessThan(layout === 'stage' ? 120 : 200);
      });
});
