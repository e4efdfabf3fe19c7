// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WidgetLayout } from '../widgetDefinition.ts';
import type { WidgetDetail } from '../widgetDetail.ts';
import { BLUE_GREEN_LABEL, BlueGreen, type BlueGreenProps } from './BlueGreen.tsx';
import { blueGreenWidget } from './definition.ts';
import { MAX_SIZE } from './model.ts';
import { STEP_COUNT } from './storySteps.ts';

afterEach(cleanup);

const PROPS: BlueGreenProps = { size: 2, traffic: 40, seed: 1, keep: 300, speed: 20, warmup: 0 };

function view(layout: WidgetLayout, step: number, more: Partial<BlueGreenProps> = {}) {
  const publishDetail = vi.fn<(detail: WidgetDetail) => void>();
  const element = (at: number) => (
    <BlueGreen
      props={{ ...PROPS, ...more }}
      // Active and animated: the request dots are drawn, as in the room.
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
  const figure = screen.getByRole('figure', { name: BLUE_GREEN_LABEL });
  return { ...rendered, figure, publishDetail, goTo: (at: number) => rendered.rerender(element(at)) };
}

const CONTROLS = ['Previous step', 'Next step', 'Deploy', 'Break green', 'Roll back', 'Reset'];
const OUTPUTS = ['Blue in service', 'Green in service', 'Requests failed'];

describe('BlueGreen', () => {
  it('is named as its definition labels it', () => {
    expect(BLUE_GREEN_LABEL).toBe(blueGreenWidget.label);
  });

  for (const layout of ['stage', 'page'] as const) {
    it(`keeps its controls, outputs and instance list by name on the ${layout}`, () => {
      const { figure } = view(layout, 0);
      for (const name of CONTROLS) expect(within(figure).getByRole('button', { name })).toBeTruthy();
      for (const label of OUTPUTS) expect(within(figure).getByLabelText(label).tagName).toBe('OUTPUT');
      expect(within(figure).getByLabelText('Blue in service').textContent).toBe('2');
      const list = within(figure).getByRole('list', { name: 'Instances' });
      expect(
        within(list)
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ).toEqual([
        expect.stringMatching(/blue.*i-1.*in service/i),
        expect.stringMatching(/blue.*i-2.*in service/i),
      ]);
      expect(figure.textContent).toContain('Blue serves every request.');
    });
  }

  it('stays within the stage budget of elements at every step, at the talk size and the largest', () => {
    for (const size of [PROPS.size, MAX_SIZE]) {
      for (let step = 0; step < STEP_COUNT; step++) {
        const { figure, unmount } = view('stage', step, { size, traffic: size === MAX_SIZE ? 400 : 40 });
        expect(figure.querySelectorAll('*').length + 1, `size ${size}, step ${step}`).toBeLessThanOrEqual(
          120,
        );
        unmount();
      }
    }
  });

  it('leaves the counts and the log to the Details panel on stage', () => {
    const { figure } = view('stage', 3);
    expect(within(figure).queryByRole('log')).toBeNull();
    expect(figure.textContent).not.toMatch(/served/i);
    fireEvent.click(within(figure).getByRole('button', { name: 'Details' }));
    const panel = within(figure).getByRole('region', { name: `${BLUE_GREEN_LABEL} details` });
    expect(within(panel).getByRole('table', { name: 'Events' }).textContent).toContain(
      'passed 10 health checks',
    );
    expect(within(panel).getByRole('table', { name: /^Requests by colour at / })).toBeTruthy();
    expect(within(panel).getByRole('table', { name: /^Instances at / }).textContent).toMatch(/i-3green/);
  });

  it('shows every count and the log on the page', () => {
    const { figure } = view('page', 3);
    expect(within(figure).getByRole('log', { name: 'Events' }).textContent).toContain(
      'passed 10 health checks',
    );
    expect(figure.textContent).toMatch(/Served: blue \/ green\d+ \/ \d+/);
    expect(figure.textContent).toMatch(/Failed: blue \/ green0 \/ 0/);
    expect(figure.querySelectorAll('.bg-served')).toHaveLength(4);
    expect(within(figure).queryByRole('button', { name: 'Details' })).toBeNull();
    // The load balancer the model follows, said where the reader sees it (fidelity audit W4).
    expect(figure.textContent).toContain('Classic Load Balancer: one pool');
  });

  for (const layout of ['stage', 'page'] as const) {
    it(`publishes the detail on the ${layout} when the step changes or an event is added`, () => {
      const { figure, publishDetail, goTo } = view(layout, 0);
      expect(publishDetail).toHaveBeenCalledTimes(1);
      const [first] = publishDetail.mock.calls[0];
      expect(first.map((table) => table.caption)).toEqual([
        'Events',
        'Requests by colour at 12:01',
        'Instances at 12:01',
      ]);
      expect(first[0].rows).toEqual([
        ['12:00', 'blue i-1, blue i-2 in service behind the load balancer (40 requests/s)'],
      ]);
      expect(first[2].rows.map((row) => row.slice(0, 3))).toEqual([
        ['i-1', 'blue', 'in service'],
        ['i-2', 'blue', 'in service'],
      ]);
      goTo(0);
      expect(publishDetail).toHaveBeenCalledTimes(1);
      goTo(1);
      expect(publishDetail).toHaveBeenCalledTimes(2);
      expect(publishDetail.mock.lastCall![0][0].rows.at(-1)![1]).toMatch(/^deploy: /);
      fireEvent.click(within(figure).getByRole('button', { name: 'Break green' }));
      expect(publishDetail).toHaveBeenCalledTimes(3);
      expect(publishDetail.mock.lastCall![0][0].rows.at(-1)![1]).toMatch(/app is broken/);
    });
  }

  it('acts on the model from the stage: Deploy launches green', () => {
    const { figure } = view('stage', 0);
    fireEvent.click(within(figure).getByRole('button', { name: 'Deploy' }));
    expect(figure.textContent).toContain('Green is launching from the new AMI');
    expect(
      within(figure)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toContainEqual(expect.stringMatching(/green.*i-3.*pending/i));
    expect(within(figure).getByRole('button', { name: 'Deploy' }).hasAttribute('disabled')).toBe(true);
  });
});
