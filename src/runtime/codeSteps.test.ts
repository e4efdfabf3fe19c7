// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { applyCodeSteps } from './codeSteps.ts';
import { steppedCode } from '../parser/renderMarkdown.ts';

function block(): HTMLElement {
  const pre =
    '<pre><code><span class="line">a</span>\n<span class="line">b</span>\n<span class="line">c</span></code></pre>';
  const div = document.createElement('div');
  div.innerHTML = steppedCode(pre, [
    { lines: [1], note: 'first' },
    { lines: [2, 3], note: 'then' },
  ]);
  return div.firstElementChild as HTMLElement;
}

const lit = (el: HTMLElement) => [...el.querySelectorAll('.line.step-lit')].map((l) => l.textContent);

describe('code steps', () => {
  it('lights nothing before the first step', () => {
    const el = block();
    applyCodeSteps(el);
    expect(lit(el)).toEqual([]);
    expect(el.querySelectorAll('.step-dim')).toHaveLength(0);
  });

  it('follows the last visible step, whichever way the presenter arrived', () => {
    const el = block();
    const steps = el.querySelectorAll('.code-step');
    steps[0].classList.add('visible');
    applyCodeSteps(el);
    expect(lit(el)).toEqual(['a']);
    expect(el.querySelector('.code-step-note')?.textContent).toBe('first');
    steps[1].classList.add('visible');
    applyCodeSteps(el);
    expect(lit(el)).toEqual(['b', 'c']);
    expect(el.querySelector('.code-step-note')?.textContent).toBe('then');
  });
});
