/**
 * Mounting one widget into its island (loaded with React when the first widget is near). A widget
 * that throws shows its message in an error card; the deck and other widgets go on.
 */
import { Component, useSyncExternalStore, type ComponentType, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { WIDGETS } from '../../widgets/registry.ts';
import { WIDGET_VIEWS } from '../../widgets/viewLoaders.ts';
import type { WidgetViewProps } from '../../widgets/widgetDefinition.ts';
import { validateProps } from '../../widgets/propsSchema.ts';
import { firstStepOf, type IslandControls, type IslandHandle, type IslandState } from './presentIslands.ts';
import './islands.css';

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
    return (
      <div className="deck-error" role="alert">
        <p className="deck-error-title">
          The {this.props.label} widget stopped ({this.props.source})
        </p>
        <pre>{error.message}</pre>
      </div>
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

export async function mountIsland(island: HTMLElement, controls: IslandControls): Promise<IslandHandle> {
  const name = island.dataset.widget ?? '';
  const widget = WIDGETS.get(name);
  if (!widget) throw new Error(`unknown widget "${name}" (known widgets: ${[...WIDGETS.keys()].join(', ')})`);
  const { props } = validateProps(widget.schema, JSON.parse(island.dataset.props ?? '{}'));
  const load = WIDGET_VIEWS[name];
  if (!load) throw new Error(`the ${widget.label} widget has no view`);
  const View = (await load()) as ComponentType<WidgetViewProps<typeof props>>;

  let state: IslandState = controls.state();
  const listeners = new Set<() => void>();
  const subscribe = (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };

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
      />
    );
  }

  const root = createRoot(island.querySelector('.widget-root') ?? island);
  root.render(
    <WidgetErrorBoundary label={widget.label} source={island.dataset.source ?? name}>
      <Island />
    </WidgetErrorBoundary>,
  );
  island.dataset.state = 'mounted';
  return {
    update() {
      const next = controls.state();
      if (next.active === state.active && next.step === state.step) return;
      state = next;
      listeners.forEach((listener) => listener());
    },
    unmount() {
      root.unmount();
      island.dataset.state = 'unmounted';
    },
  };
}
