/**
 * A widget's animation loop: `tick(now, dtMs)` on every frame while `running`, none otherwise.
 * Returning false stops the loop. An error thrown in a frame happens outside React's rendering,
 * where no error boundary would see it; it is rethrown into the next render, so the widget shows
 * its error card like any other crash and the deck goes on.
 */
import { useEffect, useRef, useState } from 'react';

export type FrameTick = (now: number, dtMs: number) => boolean | void;

export function useAnimationFrames(running: boolean, tick: FrameTick): void {
  const latest = useRef(tick);
  const [, setCrash] = useState<unknown>();
  useEffect(() => {
    latest.current = tick;
  });
  useEffect(() => {
    if (!running) return;
    let frame = 0;
    let last = performance.now();
    const loop = (now: number): void => {
      try {
        const keepGoing = latest.current(now, now - last);
        last = now;
        if (keepGoing === false) return;
      } catch (error) {
        setCrash(() => {
          throw error;
        });
        return;
      }
      frame = requestAnimationFrame(loop);
    };
    frame = requestAnimationFrame(loop);
    return () => cancelAnimationFrame(frame);
  }, [running]);
}
