// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScaleOut, type ScaleOutProps } from './ScaleOut.tsx';
import type { WidgetDetail } from '../widgetDetail.ts';
import type { WidgetLayout } from '../widgetDefinition.ts';
import { METRIC_COLUMNS } from './scaleOutDetail.ts';

import { TEST_PROPS } from './testProps.testing.ts';

afterEach(cleanup);

const PROPS = TEST_PROPS;

interface Setup {
  props?: Partial<ScaleOutProps>;
  layout?: WidgetLayout;
  /** Shown and not reduced motion: request dots fly, as in the room. */
  live?: boolean;
  publishDetail?: (detail: WidgetDetail) => void;
}

function setup({ props = {}, layout = 'stage', live = false, publishDetail = () => {} }: Setup = {}) {
  return render(
    <ScaleOut
      props={{ ...PROPS, ...props }}
      active={live}
      step={0}
      firstStep={0}
      goToStep={() => {}}
      setStepCount={() => {}}
      reducedMotion={!live}
      layout={layout}
      publishDetail={publishDetail}
    />,
  );
}

const CONTROLS = [
  'Play',
  'Pause',
  'Reset',
  'Terminate an instance',
  'Morning ramp',
  'Traffic spike',
  'Night lull',
];

describe('ScaleOut on stage', () => {
  it('keeps the figure, its controls and labelled figures by name, and says what just happened', () => {
    setup({ props: { initial: 3 } });
    const figure = screen.getByRole('figure', { name: 'Scale-out' });
    for (const name of [...CONTROLS, 'Instance failure', 'Details'])
      expect(within(figure).getByRole('button', { name })).toBeTruthy();
    expect(within(figure).getByRole('group', { name: 'Presets' })).toBeTruthy();
    expect(within(figure).getByRole('slider', { name: 'Traffic' })).toBeTruthy();
    expect(within(figure).getByRole('combobox', { name: 'Speed' })).toBeTruthy();
    for (const [label, value] of [
      ['In service', '3'],
      ['Desired', '3'],
      ['Failed requests', '0'],
    ])
      expect(within(figure).getByLabelText(label).textContent).toBe(value);
    expect(within(figure).getByLabelText('Average CPU').textContent?.trim()).toMatch(/^\d+$/);
    expect(within(figure).getByRole('list', { name: 'Instances' }).querySelectorAll('li')).toHaveLength(3);
    // The newest event is the narration; the log and the chart are the page's.
    expect(within(figure).getByRole('status', { name: 'Newest event' }).textContent).toMatch(
      /^12:00 3 instances in service/,
    );
    expect(within(figure).queryByRole('log')).toBeNull();
    expect(within(figure).queryByRole('img')).toBeNull();
    // What is the tour's and not AWS's default is said on stage too (fidelity audit W8).
    expect(figure.textContent).toContain('1-min alarms, capacity: tour’s');
  });

  it('narrates the newest event, and the Details panel holds the log and the numbers per period', () => {
    setup({ props: { warmup: 3 } });
    fireEvent.click(screen.getByRole('button', { name: 'Terminate an instance' }));
    expect(screen.getByRole('status', { name: 'Newest event' }).textContent).toBe(
      '12:03 i-1 terminated by hand: it stops answering requests and health checks',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Details' }));
    const panel = screen.getByRole('region', { name: 'Scale-out details' });
    expect(within(panel).getByRole('table', { name: 'Events' }).textContent).toContain('terminated by hand');
    const periods = within(panel).getByRole('table', { name: /metric period/i });
    expect([...periods.querySelectorAll('th')].map((th) => th.textContent)).toEqual(METRIC_COLUMNS);
    // Three minutes run: three periods, the last ending 12:03 with 2 instances serving 30 requests/s.
    const last = [...periods.querySelectorAll('tbody tr')].at(-1)!;
    expect([...last.querySelectorAll('td')].map((td) => td.textContent)).toMatchObject([
      '12:03',
      expect.stringMatching(/^\d+$/),
      '100',
      expect.stringMatching(/^\d+$/),
      '2',
      '0',
    ]);
  });

  it('publishes the detail when an event is added, not when nothing new happened', () => {
    const publishDetail = vi.fn();
    setup({ publishDetail });
    expect(publishDetail).toHaveBeenCalledTimes(1);
    const [events, periods] = publishDetail.mock.lastCall![0] as WidgetDetail;
    expect(events.rows).toEqual([
      ['12:00', '2 instances in service behind the load balancer (group min 2, max 10)'],
    ]);
    expect(periods.rows).toEqual([]);
    // The traffic changes the state, not the detail.
    fireEvent.change(screen.getByRole('slider', { name: 'Traffic' }), { target: { value: '300' } });
    expect(publishDetail).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Terminate an instance' }));
    expect(publishDetail).toHaveBeenCalledTimes(2);
    expect((publishDetail.mock.lastCall![0] as WidgetDetail)[0].rows).toHaveLength(2);
  });

  it('publishes the same detail on the page, where the log and the chart stay', () => {
    const publishDetail = vi.fn();
    setup({ layout: 'page', props: { warmup: 5 }, publishDetail });
    expect(screen.getByRole('log')).toBeTruthy();
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/^Last 5 minutes/);
    expect(screen.queryByRole('button', { name: 'Details' })).toBeNull();
    const [events, periods] = publishDetail.mock.lastCall![0] as WidgetDetail;
    expect(events.caption).toBe('Events');
    expect(periods.rows).toHaveLength(5);
  });
});

describe('the stage element budget', () => {
  const BUDGET = 120;
  const elements = (container: HTMLElement) => container.querySelectorAll('*').length;

  it('stays within 120 elements through both slides’ stories, dots flying', () => {
    let largest = 0;
    for (const preset of ['instance-failure', 'morning-ramp'] as const) {
      for (let warmup = 0; warmup <= 150; warmup += 10) {
        const { container, unmount } = setup({ props: { preset, warmup }, live: true });
        largest = Math.max(largest, elements(container));
        unmount();
      }
    }
    expect(largest).toBeLessThanOrEqual(BUDGET);
  });

  it('stays within 120 elements as the group scales out to its maximum, and with one more failing', () => {
    const sizes: number[] = [];
    for (let warmup = 0; warmup <= 120; warmup += 10) {
      const { container, unmount } = setup({ props: { traffic: 800, warmup }, live: true });
      sizes.push(elements(container));
      unmount();
    }
    // At the maximum, one instance crashes: it is drawn until terminated while its replacement boots.
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
    try {
      const { container } = setup({ props: { traffic: 800, warmup: 120 }, live: true });
      expect(screen.getByLabelText('In service').textContent).toBe('10');
      expect(container.querySelectorAll('.req-dot').length).toBeGreaterThan(0);
      fireEvent.click(screen.getByRole('button', { name: 'Terminate an instance' }));
      let most = 0;
      for (let frame = 0; frame < 150 && most < 11; frame++) {
        act(() => vi.advanceTimersByTime(50));
        most = Math.max(most, screen.getByRole('list', { name: 'Instances' }).querySelectorAll('li').length);
        sizes.push(elements(container));
      }
      expect(most).toBe(11);
    } finally {
      vi.useRealTimers();
    }
    expect(Math.max(...sizes)).toBeLessThanOrEqual(BUDGET);
  });
});
