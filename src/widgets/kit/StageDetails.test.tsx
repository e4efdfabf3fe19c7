// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { StageDetails } from './StageDetails.tsx';
import { STAGE_DETAIL_ROWS, type WidgetDetail } from '../widgetDetail.ts';

afterEach(cleanup);

const rows = (n: number) => Array.from({ length: n }, (_, i) => [`step ${i + 1}`, `${i} ms`]);
const detail = (n: number): WidgetDetail => [{ caption: 'Timeline', columns: ['Step', 'ms'], rows: rows(n) }];

describe('StageDetails', () => {
  it('opens and closes with its button, which says whether it is open', () => {
    render(<StageDetails label="Request journey" detail={detail(2)} active />);
    const button = screen.getByRole('button', { name: 'Details' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('region', { name: 'Request journey details' })).toBeNull();
    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const panel = screen.getByRole('region', { name: 'Request journey details' });
    expect(within(panel).getByRole('table', { name: 'Timeline' })).toBeTruthy();
    // A panel that scrolls is reached by the keyboard too.
    expect(panel.getAttribute('tabindex')).toBe('0');
    fireEvent.click(button);
    expect(screen.queryByRole('region', { name: 'Request journey details' })).toBeNull();
  });

  it('answers D only while its slide is shown, and not while typing in a control', () => {
    const { rerender } = render(<StageDetails label="Scale-out" detail={detail(1)} active={false} />);
    fireEvent.keyDown(document.body, { key: 'd' });
    expect(screen.queryByRole('region')).toBeNull();
    rerender(<StageDetails label="Scale-out" detail={detail(1)} active />);
    fireEvent.keyDown(document.body, { key: 'd' });
    expect(screen.getByRole('region', { name: 'Scale-out details' })).toBeTruthy();
    const input = document.createElement('input');
    document.body.append(input);
    fireEvent.keyDown(input, { key: 'd' });
    expect(screen.getByRole('region', { name: 'Scale-out details' })).toBeTruthy();
    input.remove();
    fireEvent.keyDown(document.body, { key: 'D' });
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('shows only the newest rows and says where the rest are', () => {
    render(<StageDetails label="Request journey" detail={detail(STAGE_DETAIL_ROWS + 5)} active />);
    fireEvent.click(screen.getByRole('button', { name: 'Details' }));
    const table = screen.getByRole('table', { name: 'Timeline' });
    const body = table.querySelector('tbody')!;
    expect(body.querySelectorAll('tr')).toHaveLength(STAGE_DETAIL_ROWS);
    expect(body.textContent).toContain(`step ${STAGE_DETAIL_ROWS + 5}`);
    expect(body.textContent).not.toContain('step 1 ');
    expect(table.textContent).toContain(`The last ${STAGE_DETAIL_ROWS} of ${STAGE_DETAIL_ROWS + 5}`);
  });
});
