// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { WIDGETS } from '../../widgets/registry.ts';
import { widgetSection } from './widgetEmbed.ts';
import { reportHeight } from './frameHeight.ts';

const section = (search: string) => {
  const query = new URLSearchParams(search);
  return widgetSection(query.get('widget') ?? '', query);
};
const HOSTILE = ['<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '"><svg onload=alert(1)>'];

describe('a widget embed’s slide', () => {
  it('holds the widget’s island with the props from the URL', () => {
    const island = section(
      'embed&widget=request-journey&scenario=slow-query&speed=2',
    ).querySelector<HTMLElement>('.widget-island[data-widget="request-journey"]')!;
    expect(JSON.parse(island.dataset.props!)).toEqual({
      scenario: 'slow-query',
      autoplay: false,
      speed: 2,
      start: 'browser',
    });
    expect(island.querySelectorAll('.fragment.widget-step').length).toBeGreaterThan(5);
  });

  it('shows an unknown widget as an error card naming the known ones', () => {
    const card = section('embed&widget=nope').querySelector('[role="alert"]')!;
    expect(card.textContent).toContain(
      `unknown widget "nope" (known widgets: ${[...WIDGETS.keys()].join(', ')})`,
    );
  });

  it('shows bad props as an error card with each message', () => {
    const text = section('embed&widget=scale-out&speed=fast&min=0').querySelector(
      '[role="alert"]',
    )!.textContent;
    expect(text).toContain('widget scale-out: prop "speed" must be a number from 1 to 60, not "fast"');
    expect(text).toContain('widget scale-out: prop "min" must be a whole number from 1 to 20, not 0');
  });

  it.each(HOSTILE)('shows a hostile name, prop or value as text: %s', (evil) => {
    const e = encodeURIComponent(evil);
    for (const search of [`widget=${e}`, `widget=scale-out&${e}=1`, `widget=scale-out&preset=${e}`]) {
      const slide = section(`embed&${search}`);
      expect(slide.querySelector('[role="alert"]')!.textContent).toContain(evil);
      expect(slide.querySelectorAll('img, script, svg, .widget-island').length).toBe(0);
    }
  });
});

describe('height messages', () => {
  it('go to the parent, once per distinct height, and not at all outside a frame', () => {
    const observed: ResizeObserverCallback[] = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: ResizeObserverCallback) {
          observed.push(callback);
        }
        observe(): void {}
      },
    );
    const parent = { postMessage: vi.fn() } as unknown as Window;
    let height = 450;
    const post = reportHeight([document.body], () => height, parent);
    observed[0]([], {} as ResizeObserver);
    height = 300.2;
    post();
    expect(vi.mocked(parent.postMessage).mock.calls).toEqual([
      [{ type: 'stack-tour:height', height: 450 }, '*'],
      [{ type: 'stack-tour:height', height: 301 }, '*'],
    ]);
    reportHeight([document.body], () => 1, window)();
    expect(observed).toHaveLength(1);
    vi.unstubAllGlobals();
  });
});
