/**
 * What a widget shows on paper (`?print-pdf`): one meaningful moment, named in a caption, since
 * a PDF cannot step or animate. Pure (no DOM, no React), so each still is testable in Node.
 */
import { WIDGETS } from './registry.ts';
import { buildScenario, isScenarioName } from './request-journey/model.ts';
import { clockTime, PRESETS, type PresetName } from './aws-sim/asgSim.ts';
import { isFailure, pipelineAt, STAGES } from './deploy-pipeline/model.ts';
import { STEPS as SWAP_STEPS } from './blue-green/storySteps.ts';
import { gunicornStill } from './gunicorn-workers/printStill.ts';
import { dnsCacheStill } from './dns-cache/printStill.ts';
import { sshBastionStill } from './ssh-bastion/printStill.ts';
import type { WidgetStill } from './widgetStill.ts';

export type { WidgetStill };

/** Simulated minutes a scale-out toy runs before it is printed without a preset to follow. */
export const FREE_RUN_MINUTES = 10;
/** The scale-out schema's upper bound for `warmup` (a day of simulated time). */
const MAX_WARMUP_MINUTES = 1440;

function isPresetName(value: unknown): value is PresetName {
  return typeof value === 'string' && value in PRESETS;
}

function journeyStill(props: Record<string, unknown>): WidgetStill | undefined {
  if (typeof props.scenario !== 'string' || !isScenarioName(props.scenario)) return undefined;
  const scenario = buildScenario(props.scenario);
  const total = scenario.steps.length;
  const last = scenario.steps[total - 1];
  return {
    // The whole journey: the reply is back in the browser, and the timeline shows every hop.
    step: total,
    props,
    caption:
      `Still: the “${scenario.label}” scenario at its last step (${total} of ${total}): ` +
      `${last.label}. In the deck, → walks it hop by hop.`,
  };
}

/**
 * The toy runs its model forward through the whole preset story (its traffic profile and any
 * scripted failure) by raising `warmup`, the simulated minutes run before the widget is shown.
 */
function scaleOutStill(props: Record<string, unknown>): WidgetStill {
  const warmup = typeof props.warmup === 'number' ? props.warmup : 0;
  const preset = isPresetName(props.preset) ? props.preset : undefined;
  const story = preset ? Math.round(PRESETS[preset].durationS / 60) : FREE_RUN_MINUTES;
  const minutes = Math.min(warmup + story, MAX_WARMUP_MINUTES);
  const what = preset ? `the ${PRESETS[preset].label} preset` : 'the Auto Scaling group';
  return {
    step: 0,
    props: { ...props, warmup: minutes },
    caption:
      `Still: ${what} after ${minutes} simulated minutes (clock ${clockTime(minutes * 60)}). ` +
      `In the deck it runs live, and you can change the traffic.`,
  };
}

/** The whole path: every stage done, or the change sent back where the slide's failure strikes. */
function pipelineStill(props: Record<string, unknown>): WidgetStill {
  const failure = isFailure(props.failure) ? props.failure : 'none';
  const view = pipelineAt(STAGES.length, failure);
  const walk = 'In the deck, → walks it stage by stage.';
  if (view.failedAt)
    return {
      step: STAGES.length,
      props,
      caption: `Still: the change sent back at “${view.failedAt.title}”: ${view.narration} ${walk}`,
    };
  const [first, last] = [STAGES[0], STAGES[STAGES.length - 1]];
  return {
    step: STAGES.length,
    props,
    caption:
      `Still: every stage done, from “${first.title}” to “${last.title}” ` +
      `(${STAGES.length} of ${STAGES.length}). ${walk}`,
  };
}

/**
 * The swap's telling moment: blue has just been deregistered and drains the long requests it
 * holds, while green serves every new one. Both colours are on the page (blue served beside green
 * for a minute before), and no request has failed.
 */
const SWAP_STILL_STEP = SWAP_STEPS.findIndex((s) => s.id === 'swap');

function blueGreenStill(props: Record<string, unknown>): WidgetStill {
  const last = SWAP_STEPS.length - 1;
  return {
    step: SWAP_STILL_STEP,
    // The very moment: a second later blue may have finished draining.
    props: { ...props, warmup: 0 },
    caption:
      `Still: step ${SWAP_STILL_STEP} of ${last}, “${SWAP_STEPS[SWAP_STILL_STEP].name}”: ` +
      'green serves new requests while blue finishes the ones it holds. ' +
      'In the deck, → walks the swap and Deploy, Break green and Roll back run it live.',
  };
}

/**
 * The still of widget `name` with validated `props`. `stepCount` is how many steps the island
 * has in all (its first step plus its fragments): other widgets are shown at their last step.
 */
export function widgetStill(name: string, props: Record<string, unknown>, stepCount: number): WidgetStill {
  if (name === 'request-journey') {
    const still = journeyStill(props);
    if (still) return still;
  }
  if (name === 'scale-out') return scaleOutStill(props);
  if (name === 'deploy-pipeline') return pipelineStill(props);
  if (name === 'blue-green') return blueGreenStill(props);
  if (name === 'gunicorn-workers') return gunicornStill(props);
  if (name === 'dns-cache') return dnsCacheStill(props);
  if (name === 'ssh-bastion') return sshBastionStill(props);
  const label = WIDGETS.get(name)?.label ?? name;
  return {
    step: stepCount,
    props,
    caption:
      stepCount > 0
        ? `Still: the ${label} widget at its last step (${stepCount}).`
        : `Still: the ${label} widget as it opens.`,
  };
}
