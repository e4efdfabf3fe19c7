/**
 * Each widget's React view, loaded on demand: the code of a widget arrives with the first slide
 * that shows it. Kept apart from registry.ts so the build (in Node) never follows these imports.
 */
import type { WidgetView } from './widgetDefinition.ts';

export const WIDGET_VIEWS: Record<string, () => Promise<WidgetView>> = {
  'request-journey': () =>
    import('./request-journey/RequestJourney.tsx').then((m) => m.RequestJourney as WidgetView),
  'scale-out': () => import('./scale-out/ScaleOut.tsx').then((m) => m.ScaleOut as WidgetView),
  'deploy-pipeline': () =>
    import('./deploy-pipeline/DeployPipeline.tsx').then((m) => m.DeployPipeline as WidgetView),
  'blue-green': () => import('./blue-green/BlueGreen.tsx').then((m) => m.BlueGreen as WidgetView),
  'gunicorn-workers': () =>
    import('./gunicorn-workers/GunicornWorkers.tsx').then((m) => m.GunicornWorkers as WidgetView),
  'dns-cache': () => import('./dns-cache/DnsCaches.tsx').then((m) => m.DnsCaches as WidgetView),
  'ssh-bastion': () =>
    import('./ssh-bastion/DeveloperAccess.tsx').then((m) => m.DeveloperAccess as WidgetView),
  // Vite replaces the condition at build time: a regular build ships no crash-test chunk.
  ...(import.meta.env.VITE_TEST_WIDGETS === '1'
    ? { 'crash-test': () => import('./crash-test/CrashTest.tsx').then((m) => m.CrashTest as WidgetView) }
    : {}),
};
