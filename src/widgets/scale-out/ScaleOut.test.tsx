// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ScaleOut, type ScaleOutProps } from './ScaleOut.tsx';

import { TEST_PROPS } from './testProps.testing.ts';

afterEach(cleanup);

const PROPS = TEST_PROPS;

function setup(props: Partial<ScaleOutProps> = {}) {
  return render(
    <ScaleOut
      props={{ ...PROPS, ...props }}
      active={false}
      step={0}
      firstStep={0}
      goToStep={() => {}}
      setStepCount={() => {}}
      reducedMotion
      layout="page"
      publishDetail={() => {}}
    />,
  );
}

describe('ScaleOut', () => {
  it('is a figure named "Scale-out" with its controls and labelled figures', () => {
    setup({ initial: 3 });
    const figure = screen.getByRole('figure', { name: 'Scale-out' });
    for (const name of [
      'Play',
      'Pause',
      'Reset',
      'Terminate an instance',
      'Morning ramp',
      'Instance failure',
    ]) {
      expect(within(figure).getByRole('button', { name })).toBeTruthy();
    }
    expect(within(figure).getByRole('slider', { name: 'Traffic' })).toBeTruthy();
    expect(within(figure).getByRole('combobox', { name: 'Speed' })).toBeTruthy();
    expect(within(figure).getByLabelText('Desired').textContent).toBe('3');
    expect(within(figure).getByRole('list', { name: 'Instances' }).querySelectorAll('li')).toHaveLength(3);
    expect(within(figure).getByRole('log')).toBeTruthy();
  });

  it('says on the page which numbers are AWS defaults and which the tour’s (fidelity audit W6, W8)', () => {
    setup({});
    const text = screen.getByRole('figure', { name: 'Scale-out' }).textContent ?? '';
    expect(text).toContain('1-minute (detailed) monitoring, where AWS’s default is basic, 5 minutes');
    expect(text).toContain('the ELB health-check type');
    expect(text).toContain('EC2 status checks');
  });

  it('sets the traffic from the slider', () => {
    setup();
    fireEvent.change(screen.getByRole('slider', { name: 'Traffic' }), { target: { value: '300' } });
    expect(screen.getByText('300 req/s')).toBeTruthy();
  });

  it('logs a terminated instance in plain words', () => {
    setup();
    fireEvent.click(screen.getByRole('button', { name: 'Terminate an instance' }));
    expect(screen.getByRole('log').textContent).toMatch(/12:00 .*terminated by hand/);
  });
});
