// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WidgetLayout } from '../widgetDefinition.ts';
import type { WidgetDetail } from '../widgetDetail.ts';
import { DeployPipeline } from './DeployPipeline.tsx';
import { FAILURES, STEP_COUNT, type Failure } from './model.ts';

afterEach(cleanup);

function setup(layout: WidgetLayout, step = 0, failure: Failure = 'none') {
  const goToStep = vi.fn();
  const publishDetail = vi.fn<(detail: WidgetDetail) => void>();
  const view = render(
    <DeployPipeline
      props={{ failure }}
      active
      step={step}
      firstStep={0}
      goToStep={goToStep}
      setStepCount={() => {}}
      reducedMotion
      layout={layout}
      publishDetail={publishDetail}
    />,
  );
  const figure = screen.getByRole('figure', { name: 'Deploy pipeline' });
  return { goToStep, publishDetail, view, figure };
}

const lastDetail = (publish: ReturnType<typeof setup>['publishDetail']) => publish.mock.lastCall![0];
const rowOf = (detail: WidgetDetail, stage: string) =>
  detail.flatMap((table) => table.rows).find((row) => row[0] === stage);

describe('DeployPipeline', () => {
  for (const layout of ['stage', 'page'] as const) {
    it(`keeps its controls' names on the ${layout}, and they move the step`, () => {
      const { figure, goToStep } = setup(layout, 2);
      fireEvent.click(within(figure).getByRole('button', { name: 'Next step' }));
      expect(goToStep).toHaveBeenLastCalledWith(3);
      fireEvent.click(within(figure).getByRole('button', { name: 'Previous step' }));
      expect(goToStep).toHaveBeenLastCalledWith(1);
      expect(within(figure).getByRole('combobox', { name: 'What goes wrong' })).toBeTruthy();
      expect(figure.querySelector('[aria-live="polite"]')?.textContent).toContain(
        'Step 2 of 9: CI tests and code review',
      );
      // Every stage's status is there in words: written on the page, said to screen readers on stage.
      expect(within(figure).getAllByRole('listitem')).toHaveLength(STEP_COUNT);
      expect(within(figure).getByRole('listitem', { current: 'step' }).textContent).toContain(
        'the change is here',
      );
    });
  }

  it('stays within 120 elements on stage at every step of every failure, Details closed or open', () => {
    for (const failure of FAILURES)
      for (let step = 0; step <= STEP_COUNT; step++) {
        const { figure } = setup('stage', step, failure);
        expect(figure.querySelectorAll('*').length).toBeLessThanOrEqual(120);
        fireEvent.click(within(figure).getByRole('button', { name: 'Details' }));
        expect(figure.querySelectorAll('*').length).toBeLessThanOrEqual(120);
        cleanup();
      }
  });

  it('on stage, shows statuses by colour and icon and keeps their words for screen readers', () => {
    const { figure } = setup('stage', 4, 'ci');
    const merge = within(figure)
      .getAllByRole('listitem')
      .find((item) => item.textContent?.startsWith('Merge into master'));
    expect(merge?.textContent).toContain('not reached');
    const statuses = [...figure.querySelectorAll('.dp-status')];
    expect(statuses).toHaveLength(STEP_COUNT);
    expect(statuses.every((s) => s.classList.contains('visually-hidden'))).toBe(true);
    expect(within(figure).getByRole('button', { name: 'Next step' }).textContent).toBe('→');
  });

  it('on the page, writes every status and offers no Details button (it shows the detail itself)', () => {
    const { figure } = setup('page', 4, 'ci');
    const statuses = [...figure.querySelectorAll('.dp-status')];
    expect(statuses.some((s) => s.classList.contains('visually-hidden'))).toBe(false);
    expect(statuses.map((s) => s.textContent)).toContain('failed: sent back');
    expect(within(figure).queryByRole('button', { name: 'Details' })).toBeNull();
    expect(within(figure).getByRole('button', { name: 'Next step' }).textContent).toBe('Next step');
    expect(figure.textContent).toContain('Step 4 of 9');
  });

  it('publishes every stage’s status and tools, in both layouts, and again when the failure changes', () => {
    for (const layout of ['stage', 'page'] as const) {
      const { figure, publishDetail } = setup(layout, 4);
      expect(lastDetail(publishDetail).map((t) => t.caption)).toEqual(['Review', 'Release', 'Ship']);
      expect(rowOf(lastDetail(publishDetail), 'Staging and QA rounds')).toEqual([
        'Staging and QA rounds',
        'the change is here',
        '—',
      ]);
      fireEvent.change(within(figure).getByRole('combobox', { name: 'What goes wrong' }), {
        target: { value: 'ci' },
      });
      expect(rowOf(lastDetail(publishDetail), 'CI tests and code review')).toEqual([
        'CI tests and code review',
        'failed: sent back',
        'Shippable, CodeFactor',
      ]);
      expect(rowOf(lastDetail(publishDetail), 'Merge into master')?.[1]).toBe('not reached');
      cleanup();
    }
  });

  it('does not publish again when nothing changed', () => {
    const { publishDetail, view } = setup('stage', 3);
    const calls = publishDetail.mock.calls.length;
    view.rerender(
      <DeployPipeline
        props={{ failure: 'none' }}
        active={false}
        step={3}
        firstStep={0}
        goToStep={() => {}}
        setStepCount={() => {}}
        reducedMotion
        layout="stage"
        publishDetail={publishDetail}
      />,
    );
    expect(publishDetail.mock.calls.length).toBe(calls);
  });

  it('opens the Details panel on stage with all nine stages, none cut', () => {
    const { figure } = setup('stage', STEP_COUNT);
    fireEvent.click(within(figure).getByRole('button', { name: 'Details' }));
    const panel = within(figure).getByRole('region', { name: 'Deploy pipeline details' });
    const rows = within(panel)
      .getAllByRole('row')
      .filter((row) => row.closest('tbody'));
    expect(rows).toHaveLength(STEP_COUNT);
    expect(within(panel).getByRole('table', { name: 'Ship' }).textContent).toContain(
      'Ansible, AWS Auto Scaling',
    );
  });
});
