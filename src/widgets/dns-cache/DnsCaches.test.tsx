// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validateProps } from '../propsSchema.ts';
import type { WidgetLayout } from '../widgetDefinition.ts';
import type { WidgetDetail } from '../widgetDetail.ts';
import { DNS_CACHES_LABEL, DnsCaches, type DnsCachesProps } from './DnsCaches.tsx';
import { dnsCacheWidget } from './definition.ts';
import { dnsCacheStill } from './printStill.ts';
import { STEP_COUNT, stepIndex } from './storySteps.ts';

afterEach(cleanup);

const PROPS = validateProps(dnsCacheWidget.schema, {}).props as unknown as DnsCachesProps;

function view(layout: WidgetLayout, step: number, more: Partial<DnsCachesProps> = {}) {
  const publishDetail = vi.fn<(detail: WidgetDetail) => void>();
  const element = (at: number) => (
    <DnsCaches
      props={{ ...PROPS, ...more }}
      active
      reducedMotion={false}
      step={at}
      firstStep={0}
      goToStep={() => {}}
      setStepCount={() => {}}
      layout={layout}
      publishDetail={publishDetail}
    />
  );
  const rendered = render(element(step));
  const figure = screen.getByRole('figure', { name: DNS_CACHES_LABEL });
  return { ...rendered, figure, publishDetail, goTo: (at: number) => rendered.rerender(element(at)) };
}

const out = (figure: HTMLElement, name: string) => within(figure).getByRole('status', { name }).textContent;
const click = (figure: HTMLElement, name: string) =>
  fireEvent.click(within(figure).getByRole('button', { name }));

describe('DnsCaches', () => {
  it('is named as its definition labels it, with validated props and one step per moment', () => {
    expect(DNS_CACHES_LABEL).toBe(dnsCacheWidget.label);
    expect(PROPS).toMatchObject({ record: 'alias', ttl: 86_400, delegations: 'warm' });
    expect(validateProps(dnsCacheWidget.schema, { record: 'cname', ttl: 5 }).errors).toHaveLength(2);
    expect(dnsCacheWidget.stepCount(PROPS as never)).toBe(STEP_COUNT - 1);
  });

  for (const layout of ['stage', 'page'] as const) {
    it(`keeps its controls and outputs by name on the ${layout}`, () => {
      const { figure } = view(layout, 0);
      for (const name of ['Visit quorum.us', 'The ELB moves', 'Reset', 'Advance the clock 10 seconds']) {
        expect(within(figure).getByRole('button', { name })).toBeTruthy();
      }
      expect(within(figure).queryByRole('button', { name: 'Update the A record' })).toBeNull();
      expect(within(figure).getByRole('combobox', { name: 'Record' })).toBeTruthy();
      for (const name of ['Answered by', 'Lookup time', 'Visitor reached'])
        expect(out(figure, name)).toBe('—');
      for (const name of ['Browser TTL left', 'OS TTL left', 'Resolver TTL left'])
        expect(out(figure, name)).toBe('—');
      expect(within(figure).getByRole('list', { name: 'Caches' })).toBeTruthy();
      expect(figure.textContent).toMatch(/illustrative/);
    });
  }

  it('runs the lesson from the buttons: a walk, a browser hit, the ELB moves, the alias followed', () => {
    const { figure } = view('stage', 0);
    click(figure, 'Visit quorum.us');
    expect(out(figure, 'Answered by')).toBe('Route 53');
    expect(out(figure, 'Browser TTL left')).toBe('60 s');
    expect(figure.textContent).toContain('no root server asked');
    click(figure, 'Advance the clock 10 seconds');
    click(figure, 'Visit quorum.us');
    expect(out(figure, 'Answered by')).toBe('Browser cache');
    expect(out(figure, 'Lookup time')).toBe('0 ms');
    expect(out(figure, 'Resolver TTL left')).toBe('50 s');
    click(figure, 'The ELB moves');
    click(figure, 'Visit quorum.us');
    expect(out(figure, 'Visitor reached')).toBe('203.0.113.10');
    expect(figure.textContent).toContain('old address: nothing answers');
    click(figure, 'Advance the clock 1 minute');
    click(figure, 'Visit quorum.us');
    expect(out(figure, 'Visitor reached')).toBe('203.0.113.11');
  });

  it('with a hand-made A record the visitor keeps the old address until the record is updated', () => {
    const { figure } = view('page', 0);
    fireEvent.change(within(figure).getByRole('combobox', { name: 'Record' }), {
      target: { value: 'a-record' },
    });
    click(figure, 'Visit quorum.us');
    click(figure, 'The ELB moves');
    click(figure, 'Advance the clock 1 day');
    click(figure, 'Visit quorum.us');
    expect(out(figure, 'Answered by')).toBe('Route 53');
    expect(out(figure, 'Visitor reached')).toBe('203.0.113.10');
    click(figure, 'Update the A record');
    click(figure, 'Advance the clock 1 day');
    click(figure, 'Visit quorum.us');
    expect(out(figure, 'Visitor reached')).toBe('203.0.113.11');
    expect(within(figure).getByRole('log', { name: 'Events' }).textContent).toContain('edited');
  });

  it('walks the story by step, told with the record chosen, and publishes the detail as tables', () => {
    const { figure, goTo, publishDetail } = view('stage', 0);
    goTo(stepIndex('moved'));
    expect(out(figure, 'Answered by')).toBe('Browser cache');
    expect(out(figure, 'Visitor reached')).toBe('203.0.113.10');
    goTo(stepIndex('minute'));
    expect(out(figure, 'Visitor reached')).toBe('203.0.113.11');
    const captions = publishDetail.mock.lastCall![0].map((t) => t.caption);
    expect(captions).toEqual([
      'Events',
      'Lookup at 65 s',
      'Caches at 65 s',
      "Resolver's delegations at 65 s",
    ]);
    click(figure, 'Details');
    expect(within(figure).getByRole('region', { name: 'DNS caches details' })).toBeTruthy();
  });

  it('stays within the stage budget of elements at every step', () => {
    for (let step = 0; step < STEP_COUNT; step++) {
      const { figure, unmount } = view('stage', step, { record: 'a-record' });
      expect(figure.querySelectorAll('*').length + 1).toBeLessThanOrEqual(120);
      unmount();
    }
  });

  it('prints the telling moment: a hand-made A record still sends the visitor to the old address', () => {
    const still = dnsCacheStill({ ...PROPS });
    expect(still.caption).toMatch(/old address/);
    const html = renderToStaticMarkup(
      <DnsCaches
        props={still.props as unknown as DnsCachesProps}
        active={false}
        reducedMotion
        step={still.step}
        firstStep={0}
        goToStep={() => {}}
        setStepCount={() => {}}
        layout="page"
        publishDetail={() => {}}
      />,
    );
    expect(html).toContain('OS cache answered');
    expect(html).toContain('203.0.113.10, the old address');
  });
});
