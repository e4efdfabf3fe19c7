import { describe, expect, it } from 'vitest';
import { stillHtml, withWidgetStills, type RenderStill } from './widgetStills.ts';
import { islandHtml } from '../widgets/islandMarkup.ts';
import { WIDGETS } from '../widgets/registry.ts';
import { validateProps } from '../widgets/propsSchema.ts';

const island = (name: string): string => {
  const widget = WIDGETS.get(name)!;
  return islandHtml(widget, validateProps(widget.schema, {}).props, 'slides/x.md:3');
};

describe('widget stills', () => {
  it('puts both layouts’ stills where the placeholder was, and a note for the page without scripts', async () => {
    const calls: string[] = [];
    const render: RenderStill = async (name, props, firstStep, layout) => {
      calls.push(`${name} ${layout} ${firstStep} ${typeof props}`);
      return `<figure aria-label="${name}">${layout}</figure>`;
    };
    const page = `<section>${island('scale-out')}</section><section>${island('blue-green')}</section>`;
    const out = await withWidgetStills(page, render, () => undefined);
    expect(out).not.toContain('widget-loading');
    expect(out).toContain(
      '<div class="widget-root"><div class="widget-still" data-layout="stage" role="figure" aria-label="scale-out"><figure aria-hidden="true" inert>stage</figure></div>' +
        '<div class="widget-still" data-layout="page" role="figure" aria-label="scale-out"><figure aria-hidden="true" inert>page</figure></div></div>',
    );
    expect(out.match(/class="widget-still-note"/g)).toHaveLength(2);
    expect(calls.sort()).toEqual([
      'blue-green page 0 object',
      'blue-green stage 0 object',
      'scale-out page 0 object',
      'scale-out stage 0 object',
    ]);
    // The steps and the island's data stay as they were.
    expect(out).toContain('data-props="');
    expect(out).toContain('class="widget-steps"');
  });

  it('names the still as the view is named, and hides the picture inside from keyboard and screen reader', () => {
    expect(
      stillHtml(
        'page',
        '<figure class="widget rj" aria-label="Request journey"><button>Play</button></figure>',
      ),
    ).toBe(
      '<div class="widget-still" data-layout="page" role="figure" aria-label="Request journey">' +
        '<figure class="widget rj" aria-hidden="true" inert><button>Play</button></figure></div>',
    );
    expect(stillHtml('stage', '<div role="region" aria-labelledby="t"><h3 id="t">x</h3></div>')).toBe(
      '<div class="widget-still" data-layout="stage" role="region"><div aria-hidden="true" inert><h3 id="t">x</h3></div></div>',
    );
  });

  it('keeps the placeholder of a view that cannot be drawn, and says so', async () => {
    const warnings: string[] = [];
    const page = island('request-journey');
    const out = await withWidgetStills(
      page,
      async () => {
        throw new Error('window is not defined');
      },
      (m) => warnings.push(m),
    );
    expect(out).toBe(page);
    expect(warnings).toEqual([
      'widget request-journey: no still drawn at build time (window is not defined)',
    ]);
  });
});
