/**
 * Mounting one widget into its island (loaded with React when the first widget is near). A widget
 * that throws shows its message in an error card; the deck and other widgets go on.
 */
import { Component, useSyncExternalStore, type ComponentType, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { WIDGET_VIEWS } from '../../widgets/viewLoaders.ts';
import type { WidgetViewProps } from '../../widgets/widgetDefinition.ts';
import type { WidgetDetail } from '../../widgets/widgetDetail.ts';
import {
  firstStepOf,
  islandProps,
  markIsland,
  ROOT_SELECTOR,
  setIslandDetail,
  widgetLabel,
  widgetName,
  widgetSource,
  type IslandControls,
  type IslandHandle,
  type IslandState,
} from '../../widgets/islandContract.ts';
import { showErrorCard } from '../errorCard.ts';

interface BoundaryProps {
  label: string;
  source: string;
  children: ReactNode;
}

class WidgetErrorBoundary extends Component<BoundaryProps, { error?: Error }> {
  state: { error?: Error } = {};

  static getDerivedStateFromError(error: Error): { error: Error } {
    return { error };
  }

  render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const title = `The ${this.props.label} widget stopped (${this.props.source})`;
    // The deck's one error card, built from text (runtime/errorCard.ts) in a holder React leaves empty.
    return (
      <div
        className="deck-error-holder"
        ref={(holder) => {
          if (holder) showErrorCard(holder, title, error.message);
        }}
      />
    );
  }
}

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

function subscribeReducedMotion(onChange: () => void): () => void {
  const query = window.matchMedia(REDUCED_MOTION);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribeReducedMotion, () => window.matchMedia(REDUCED_MOTION).matches);
}

/**
 * The island's props were validated where they were written (the build, or the embed's URL): the
 * browser loads only this widget's view, not the registry with every widget's model.
 */
export async function mountIsland(island: HTMLElement, controls: IslandControls): Promise<IslandHandle> {
  const name = widgetName(island);
  const load = Object.hasOwn(WIDGET_VIEWS, name) ? WIDGET_VIEWS[name] : undefined;
  if (!load)
    throw new Error(`unknown widget "${name}" (known widgets: ${Object.keys(WIDGET_VIEWS).join(', ')})`);
  const props = islandProps(island, { strict: true });
  const View = (await load()) as ComponentType<WidgetViewProps<Record<string, unknown>>>;

  let state: IslandState = controls.state();
  const listeners = new Set<() => void>();
  const subscribe = (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };

  const publishDetail = (detail: WidgetDetail): void => setIslandDetail(island, detail);

  function Island() {
    const current = useSyncExternalStore(subscribe, () => state);
    return (
      <View
        props={props}
        active={current.active}
        step={current.step}
        firstStep={firstStepOf(island)}
        goToStep={controls.goToStep}
        setStepCount={controls.setStepCount}
        reducedMotion={useReducedMotion()}
        layout={controls.layout}
        publishDetail={publishDetail}
      />
    );
  }

  const root = createRoot(island.querySelector(ROOT_SELECTOR) ?? island);
  // Committed at once: "mounted" means the live view has replaced the build's still, not that
  // React will get to it.
  flushSync(() =>
    root.render(
      <WidgetErrorBoundary label={widgetLabel(island)} source={widgetSource(island)}>
        <Island />
      </WidgetErrorBoundary>,
    ),
  );
  markIsland(island, 'mounted');
  return {
    update() {
      const next = controls.state();
      if (next.active === state.active && next.step === state.step) return;
      state = next;
      listeners.forEach((listener) => listener());
    },
    pause() {
      if (!state.active) return;
      state = { ...state, active: false };
      listeners.forEach((listener) => listener());
    },
    unmount() {
      root.unmount();
      markIsland(island, 'unmounted');
    },
  };
}
