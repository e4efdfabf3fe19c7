/**
 * A widget's still: its view rendered to HTML at build time (react-dom/server), at the step it
 * opens at, not yet running. The build writes it into the island (src/build/widgetStills.ts), so
 * before its code arrives, and without JavaScript, a widget is already its first frame with its
 * role and accessible name. Loaded through Vite (the views import CSS), never by the browser.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import type { ComponentType } from 'react';
import { WIDGET_VIEWS } from './viewLoaders.ts';
import type { WidgetLayout, WidgetViewProps } from './widgetDefinition.ts';

export async function renderStill(
  name: string,
  props: Record<string, unknown>,
  firstStep: number,
  layout: WidgetLayout,
): Promise<string> {
  const load = Object.hasOwn(WIDGET_VIEWS, name) ? WIDGET_VIEWS[name] : undefined;
  if (!load) throw new Error(`unknown widget "${name}"`);
  const View = (await load()) as ComponentType<WidgetViewProps<Record<string, unknown>>>;
  const none = (): void => undefined;
  return renderToStaticMarkup(
    <View
      props={props}
      active={false}
      step={firstStep}
      firstStep={firstStep}
      goToStep={none}
      setStepCount={none}
      reducedMotion={false}
      layout={layout}
      publishDetail={none}
    />,
  );
}
