// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { errorCardHtml } from './errorCard.ts';
import { errorCard } from '../runtime/errorCard.ts';

const HOSTILE = '<img src=x onerror=alert(1)>';

describe('the error card', () => {
  it('is the same card written as HTML at build time and built from text at run time', () => {
    const built = document.createElement('div');
    built.innerHTML = errorCardHtml('This widget cannot be shown', 'prop "speed": not "fast"');
    expect(built.firstElementChild!.outerHTML).toBe(
      errorCard('This widget cannot be shown', 'prop "speed": not "fast"').outerHTML,
    );
  });

  it('lists problems at their file:line', () => {
    const holder = document.createElement('div');
    holder.innerHTML = errorCardHtml('This slide has a problem', [
      { where: 'slides/01.md:3', message: 'missing image "a.png"' },
    ]);
    expect(holder.querySelector('[role="alert"] li code')!.textContent).toBe('slides/01.md:3');
  });

  it('never turns a message into HTML', () => {
    const holder = document.createElement('div');
    holder.innerHTML =
      errorCardHtml(HOSTILE, [{ where: HOSTILE, message: HOSTILE }]) + errorCardHtml('t', HOSTILE);
    expect(holder.querySelector('img')).toBeNull();
    expect(errorCard(HOSTILE, HOSTILE).querySelector('img')).toBeNull();
  });
});
