// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RequestJourney, type RequestJourneyProps } from './RequestJourney.tsx';
import { buildScenario } from './model.ts';

afterEach(cleanup);

function setup(step = 0, props: Partial<RequestJourneyProps> = {}) {
  const goToStep = vi.fn();
  const setStepCount = vi.fn();
  const publishDetail = vi.fn();
  const view = render(
    <RequestJourney
      props={{ scenario: 'cold-dns', autoplay: false, speed: 1, start: 'browser', ...props }}
      active
      step={step}
      firstStep={0}
      goToStep={goToStep}
      setStepCount={setStepCount}
      reducedMotion
      layout="page"
      publishDetail={publishDetail}
    />,
  );
  return { goToStep, setStepCount, publishDetail, view };
}

// One row per completed step: the table has no header row.
const timelineRows = () => within(screen.getByRole('table', { name: 'Timeline' })).queryAllByRole('row');

describe('RequestJourney on a page', () => {
  it('is a figure named "Request journey" with its controls', () => {
    setup();
    const figure = screen.getByRole('figure', { name: 'Request journey' });
    for (const name of ['Play', 'Pause', 'Next step', 'Previous step', 'Reset']) {
      expect(within(figure).getByRole('button', { name })).toBeTruthy();
    }
    expect(within(figure).getByRole('combobox', { name: 'Scenario' })).toBeTruthy();
  });

  it('shows the step it is given: the current hop, its narration and one timeline row per step done', () => {
    const steps = buildScenario('cold-dns').steps;
    const { view } = setup(3);
    const current = view.container.querySelector('[aria-current="step"]');
    expect(current?.getAttribute('data-hop')).toBe(steps[2].hop);
    expect(screen.getByRole('status').textContent).toContain(steps[2].narration);
    expect(timelineRows()).toHaveLength(3);
    expect(timelineRows()[2].textContent).toContain(String(steps[2].ms));
  });

  it('asks the island to move: Next, Previous and Reset', () => {
    const { goToStep } = setup(2);
    fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    expect(goToStep).toHaveBeenLastCalledWith(3);
    fireEvent.click(screen.getByRole('button', { name: 'Previous step' }));
    expect(goToStep).toHaveBeenLastCalledWith(1);
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(goToStep).toHaveBeenLastCalledWith(0);
  });

  it('switches scenario: a new number of steps, back to the start', () => {
    const { goToStep, setStepCount } = setup(4);
    fireEvent.change(screen.getByRole('combobox', { name: 'Scenario' }), {
      target: { value: 'static-file' },
    });
    expect(setStepCount).toHaveBeenCalledWith(buildScenario('static-file').steps.length);
    expect(goToStep).toHaveBeenLastCalledWith(0);
  });

  it('opens a hop’s details with Enter, and Escape closes them without reaching the deck', () => {
    const { view } = setup();
    const nginx = view.container.querySelector('[data-hop="nginx"]') as HTMLElement;
    fireEvent.keyDown(nginx, { key: 'Enter' });
    const detail = screen.getByRole('region', { name: /nginx/i });
    expect(detail.textContent).toContain('return 301');
    const deckHeard = vi.fn();
    document.addEventListener('keydown', deckHeard);
    fireEvent.keyDown(within(detail).getByRole('button', { name: 'Close' }), { key: 'Escape' });
    document.removeEventListener('keydown', deckHeard);
    expect(deckHeard).not.toHaveBeenCalled();
    expect(screen.queryByRole('region', { name: /nginx/i })).toBeNull();
  });

  it('keeps Space on its buttons from turning the slide', () => {
    setup();
    const deckHeard = vi.fn();
    document.addEventListener('keydown', deckHeard);
    fireEvent.keyDown(screen.getByRole('button', { name: 'Next step' }), { key: ' ' });
    fireEvent.keyDown(screen.getByRole('button', { name: 'Next step' }), { key: 'ArrowRight' });
    document.removeEventListener('keydown', deckHeard);
    expect(deckHeard).toHaveBeenCalledTimes(1);
  });

  it('publishes the timeline as the presenter’s detail, one row per step done', () => {
    const { publishDetail } = setup(4);
    const [table] = publishDetail.mock.lastCall![0];
    expect(table.rows).toHaveLength(4);
  });

  it('keeps the packet’s label inside the picture at its edges', () => {
    const steps = buildScenario('cold-dns').steps;
    const atPostgres = steps.findIndex((s) => s.hop === 'postgres') + 1;
    const { view } = setup(atPostgres);
    const label = view.container.querySelector('.rj-packet-label');
    expect(label?.getAttribute('text-anchor')).toBe('end');
  });
});
