/**
 * The one map from the names authors write (```widget request-journey) to widgets: each widget's
 * definition (its props schema and steps) lives in its own folder. No React here: the build reads
 * it in Node; views are in viewLoaders.ts.
 */
import type { WidgetDefinition } from './widgetDefinition.ts';
import { requestJourneyWidget } from './request-journey/definition.ts';
import { scaleOutWidget } from './scale-out/definition.ts';
import { deployPipelineWidget } from './deploy-pipeline/definition.ts';
import { blueGreenWidget } from './blue-green/definition.ts';
import { gunicornWorkersWidget } from './gunicorn-workers/definition.ts';
import { dnsCacheWidget } from './dns-cache/definition.ts';
import { sshBastionWidget } from './ssh-bastion/definition.ts';
import { crashTestWidget } from './crash-test/definition.ts';

/** Widgets that exist only to test the islands (a widget that throws): on with VITE_TEST_WIDGETS=1. */
function testWidgetsEnabled(): boolean {
  const env = (import.meta as { env?: Record<string, string | undefined> }).env;
  const nodeEnv = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env;
  return env?.VITE_TEST_WIDGETS === '1' || nodeEnv?.VITE_TEST_WIDGETS === '1';
}

export const WIDGETS: ReadonlyMap<string, WidgetDefinition> = new Map(
  [
    requestJourneyWidget,
    scaleOutWidget,
    deployPipelineWidget,
    blueGreenWidget,
    gunicornWorkersWidget,
    dnsCacheWidget,
    sshBastionWidget,
    ...(testWidgetsEnabled() ? [crashTestWidget] : []),
  ].map((w) => [w.name, w]),
);
