// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { islandHtml } from './islandMarkup.ts';
import { WIDGETS } from './registry.ts';
import {
  currentStep,
  firstStepOf,
  islandProps,
  islandsIn,
  replaceSteps,
  showSteps,
  stepCountOf,
  unfragmentSteps,
  widgetLabel,
  widgetName,
  widgetSource,
} from './islandContract.ts';

/** An island as the build writes it, read back through the contract. */
function builtIsland(name: string, props: Record<string, unknown>): HTMLElement {
  const widget = WIDGETS.get(name)!;
  const holder = document.createElement('section');
  holder.innerHTML = islandHtml(widget, props as never, 'slides/02.md:14');
  return islandsIn(holder)[0];
}

describe('the island contract', () => {
  const props = { scenario: 'cold-dns', autoplay: false, speed: 1, start: 'django' };

  it('reads back what the markup wrote', () => {
    const island = builtIsland('request-journey', props);
    expect(widgetName(island)).toBe('request-journey');
    expect(widgetLabel(island)).toBe('Request journey');
    expect(widgetSource(island)).toBe('slides/02.md:14');
    expect(islandProps(island)).toEqual(props);
    const first = firstStepOf(island);
    expect(first).toBeGreaterThan(0);
    expect(currentStep(island)).toBe(first);
    expect(stepCountOf(island)).toBe(first + island.querySelectorAll('.widget-step').length);
  });

  it('counts the visible step fragments as the step, from the first step on', () => {
    const island = builtIsland('request-journey', props);
    const first = firstStepOf(island);
    showSteps(island, first + 2);
    expect(currentStep(island)).toBe(first + 2);
    showSteps(island, first);
    expect(currentStep(island)).toBe(first);
  });

  it('replaces the steps for another scenario, from the browser on, only when they change', () => {
    const island = builtIsland('request-journey', props);
    expect(replaceSteps(island, 7)).not.toBeNull();
    expect(firstStepOf(island)).toBe(0);
    expect(stepCountOf(island)).toBe(7);
    expect(replaceSteps(island, 7)).toBeNull();
  });

  it('takes steps out of reveal’s fragments for read mode', () => {
    const island = builtIsland('deploy-pipeline', { failure: 'none' });
    unfragmentSteps(island);
    expect(island.querySelectorAll('.widget-step.fragment')).toHaveLength(0);
    expect(island.querySelectorAll('.widget-step').length).toBeGreaterThan(0);
  });

  it('reads unreadable props as the defaults, or as an error when asked to be strict', () => {
    const island = builtIsland('deploy-pipeline', { failure: 'none' });
    island.dataset.props = '{not json';
    expect(islandProps(island)).toEqual({});
    expect(() => islandProps(island, { strict: true })).toThrow();
    island.dataset.props = '[1]';
    expect(() => islandProps(island, { strict: true })).toThrow(/not an object/);
  });
});
