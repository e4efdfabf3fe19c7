import { describe, expect, it } from 'vitest';
import { widgetStill, FREE_RUN_MINUTES } from './printStills.ts';
import { WIDGETS } from './registry.ts';
import { validateProps } from './propsSchema.ts';
import { buildScenario, SCENARIO_NAMES } from './request-journey/model.ts';
import { PRESETS, PRESET_NAMES } from './aws-sim/asgSim.ts';

/** The props a slide's fence gives the island: every prop filled in, as the build writes them. */
function islandProps(name: string, input: Record<string, unknown>): Record<string, unknown> {
  return validateProps(WIDGETS.get(name)!.schema, input).props as Record<string, unknown>;
}

describe('widget stills for print', () => {
  it('shows every request journey at its last step: the reply back in the browser', () => {
    for (const scenario of SCENARIO_NAMES) {
      const props = islandProps('request-journey', { scenario, start: 'browser' });
      const { steps, label } = buildScenario(scenario);
      const still = widgetStill('request-journey', props, steps.length);
      expect(still.step).toBe(steps.length);
      expect(steps[still.step - 1].hop).toBe('browser');
      expect(still.caption).toContain(label);
      expect(still.caption).toContain(`last step (${steps.length} of ${steps.length})`);
      expect(still.props).toEqual(props);
    }
  });

  it('a journey that opens at a later hop still ends at the last step of its scenario', () => {
    const props = islandProps('request-journey', { scenario: 'slow-query', start: 'postgres' });
    const still = widgetStill('request-journey', props, 13);
    expect(still.step).toBe(buildScenario('slow-query').steps.length);
    expect(still.caption).toContain('Browser: 502 Bad Gateway');
  });

  it('runs a scale-out preset through its whole story, named with its clock time', () => {
    for (const preset of PRESET_NAMES) {
      const props = islandProps('scale-out', { preset });
      const still = widgetStill('scale-out', props, 0);
      const minutes = PRESETS[preset].durationS / 60;
      expect(still.props.warmup).toBe(minutes);
      expect(still.caption).toContain(
        `the ${PRESETS[preset].label} preset after ${minutes} simulated minutes`,
      );
      // mountIsland validates the props again: the still's must pass.
      expect(validateProps(WIDGETS.get('scale-out')!.schema, still.props).errors).toEqual([]);
    }
    const failure = widgetStill('scale-out', islandProps('scale-out', { preset: 'instance-failure' }), 0);
    expect(failure.caption).toContain('(clock 12:30)');
  });

  it('adds the story to a warmup, within the schema, and runs a toy without preset a while', () => {
    const warm = widgetStill(
      'scale-out',
      islandProps('scale-out', { preset: 'morning-ramp', warmup: 60 }),
      0,
    );
    expect(warm.props.warmup).toBe(60 + 150);
    const long = widgetStill(
      'scale-out',
      islandProps('scale-out', { preset: 'night-lull', warmup: 1400 }),
      0,
    );
    expect(long.props.warmup).toBe(1440);
    const free = widgetStill('scale-out', islandProps('scale-out', {}), 0);
    expect(free.props.warmup).toBe(FREE_RUN_MINUTES);
    expect(free.caption).toContain('the Auto Scaling group after 10 simulated minutes');
  });

  it('shows the deploy pipeline whole, or sent back where its failure strikes', () => {
    const whole = widgetStill('deploy-pipeline', islandProps('deploy-pipeline', {}), 9);
    expect(whole.step).toBe(9);
    expect(whole.caption).toContain('every stage done, from “Feature branch” to “Blue-green swap” (9 of 9)');
    const red = widgetStill('deploy-pipeline', islandProps('deploy-pipeline', { failure: 'ci' }), 9);
    expect(red.caption).toContain('sent back at “CI tests and code review”');
    expect(red.caption).toContain('CI run is red');
  });

  it('shows the blue-green swap as blue drains and green serves', () => {
    const still = widgetStill('blue-green', islandProps('blue-green', {}), 6);
    expect(still.step).toBe(3);
    expect(still.caption).toContain('step 3 of 5, “Blue deregistered: it drains”');
    expect(still.props.warmup).toBe(0);
    expect(validateProps(WIDGETS.get('blue-green')!.schema, still.props).errors).toEqual([]);
  });

  it('shows any other widget at its last step, with a caption', () => {
    expect(widgetStill('crash-test', {}, 2)).toMatchObject({
      step: 2,
      caption: expect.stringContaining('last step'),
    });
    expect(widgetStill('crash-test', {}, 0).caption).toContain('as it opens');
  });
});
