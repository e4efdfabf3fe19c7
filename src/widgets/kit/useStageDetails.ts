/**
 * The open state of a stage widget's Details panel: its button toggles it, and so does D (the
 * runtime passes the key on, detailsRequests.ts), even when pressed before the widget mounted.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { takeDetailsRequests } from '../detailsRequests.ts';

export function useStageDetails() {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  // A layout effect: a D pressed while the widget loaded opens the panel before its first paint.
  useLayoutEffect(() => {
    if (!button.current) return;
    return takeDetailsRequests(button.current, () => setOpen((was) => !was));
  }, []);
  return { open, toggle: () => setOpen((was) => !was), button };
}
