// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { requestDetails } from '../islandContract.ts';
import { StageDetails } from './StageDetails.tsx';
import { STAGE_DETAIL_ROWS, type WidgetDetail } from '../widgetDetail.ts';

afterEach(cleanup);

const rows = (n: number) => Array.from({ length: n }, (_, i) => [`step ${i + 1}`, `${i} ms`]);
const detail = (n: number): WidgetDetail => [{ caption: 'Timeline', columns: ['Step', 'ms'], rows: rows(n) }];

describe('StageDetails', () => {
  it('opens and closes with its button, which says whether it is open', () => {
    render(<StageDetails label="Request journey" detail={detail(2)} />);
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

  it('opens for a D the runtime passed on, one pressed before it mounted too', () => {
    const island = document.createElement('div');
    island.className = 'widget-island';
    island.dataset.widget = 'scale-out';
    document.body.append(island);
    requestDetails(island);
    render(<StageDetails label="Scale-out" detail={detail(1)} />, { container: island });
    expect(screen.getByRole('region', { name: 'Scale-out details' })).toBeTruthy();
    act(() => requestDetails(island));
    expect(screen.queryByRole('region')).toBeNull();
    cleanup();
    // Two presses before it mounted cancel out.
    requestDetails(island);
    requestDetails(island);
    render(<StageDetails label="Scale-out" detail={detail(1)} />, { container: island });
    expect(screen.queryByRole('region')).toBeNull();
    island.remove();
  });

  it('shows only the newest rows and says where the rest are', () => {
    render(<StageDetails label="Request journey" detail={detail(STAGE_DETAIL_ROWS + 5)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Details' }));
    const table = screen.getByRole('table', { name: 'Timeline' });
    const body = table.querySelector('tbody')!;
    expect(body.querySelectorAll('tr')).toHaveLength(STAGE_DETAIL_ROWS);
    expect(body.textContent).toContain(`step ${STAGE_DETAIL_ROWS + 5}`);
    expect(body.textContent).not.toContain('step 1 ');
    expect(table.textContent).toContain(`The last ${STAGE_DETAIL_ROWS} of ${STAGE_DETAIL_ROWS + 5}`);
  });
});
