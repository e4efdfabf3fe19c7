import { useEffect } from 'react';
import type { WidgetViewProps } from '../widgetDefinition.ts';
import { useAnimationFrames } from '../kit/useAnimationFrames.ts';

export type CrashWhen = 'render' | 'mount' | 'step' | 'frame';

/** Throws on purpose: while rendering, on mount, on its first step, or in an animation frame. */
export function CrashTest({ props, step, active }: WidgetViewProps<{ when: CrashWhen }>) {
  if (props.when === 'render' || (props.when === 'step' && step > 0))
    throw new Error('crash-test widget failed on purpose');
  useEffect(() => {
    if (props.when === 'mount') throw new Error('crash-test widget failed on purpose (on mount)');
  }, [props.when]);
  useAnimationFrames(props.when === 'frame' && active, () => {
    throw new Error('crash-test widget failed on purpose (in an animation frame)');
  });
  return <p>Crash test: press → to make me throw.</p>;
}
