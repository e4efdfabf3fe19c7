/**
 * Keys a focused control uses itself must not also reach reveal.js: Space on a button would turn
 * the slide, arrows on a slider or select would change it. Other keys (→ on a button) still do.
 */
import type { KeyboardEvent } from 'react';

export function keepControlKeys(event: KeyboardEvent): void {
  const target = event.target as HTMLElement;
  if (!target.closest('button, select, input, [role="button"]')) return;
  const own =
    target.tagName === 'INPUT'
      ? /^(Arrow|Home|End|Page)/
      : target.tagName === 'SELECT'
        ? /^(Arrow|Home|End| |Enter)/
        : /^( |Enter)$/;
  if (own.test(event.key)) event.stopPropagation();
}
