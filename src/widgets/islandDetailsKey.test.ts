// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  forgetDetailsRequests,
  isDetailsKey,
  requestDetails,
  takeDetailsRequests,
} from './islandContract.ts';

const key = (init: KeyboardEventInit, target: EventTarget = document.body): KeyboardEvent => {
  const event = new KeyboardEvent('keydown', init);
  Object.defineProperty(event, 'target', { value: target });
  return event;
};

describe('the Details key', () => {
  it('is d or D alone, and not a letter typed into a field', () => {
    expect(isDetailsKey(key({ key: 'd' }))).toBe(true);
    expect(isDetailsKey(key({ key: 'D', shiftKey: true }))).toBe(true);
    expect(isDetailsKey(key({ key: 'd', ctrlKey: true }))).toBe(false);
    expect(isDetailsKey(key({ key: 'd', metaKey: true }))).toBe(false);
    expect(isDetailsKey(key({ key: 'f' }))).toBe(false);
    expect(isDetailsKey(key({ key: 'd' }, document.createElement('input')))).toBe(false);
    expect(isDetailsKey(key({ key: 'd' }, document.createElement('select')))).toBe(false);
  });

  it('waits on the island for the widget, and is forgotten when the slide is left', () => {
    const island = document.createElement('div');
    island.className = 'widget-island';
    island.dataset.widget = 'scale-out';
    const inside = island.appendChild(document.createElement('button'));
    let toggles = 0;
    requestDetails(island);
    const stop = takeDetailsRequests(inside, () => toggles++);
    expect(toggles).toBe(1);
    requestDetails(island);
    expect(toggles).toBe(2);
    stop();
    requestDetails(island);
    expect(toggles).toBe(2);
    forgetDetailsRequests(island);
    takeDetailsRequests(inside, () => toggles++)();
    expect(toggles).toBe(2);
  });
});
