// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RequestJourney, type RequestJourneyProps } from './RequestJourney.tsx';
import { buildScenario, SCENARIO_NAMES, type ScenarioName } from './model.ts';
import { START_PROMPT } from './journeyView.ts';
import { STAGE_DETAIL_ROWS } from '../widgetDetail.ts';

afterEach(cleanup);

/** The stage's element budget (the issue's ~120), the SVG's elements included. */
const STAGE_ELEMENTS = 120;

/** The widget on stage at `step`, as the island draws it. */
const onStageAt = (
  step: number,
  props: Partial<RequestJourneyProps> = {},
  spies = { goToStep: vi.fn(), publishDetail: vi.fn() },
) => (
  <RequestJourney
    props={{ scenario: 'cold-dns', autoplay: false, speed: 1, start: 'browser', ...props }}
    active
    step={step}
    firstStep={0}
    goToStep={spies.goToStep}
    setStepCount={vi.fn()}
    reducedMotion
    layout="stage"
    publishDetail={spies.publishDetail}
  />
);

function onStage(step = 0, props: Partial<RequestJourneyProps> = {}) {
  const spies = { goToStep: vi.fn(), publishDetail: vi.fn() };
  const view = render(onStageAt(step, props, spies));
  const elements = () => view.container.querySelectorAll('*').length;
  return { ...spies, view, elements };
}

const openDetails = () => fireEvent.click(screen.getByRole('button', { name: 'Details' }));

describe('RequestJourney on stage', () => {
  it('keeps every control’s role and name, compact', () => {
    const { goToStep } = onStage(2);
    const figure = screen.getByRole('figure', { name: 'Request journey' });
    for (const name of ['Play', 'Pause', 'Previous step', 'Next step', 'Reset', 'Details']) {
      expect(within(figure).getByRole('button', { name })).toBeTruthy();
    }
    expect(within(figure).getByRole('combobox', { name: 'Scenario' })).toBeTruthy();
    expect(within(figure).getByRole('button', { name: 'Next step' }).textContent).toBe('→');
    fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    expect(goToStep).toHaveBeenLastCalledWith(3);
    fireEvent.click(screen.getByRole('button', { name: 'Previous step' }));
    expect(goToStep).toHaveBeenLastCalledWith(1);
  });

  it('renders at most ~120 elements at every step of every scenario, Details open or not', () => {
    const counts = (name: ScenarioName) => {
      const { view, elements } = onStage(0, { scenario: name });
      const found: number[] = [];
      for (let step = 0; step <= buildScenario(name).steps.length; step++) {
        view.rerender(onStageAt(step, { scenario: name }));
        found.push(elements());
        if (step === buildScenario(name).steps.length) {
          openDetails();
          found.push(elements());
        }
      }
      cleanup();
      return found;
    };
    for (const name of SCENARIO_NAMES) {
      expect(Math.max(...counts(name)), name).toBeLessThanOrEqual(STAGE_ELEMENTS);
    }
  });

  it('narrates the step: its title, milliseconds and the illustrative marker, no timeline', () => {
    const steps = buildScenario('cold-dns').steps;
    const { view } = onStage(6);
    const status = screen.getByRole('status');
    expect(status.textContent).toContain(`${steps[5].label} · ${steps[5].ms} ms`);
    expect(status.textContent).toContain('(illustrative)');
    expect(status.textContent).toContain(steps[5].narration);
    expect(status.textContent).not.toContain('Carries');
    expect(view.container.querySelector('[aria-current="step"]')?.getAttribute('data-hop')).toBe(
      steps[5].hop,
    );
    expect(screen.queryByRole('table', { name: 'Timeline' })).toBeNull();
  });

  it('says only how to start before the first step', () => {
    onStage(0);
    expect(screen.getByRole('status').textContent).toBe(START_PROMPT);
  });

  it('publishes the timeline and shows its newest rows in the Details panel', () => {
    const steps = buildScenario('cold-dns').steps;
    const { publishDetail } = onStage(12);
    const [table] = publishDetail.mock.lastCall![0];
    expect(table.columns).toEqual(['Step', 'Where', 'ms', 'Total ms']);
    expect(table.rows).toHaveLength(12);
    const total = steps.slice(0, 12).reduce((sum, s) => sum + s.ms, 0);
    expect(table.rows[11][3]).toBe(String(total));
    openDetails();
    const panel = screen.getByRole('region', { name: 'Request journey details' });
    const rows = within(panel)
      .getByRole('table', { name: /Timeline/ })
      .querySelectorAll('tbody tr');
    expect(rows).toHaveLength(STAGE_DETAIL_ROWS);
    expect(rows[rows.length - 1].textContent).toContain(steps[11].label);
  });

  it('opens a hop’s excerpt over the picture with Enter; Escape closes it', () => {
    const { view } = onStage(3);
    fireEvent.keyDown(view.container.querySelector('[data-hop="gunicorn"]')!, { key: 'Enter' });
    const detail = screen.getByRole('region', { name: /Gunicorn/ });
    expect(detail.textContent).toContain('--timeout 30');
    fireEvent.keyDown(within(detail).getByRole('button', { name: 'Close' }), { key: 'Escape' });
    expect(screen.queryByRole('region', { name: /Gunicorn/ })).toBeNull();
  });
});
