// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WidgetLayout } from '../widgetDefinition.ts';
import type { WidgetDetail } from '../widgetDetail.ts';
import { RDS_ENDPOINT } from './bastionDefaults.ts';
import { sshBastionWidget } from './definition.ts';
import { DEVELOPER_ACCESS_LABEL, DeveloperAccess, type DeveloperAccessProps } from './DeveloperAccess.tsx';
import { sshBastionStill } from './printStill.ts';
import { STEP_COUNT, viewAtStep } from './storySteps.ts';

afterEach(cleanup);

const PROPS: DeveloperAccessProps = { opens: 'vpc', keyOnBastion: true, steps: true };

function view(layout: WidgetLayout, step: number, more: Partial<DeveloperAccessProps> = {}) {
  const publishDetail = vi.fn<(detail: WidgetDetail) => void>();
  render(
    <DeveloperAccess
      props={{ ...PROPS, ...more }}
      active
      reducedMotion={false}
      step={step}
      firstStep={0}
      goToStep={() => {}}
      setStepCount={() => {}}
      layout={layout}
      publishDetail={publishDetail}
    />,
  );
  return { figure: screen.getByRole('figure', { name: DEVELOPER_ACCESS_LABEL }), publishDetail };
}

const SWITCHES = [
  'Key on the bastion',
  'Key on app-1',
  'bastion-sg: 22 from',
  'app-sg: 22 from bastion-sg',
  'db-sg: 5432 from bastion-sg',
  'db-sg: 5432 from app-sg',
];
const result = (figure: HTMLElement) => within(figure).getByLabelText('Result').textContent;

describe('DeveloperAccess', () => {
  it('is named as its definition labels it', () => {
    expect(DEVELOPER_ACCESS_LABEL).toBe(sshBastionWidget.label);
  });

  for (const layout of ['stage', 'page'] as const) {
    it(`has its commands, switches and Reset by name on the ${layout}`, () => {
      const { figure } = view(layout, 0);
      for (const name of ['ssh app-1', 'ssh -J bastion app-1', 'Reset'])
        expect(within(figure).getByRole('button', { name })).toBeTruthy();
      within(figure).getByRole('button', { name: `ssh -L 5432:${RDS_ENDPOINT}:5432 bastion` });
      within(figure).getByRole('button', { name: `psql -h ${RDS_ENDPOINT} quorum` });
      for (const name of SWITCHES)
        expect(
          within(figure)
            .getByRole('switch', { name: new RegExp(`^${name}`) })
            .getAttribute('aria-checked'),
        ).toBe('true');
    });

    it(`shows a timeout for a missing rule and a refusal for a missing key on the ${layout}`, () => {
      const { figure } = view(layout, 0);
      fireEvent.click(within(figure).getByRole('button', { name: 'ssh -J bastion app-1' }));
      expect(result(figure)).toBe('Connected');
      fireEvent.click(within(figure).getByRole('switch', { name: 'Key on the bastion' }));
      fireEvent.click(within(figure).getByRole('button', { name: 'ssh -J bastion app-1' }));
      expect(result(figure)).toBe('Permission denied');
      expect(within(figure).getByLabelText('Layer').textContent).toMatch(/^Key/);
      fireEvent.click(within(figure).getByRole('switch', { name: 'Key on the bastion' }));
      fireEvent.click(within(figure).getByRole('switch', { name: 'app-sg: 22 from bastion-sg' }));
      fireEvent.click(within(figure).getByRole('button', { name: 'ssh -J bastion app-1' }));
      expect(result(figure)).toBe('Timed out');
      expect(within(figure).getByLabelText('Layer').textContent).toMatch(/^Network/);
      expect(figure.textContent).toContain('fast-forwarded');
      fireEvent.click(within(figure).getByRole('button', { name: 'Reset' }));
      expect(result(figure)).toBe('–');
    });
  }

  it('walks the story: timeout, connected, denied, tunnel, timeout', () => {
    const outcomes = Array.from({ length: STEP_COUNT }, (_, k) => viewAtStep(PROPS, k).last?.outcome ?? null);
    expect(outcomes).toEqual([null, 'timeout', 'connected', 'permission-denied', 'connected', 'timeout']);
    expect(sshBastionWidget.stepCount({ ...PROPS } as never)).toBe(STEP_COUNT - 1);
    expect(sshBastionWidget.stepCount({ ...PROPS, steps: false } as never)).toBe(0);
  });

  it('keeps the stage under its element budget at every step', () => {
    for (let step = 0; step < STEP_COUNT; step++) {
      const { figure } = view('stage', step);
      expect(figure.querySelectorAll('*').length + 1, `step ${step}`).toBeLessThanOrEqual(120);
      cleanup();
    }
  });

  it('shows the terminal and the bastion log as logs on the page, and publishes them', () => {
    const { figure, publishDetail } = view('page', 0, { opens: 'tunnel-psql', steps: false });
    expect(within(figure).getByRole('log', { name: 'Terminal' }).textContent).toContain('$ ssh -L 5432:');
    expect(within(figure).getByRole('log', { name: 'Bastion log' }).textContent).toContain(
      'Accepted publickey',
    );
    const detail = publishDetail.mock.calls.at(-1)?.[0] ?? [];
    expect(detail.map((t) => t.caption)).toContain('Bastion log');
  });

  it('has a still at the jump host moment, and a caption for an opening attempt', () => {
    expect(sshBastionStill({ ...PROPS }).step).toBe(2);
    expect(sshBastionStill({ opens: 'tunnel-psql', keyOnBastion: true, steps: false }).caption).toContain(
      'Connected',
    );
  });
});
