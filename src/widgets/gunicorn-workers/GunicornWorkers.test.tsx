// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WidgetLayout } from '../widgetDefinition.ts';
import type { WidgetDetail } from '../widgetDetail.ts';
import { gunicornWorkersWidget } from './definition.ts';
import { GUNICORN_LABEL, GunicornWorkers, type GunicornProps } from './GunicornWorkers.tsx';
import { gunicornStill } from './printStill.ts';
import { STEPS } from './storySteps.ts';

afterEach(cleanup);

const PROPS: GunicornProps = {
  cores: 2,
  workers: 0,
  workerClass: 'sync',
  threads: 1,
  driver: 'green',
  rate: 10,
  speed: 3,
  seed: 1,
};

function element(
  layout: WidgetLayout,
  step: number,
  extra: { active?: boolean; goToStep?: (n: number) => void } = {},
) {
  const publishDetail = vi.fn<(detail: WidgetDetail) => void>();
  return {
    publishDetail,
    node: (
      <GunicornWorkers
        props={PROPS}
        active={extra.active ?? false}
        reducedMotion
        step={step}
        firstStep={0}
        goToStep={extra.goToStep ?? (() => {})}
        setStepCount={() => {}}
        layout={layout}
        publishDetail={publishDetail}
      />
    ),
  };
}

function view(layout: WidgetLayout, step = 0, extra = {}) {
  const { node, publishDetail } = element(layout, step, extra);
  const rendered = render(node);
  const figure = screen.getByRole('figure', { name: GUNICORN_LABEL });
  const value = (label: string) => within(figure).getByLabelText(label, { selector: 'output' }).textContent;
  return { ...rendered, figure, publishDetail, value };
}

const BUTTONS = [
  'Send a slow request',
  'Kill the master',
  'Play',
  'Pause',
  'Reset',
  'Previous step',
  'Next step',
];
const OUTPUTS = ['Busy workers', 'Requests waiting', '502 responses', 'Supervisor', 'Throughput'];

describe('GunicornWorkers', () => {
  it('is named as its definition labels it', () => {
    expect(GUNICORN_LABEL).toBe(gunicornWorkersWidget.label);
  });

  for (const layout of ['stage', 'page'] as const) {
    it(`keeps its controls and outputs by name on the ${layout}`, () => {
      const { figure, value } = view(layout);
      for (const name of BUTTONS) expect(within(figure).getByRole('button', { name })).toBeTruthy();
      const cls = within(figure).getByRole('combobox', { name: 'Worker class' }) as HTMLSelectElement;
      expect([...cls.options].map((o) => o.value)).toEqual(['sync', 'gthread', 'gevent']);
      expect((within(figure).getByRole('spinbutton', { name: 'Workers' }) as HTMLInputElement).value).toBe(
        '5',
      );
      expect(within(figure).getByRole('combobox', { name: 'Database driver' })).toBeTruthy();
      expect(within(figure).getByRole('spinbutton', { name: 'Threads' })).toBeTruthy();
      expect(within(figure).getByRole('spinbutton', { name: 'Request rate' })).toBeTruthy();
      for (const label of OUTPUTS) expect(value(label)).not.toBeNull();
      expect(value('Supervisor')).toBe('RUNNING');
      expect(value('Busy workers')).toBe('0');
      expect(
        within(within(figure).getByRole('list', { name: 'Worker processes' })).getAllByRole('listitem'),
      ).toHaveLength(5);
    });
  }

  it('a slow request per worker fills every sync worker; further requests wait', () => {
    const { figure, value } = view('page');
    for (let i = 0; i < 5; i++)
      fireEvent.click(within(figure).getByRole('button', { name: 'Send a slow request' }));
    expect(value('Busy workers')).toBe('5');
    fireEvent.click(within(figure).getByRole('button', { name: 'Send a slow request' }));
    expect(value('Requests waiting')).toBe('1');
  });

  it('Kill the master: 502s for what it held, Supervisor STARTING; Reset returns to RUNNING', () => {
    const goToStep = vi.fn();
    const { figure, value } = view('stage', 0, { goToStep });
    fireEvent.click(within(figure).getByRole('button', { name: 'Send a slow request' }));
    fireEvent.click(within(figure).getByRole('button', { name: 'Kill the master' }));
    expect(value('Supervisor')).toBe('EXITED');
    expect(value('502 responses')).toBe('1');
    fireEvent.click(within(figure).getByRole('button', { name: 'Reset' }));
    expect(value('Supervisor')).toBe('RUNNING');
    expect(goToStep).toHaveBeenCalledWith(0);
  });

  it('changing the class to gevent enables the database driver', () => {
    const { figure } = view('page');
    const driver = within(figure).getByRole('combobox', { name: 'Database driver' }) as HTMLSelectElement;
    expect(driver.disabled).toBe(true);
    fireEvent.change(within(figure).getByRole('combobox', { name: 'Worker class' }), {
      target: { value: 'gevent' },
    });
    expect(driver.disabled).toBe(false);
  });

  it('Play and Pause say which is on', () => {
    const { figure } = view('stage');
    const play = within(figure).getByRole('button', { name: 'Play' });
    expect(play.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(within(figure).getByRole('button', { name: 'Pause' }));
    expect(play.getAttribute('aria-pressed')).toBe('false');
  });

  it('runs its clock only while active and playing (reduced motion: numbers still advance)', async () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'performance'] });
    try {
      const { figure } = view('page', 0, { active: true });
      const clock = () => within(figure).getByText(/^\d+:\d\d\.\d$/).textContent;
      const before = clock();
      await act(async () => vi.advanceTimersByTime(1000));
      expect(clock()).not.toBe(before);
      fireEvent.click(within(figure).getByRole('button', { name: 'Pause' }));
      const paused = clock();
      await act(async () => vi.advanceTimersByTime(1000));
      expect(clock()).toBe(paused);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a step shows its moment and publishes its detail as tables', () => {
    const timeout = STEPS.findIndex((s) => s.id === 'timeout');
    const { value, publishDetail } = view('stage', timeout);
    expect(value('502 responses')).toBe('5');
    const detail = publishDetail.mock.calls.at(-1)?.[0] ?? [];
    expect(detail.map((t) => t.caption)).toEqual([
      'Events',
      expect.stringMatching(/^Workers at /),
      expect.stringMatching(/^Requests at /),
    ]);
    expect(detail[0].rows.some((r) => /timed out after 30 s/.test(r[1]))).toBe(true);
  });

  it('renders its still on the server, deterministically, at the timeout moment', () => {
    const still = gunicornStill({ ...PROPS });
    expect(STEPS[still.step].id).toBe('timeout');
    expect(still.caption).toMatch(/502/);
    const markup = () => renderToString(element('page', still.step).node);
    expect(markup()).toBe(markup());
    expect(markup()).toContain('Gunicorn workers');
  });
});
