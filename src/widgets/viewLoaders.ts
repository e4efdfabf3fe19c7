/**
 * Each widget's React view, loaded on demand: the code of a widget arrives with the first slide
 * that shows it. Kept apart from registry.ts so the build (in Node) never follows these imports.
 */
import type { ComponentType } from 'react';
import type { WidgetViewProps } from './widgetDefinition.ts';

type View = ComponentType<WidgetViewProps<never>>;

export const WIDGET_VIEWS: Record<string, () => Promise<View>> = {
  'request-journey': () =>
    import('./request-journey/RequestJourney.tsx').then((m) => m.RequestJourney as View),
  'scale-out': () => import('./scale-out/ScaleOut.tsx').then((m) => m.ScaleOut as View),
  'deploy-pipeline': () =>
    import('./deploy-pipeline/DeployPipeline.tsx').then((m) => m.DeployPipeline as View),
  'blue-green': () => import('./blue-green/BlueGreen.tsx').then((m) => m.BlueGreen as View),
  'crash-test': () => import('./crash-test/CrashTest.tsx').then((m) => m.CrashTest as View),
};
